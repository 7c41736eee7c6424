# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
want_exists started
want_absent finished
# the half-made target is gone
want_absent out
want_no_line "$CASE_STDOUT" 'not reached'
want_status 129 "128 + SIGHUP"
want_stopped_within 10000
# the local sleep: its environment has this sandbox as HOME
want_local_gone 'sleep 32'
check_done
