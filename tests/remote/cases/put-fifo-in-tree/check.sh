# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for comparisons and messages
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content "$F/h1/t2/a" 'old a'
want_content "$F/h1/t2/z" 'old z'
want_absent "$F/h1/t2/fifo"
left=$(find "$F/h1" -name '.dmake-put.*')
[ -z "$left" ] || check_fail "temporary left on h1: $left"
got=$(ls -A "$F/h1/t2" | tr '\n' ' ')
[ "$got" = "a z " ] || check_fail "h1/t2 holds: $got"
check_done
