# A SHELL with arguments is split into words for $(shell) as for a
# recipe: GNU make runs "/bin/sh -e -c 'cmd'".  dmake ran a program
# named "/bin/sh -e" for $(shell), which does not exist (status 127).
SHELL = /bin/sh -e
X := $(shell echo hi; false; echo not here)
$(info [$(X)] $(.SHELLSTATUS))
all:
	@echo "a  b" $$-; false; echo not here
