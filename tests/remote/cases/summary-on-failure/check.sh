# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
n=$(grep -c '^dmake: summary: ' "$CASE_STDERR")
[ "$n" = 3 ] || check_fail "$n summary lines, expected one per host (3)"
# the summary ends the run
tail -n 3 "$CASE_STDERR" | grep -v -q '^dmake: summary: ' &&
	check_fail "the summary should be the last 3 lines of stderr"
check_done
