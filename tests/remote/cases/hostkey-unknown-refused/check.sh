# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_absent "$F/h1/ran"
[ -s known_hosts ] && check_fail "known_hosts should still be empty: $(cat known_hosts)"
check_done
