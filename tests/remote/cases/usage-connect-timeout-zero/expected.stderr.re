^dmake: .*--connect-timeout
