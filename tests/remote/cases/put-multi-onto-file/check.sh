# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for comparisons and messages
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content "$F/h1/file" keep
[ "$(stat -c %i "$F/h1/file")" = "$(cat inode.before)" ] ||
	check_fail "the file was replaced"
[ "$(ls -A "$F/h1")" = file ] ||
	check_fail "h1 holds: $(ls -A "$F/h1" | tr '\n' ' ')"
check_done
