# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for a message
. "${FLEET_LIB%/*}/check-lib.sh"
want_exists killed-at
want_content got/old.bin 'old content'
[ "$(stat -c %Y got/old.bin)" = "$(date -d '2001-02-03 04:05:06' +%s)" ] ||
	check_fail "got/old.bin's mtime changed"
[ "$(ls -A got)" = old.bin ] || check_fail "got holds: $(ls -A got | tr '\n' ' ')"
here=$(find . -name '.dmake-*')
[ -z "$here" ] || check_fail "temporary left here: $here"
want_no_line "$CASE_STDOUT" 'not reached'
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms"
# the reason line names the host and the path, before the error
reason=$(grep -n -E '^dmake: h1: get @FLEET@/h1/big\.bin -> got/old\.bin: .' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
error=$(grep -n -E 'h1: Error (1|255)$' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
if [ -z "$reason" ] || [ -z "$error" ] || [ "$reason" -ge "$error" ]; then
	check_fail "expected 'dmake: h1: get .../h1/big.bin -> got/old.bin: REASON' before the Error line"
fi
check_done
