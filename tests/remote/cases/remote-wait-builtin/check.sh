# shellcheck shell=bash
# shellcheck disable=SC2154 # CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
[ "$CASE_ELAPSED_MS" -lt 8000 ] ||
	check_fail "took ${CASE_ELAPSED_MS} ms: 'wait' waited for more than the command's jobs"
check_done
