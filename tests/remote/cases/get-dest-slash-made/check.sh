# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for comparisons and messages
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content newdir/f.txt remote
[ "$(ls -A newdir)" = f.txt ] || check_fail "newdir holds: $(ls -A newdir | tr '\n' ' ')"
want_content newdir2/tree/sub/g inner
[ "$(ls -A newdir2)" = tree ] || check_fail "newdir2 holds: $(ls -A newdir2 | tr '\n' ' ')"
[ "$(stat -c '%a %y' newdir/f.txt 2>&1)" = "$(stat -c '%a %y' "$F/h1/f.txt")" ] ||
	check_fail "newdir/f.txt: mode or mtime differs"
[ "$(stat -c %y newdir2/tree 2>&1)" = "$(stat -c %y "$F/h1/tree")" ] ||
	check_fail "newdir2/tree: mtime differs"
check_done
