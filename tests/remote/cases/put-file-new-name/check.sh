# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for comparisons and messages
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content "$F/h1/renamed.txt" aaa
want_content "$F/h1/existing.txt" bbbbbb
for p in a.txt:renamed.txt b.txt:existing.txt; do
	got=$(stat -c '%a %y' "$F/h1/${p#*:}" 2>&1)
	want=$(stat -c '%a %y' "${p%%:*}")
	[ "$got" = "$want" ] ||
		check_fail "${p#*:}: mode and mtime '$got', expected '$want'"
done
want_absent "$F/h1/a.txt"
want_absent "$F/h1/b.txt"
got=$(ls -A "$F/h1" | tr '\n' ' ')
[ "$got" = "existing.txt renamed.txt " ] || check_fail "h1 holds: $got"
check_done
