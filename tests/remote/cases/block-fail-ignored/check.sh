# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists "$F/h1/one"
want_absent "$F/h1/two"
want_exists "$F/h2/one"
want_exists "$F/h2/two"
[ "$(tail -n 1 "$CASE_STDOUT")" = after ] ||
	check_fail "'after' should be the last line of stdout"
check_done
