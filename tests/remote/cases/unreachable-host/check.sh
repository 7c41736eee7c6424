# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists "$F/h1/ran"
# the reason comes on the line before the error
reason=$(grep -n -E '^dmake: h9: ' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
error=$(grep -n -F 'h9: Error 255' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
if [ -n "$reason" ] && [ -n "$error" ] && [ "$reason" -ge "$error" ]; then
	check_fail "the reason (line $reason) should come before the error (line $error)"
fi
want_no_line "$CASE_STDERR" 'h1: Error'
check_done
