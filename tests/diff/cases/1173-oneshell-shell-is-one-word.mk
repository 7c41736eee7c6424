# Under .ONESHELL GNU make 4.3 runs $(SHELL) as one word, with the words
# of .SHELLFLAGS after it, for recipes and for $(shell) once .ONESHELL
# is read: a SHELL with arguments is then a program that does not exist
# (status 127).  Before the .ONESHELL line $(shell) splits it.  dmake
# split it everywhere.
SHELL = /bin/sh -e
A := $(shell echo before; exit 3)
$(info [$(A)] $(.SHELLSTATUS))
.ONESHELL:
B := $(shell echo after; exit 3)
$(info [$(B)] $(.SHELLSTATUS))
all:
	@echo "a  b" $$-
	false
	echo not here
