# $(shell) runs a simple command (plain words and '...' quoting, no
# builtin) without /bin/sh, as GNU make does: a missing program is then
# make's own message, not the shell's; a command with shell syntax still
# goes to the shell (which reports the missing program itself).
X := $(shell no-such-program-here 'a b' c)
$(info [$(X)] $(.SHELLSTATUS))
Y := $(shell no-such-program-here; true)
$(info [$(Y)] $(.SHELLSTATUS))
Z := $(shell printf '%s|' 'one two' three)
$(info [$(Z)])
all: ; @:
