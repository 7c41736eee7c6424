#? env: MAKEFILES='inc.mk nosuch.mk'
#? setup: printf 'V = from-inc\ninc: ; @echo inc target\n' > inc.mk
# Makefiles named in the MAKEFILES environment variable are read first
# (missing ones silently skipped); their targets are not default goals.
$(info list=[$(MAKEFILE_LIST)] V=[$(V)])
all: ; @echo all
