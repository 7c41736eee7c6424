# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content "$F/h1/h1-file" "h1 h1"
want_content "$F/h3/h3-file" "h3 h3"
want_empty_dir "$F/h2"
[ "$(tail -n 1 "$CASE_STDOUT")" = "after []" ] ||
	check_fail "'after []' should be the last line of stdout"
check_done
