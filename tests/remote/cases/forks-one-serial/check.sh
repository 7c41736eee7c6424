# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# three 0.2 s commands one after another
[ "$CASE_ELAPSED_MS" -ge 600 ] ||
	check_fail "took only ${CASE_ELAPSED_MS} ms: the hosts overlapped"
check_done
