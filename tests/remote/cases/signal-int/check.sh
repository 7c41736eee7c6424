# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists "$F/h1/started"
want_absent "$F/h1/finished"
want_no_line "$CASE_STDOUT" 'not reached'
want_no_line "$CASE_STDERR" 'Error'
want_stopped_within 10000
want_remote_gone h1
check_done
