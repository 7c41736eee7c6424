# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists "$F/h1/one"
want_absent "$F/h1/two"
want_no_line "$CASE_STDOUT" 'not reached'
check_done
