#? setup: printf 'all: ; @echo "[$(MAKE_TERMOUT)] [$(MAKE_TERMERR)] [$(origin MAKE_TERMOUT)] [$(flavor MAKE_TERMOUT)]"; env | grep -c "^MAKE_TERM"\n' > sub.mk
# MAKE_TERMOUT and MAKE_TERMERR: a make whose stdout (stderr) is a
# terminal sets them to its name, simple, origin default, and exports
# them; here a sub-make runs on a pseudo-terminal (script(1)) with
# stderr into /dev/null, and this make, on files, sets neither.  .LOADED
# is defined, empty (nothing is loaded).  dmake set none of them.
all:
	@script -qec '$(MAKE) -s -f sub.mk 2>/dev/null' /dev/null < /dev/null | tr -d '\r' | sed 's#/dev/pts/[0-9]*#TTY#g'
	@echo "[$(MAKE_TERMOUT)] [$(origin MAKE_TERMERR)] [$(origin .LOADED)]"
