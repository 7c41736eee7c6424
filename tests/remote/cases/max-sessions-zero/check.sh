# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
[ "${CASE_ELAPSED_MS:-0}" -lt 10000 ] ||
	check_fail "took ${CASE_ELAPSED_MS} ms: the retries are not bounded"
logins=$(fleet_extra_logins hzero)
[ "$logins" = 1 ] || [ "${CASE_EMIT:-0}" = 1 ] ||
	check_fail "$logins logins to hzero, expected one connection"
fleet_extra_stop hzero	# started by setup.sh
check_done
