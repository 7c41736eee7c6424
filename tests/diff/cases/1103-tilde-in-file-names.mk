# A file name that starts with '~' is in the home directory, as GNU make
# reads targets, prerequisites and include lines: "~" and "~/x" use the
# HOME variable (the environment's here, then the makefile's), "~root"
# root's home, an unknown user's name stays as written.  dmake took
# "~/inc.mk" and "~/a.c" as written and found no such files.
#? setup: printf 'X = included\n' > inc.mk; touch a.c
include ~/inc.mk
all: ~/a.c ~/made ~nosuchuserzz/q ~root
	@echo "[$(X)] [$(patsubst $(HOME)/%,H/%,$^)]"
~/made ~nosuchuserzz/q:
	@echo making $(notdir $@)
