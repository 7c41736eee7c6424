# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for comparisons and messages
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
[ -d "$F/h1/newdir" ] || check_fail "newdir was not made"
want_content "$F/h1/newdir/a.txt" hello
[ "$(ls -A "$F/h1/newdir")" = a.txt ] ||
	check_fail "newdir holds: $(ls -A "$F/h1/newdir" | tr '\n' ' ')"
[ -d "$F/h1/newdir2/tree/sub" ] || check_fail "newdir2/tree/sub missing"
want_content "$F/h1/newdir2/tree/sub/f" inner
[ "$(ls -A "$F/h1/newdir2")" = tree ] ||
	check_fail "newdir2 holds: $(ls -A "$F/h1/newdir2" | tr '\n' ' ')"
got=$(stat -c %y "$F/h1/newdir/a.txt" "$F/h1/newdir2/tree" 2>&1)
want=$(stat -c %y a.txt tree)
[ "$got" = "$want" ] || check_fail "mtimes '$got', expected '$want'"
check_done
