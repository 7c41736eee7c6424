# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content "$F/h1/ok/tree/x" x
want_content "$F/h1/ok/tree/sub/y" y
want_content "$F/h1/ok/tree/z" z
# the directory in the way is still there, with its content
[ -d "$F/h1/bad/tree/x" ] || check_fail "bad/tree/x is no longer a directory"
want_content "$F/h1/bad/tree/x/keep" keep
left=$(find "$F/h1" -name '.dmake-put.*')
[ -z "$left" ] || check_fail "temporary left on h1: $left"
check_done
