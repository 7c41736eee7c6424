# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
logins=$(fleet_extra_logins hone)
[ "$logins" = 1 ] || [ "${CASE_EMIT:-0}" = 1 ] ||
	check_fail "$logins logins to hone, expected one connection"
fleet_extra_stop hone	# started by setup.sh
check_done
