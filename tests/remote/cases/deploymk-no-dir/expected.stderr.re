^(dmake: )?Deployfile:8: \*\*\* deploy\.mk: set DEPLOY_DIR, the base directory on the hosts\.  Stop\.$
