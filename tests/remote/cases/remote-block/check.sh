# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content "$F/h1/sub/where" "$F/h1/sub"
want_content "$F/h2/sub/where" "$F/h2/sub"
want_empty_dir "$F/h3"
[ "$(tail -n 1 "$CASE_STDOUT")" = after ] ||
	check_fail "'after' should be the last line of stdout"
check_done
