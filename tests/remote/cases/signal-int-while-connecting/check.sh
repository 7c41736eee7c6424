# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
want_exists accepted
want_empty_dir "$FLEET_DIR/h1"
want_no_line "$CASE_STDOUT" 'not reached'
[ "$CASE_ELAPSED_MS" -lt 5000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms to stop (SIGINT at about 0.5 s; ConnectTimeout 20)"
kill "$(cat silent.pid)" 2>/dev/null
check_done
