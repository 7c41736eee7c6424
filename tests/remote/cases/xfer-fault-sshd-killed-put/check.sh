# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists killed-at
want_content "$F/h1/big.bin" 'old content'
[ "$(stat -c %Y "$F/h1/big.bin")" = "$(date -d '2001-02-03 04:05:06' +%s)" ] ||
	check_fail "big.bin's mtime changed"
want_no_line "$CASE_STDOUT" 'not reached'
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms"
# the reason line names the host and the path, before the error
reason=$(grep -n -E '^dmake: h1: put big\.bin -> @FLEET@/h1/big\.bin: .' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
error=$(grep -n -E 'h1: Error (1|255)$' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
if [ -z "$reason" ] || [ -z "$error" ] || [ "$reason" -ge "$error" ]; then
	check_fail "expected 'dmake: h1: put big.bin -> .../h1/big.bin: REASON' before the Error line"
fi
# The receiving shell was not killed: it must see the stream end and
# remove its temporary directory (allow it 5 s).
for _ in $(seq 1 100); do
	left=$(find "$F/h1" -name '.dmake-put.*')
	[ -z "$left" ] && break
	sleep 0.05
done
[ -z "$left" ] || check_fail "temporary left on h1 5 s after dmake exited: $left"
check_done
