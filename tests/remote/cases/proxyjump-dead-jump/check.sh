# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_absent "$F/h2/ran"
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms"
check_done
