# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content "$F/h1/big.bin" 'old content'
[ "$(stat -c %Y "$F/h1/big.bin")" = "$(date -d '2001-02-03 04:05:06' +%s)" ] ||
	check_fail "big.bin's mtime changed"
want_no_line "$CASE_STDOUT" 'not reached'
want_no_line "$CASE_STDERR" 'Error'
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms to stop"
# The host's receiver sees the stream end and removes its temporary
# directory (allow it 5 s); nothing is left here either.
for _ in $(seq 1 100); do
	left=$(find "$F/h1" -name '.dmake-put.*')
	[ -z "$left" ] && break
	sleep 0.05
done
[ -z "$left" ] || check_fail "temporary left on h1 5 s after dmake exited: $left"
here=$(find . -name '.dmake-*')
[ -z "$here" ] || check_fail "temporary left here: $here"
check_done
