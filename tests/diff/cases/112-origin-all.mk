#? args: CMD=1
#? env: ENVV=1
# $(origin) for every kind of variable.
FILEV = 1
override OVR = 1
$(info undefined=$(origin NOPE))
$(info default=$(origin CC))
$(info environment=$(origin ENVV))
$(info file=$(origin FILEV))
$(info command-line=$(origin CMD))
$(info override=$(origin OVR))
all:
	@echo automatic=$(origin @) $(origin <) $(origin ^)
