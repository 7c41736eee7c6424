# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content "$F/h1/up" up
want_content "$F/h1/second" second
want_absent "$F/h1/down-ran"
want_no_line "$CASE_STDOUT" 'not reached'
want_no_line "$CASE_STDERR" 'h1: Error'
reason=$(grep -n -E '^dmake: h9: ' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
error=$(grep -n -F 'h9: Error 255' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
if [ -z "$reason" ] || [ -z "$error" ] || [ "$reason" -ge "$error" ]; then
	check_fail "expected a 'dmake: h9: REASON' line before the Error 255 line"
fi
check_done
