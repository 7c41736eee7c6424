# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
want_empty_dir "$FLEET_DIR/h1"
want_empty_dir "$FLEET_DIR/h2"
check_done
