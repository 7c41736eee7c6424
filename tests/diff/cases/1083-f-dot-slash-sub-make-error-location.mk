#? setup: mkdir scripts; printf '$(warning in build)\nbad:\n\t@exit 3\n' > scripts/Makefile.build
# As the Linux kernel's "$(MAKE) -f $(srctree)/scripts/Makefile.build"
# with srctree "." : GNU make names the makefile scripts/Makefile.build
# (no "./") in its messages, "scripts/Makefile.build:1: in build" and
# "*** [scripts/Makefile.build:3: bad] Error 3".  dmake said
# "./scripts/Makefile.build" in both.
srctree := .
all: ; @$(MAKE) -s -f $(srctree)/scripts/Makefile.build
