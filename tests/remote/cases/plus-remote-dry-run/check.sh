# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists "$F/h1/plus"
want_exists "$F/h3/plus-block"
want_empty_dir "$F/h2"
want_absent local
check_done
