# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists "$F/h1/started"
want_absent "$F/h1/finished"
want_exists killed-at
want_no_line "$CASE_STDOUT" 'not reached'
# the reason comes on the line before the error
reason=$(grep -n -E '^dmake: h1: ' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
error=$(grep -n -F 'h1: Error 255' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
if [ -z "$reason" ] || [ -z "$error" ] || [ "$reason" -ge "$error" ]; then
	check_fail "expected a 'dmake: h1: REASON' line before the Error 255 line"
fi
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms (the server died at 0.5 s)"
check_done
