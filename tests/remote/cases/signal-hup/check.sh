# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists "$F/h1/started"
want_absent "$F/h1/finished"
want_no_line "$CASE_STDOUT" 'not reached'
want_no_line "$CASE_STDERR" 'Error'
# the half-made target is gone, and nothing else was left here
want_absent out
want_find_empty 0 "left here" . -name '.dmake-*'
want_status 129 "128 + SIGHUP"
want_stopped_within 10000
want_remote_gone h1
check_done
