# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
n=$(grep -c '^dmake: summary: ' "$CASE_STDERR")
[ "$n" = 2 ] || check_fail "$n summary lines, expected one per host (2)"
want_no_line "$CASE_STDERR" 'h3'
other=$(grep -v '^dmake: summary: ' "$CASE_STDERR")
[ -z "$other" ] || check_fail "stderr has more than the summary: $other"
check_done
