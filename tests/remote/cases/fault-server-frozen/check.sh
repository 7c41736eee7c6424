# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
F=$FLEET_DIR
want_exists frozen-at
want_exists "$F/h1/started"
want_no_line "$CASE_STDOUT" 'not reached'
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms (the server froze at 0.5 s; ServerAliveInterval 1, ServerAliveCountMax 2)"
# the frozen processes: killed; the runner restarts h1
fleet_kill 1
check_done
