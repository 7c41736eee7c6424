# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for comparisons and messages
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
for h in h1 h2; do
	want_content "$F/$h/dest/a.txt" hello
	got=$(stat -c '%a %y' "$F/$h/dest/a.txt" 2>&1)
	want=$(stat -c '%a %y' a.txt)
	[ "$got" = "$want" ] || check_fail "$h: mode and mtime '$got', expected '$want'"
	# nothing else in dest (no temporary left), nothing beside it
	[ "$(ls -A "$F/$h/dest")" = a.txt ] ||
		check_fail "$h: dest holds: $(ls -A "$F/$h/dest" | tr '\n' ' ')"
	[ "$(ls -A "$F/$h")" = dest ] ||
		check_fail "$h: the host dir holds: $(ls -A "$F/$h" | tr '\n' ' ')"
done
want_empty_dir "$F/h3"
check_done
