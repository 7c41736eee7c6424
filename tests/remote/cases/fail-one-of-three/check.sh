# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists "$F/h1/ran"
want_absent "$F/h2/ran"
want_exists "$F/h3/ran"
want_absent "$F/h1/second"
want_no_line "$CASE_STDERR" 'h[13]: Error'
check_done
