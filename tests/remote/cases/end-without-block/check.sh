# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
want_absent "$FLEET_DIR/h1/after"
want_no_line "$CASE_STDOUT" 'after'
check_done
