# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
want_empty_dir "$FLEET_DIR/h1"
want_no_line "$CASE_STDOUT" 'h9'
check_done
