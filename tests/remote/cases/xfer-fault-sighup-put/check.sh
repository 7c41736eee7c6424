# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
F=$FLEET_DIR
want_exists streaming
# the old file is intact
want_content "$F/h1/big.bin" 'old content'
[ "$(stat -c %Y "$F/h1/big.bin")" = "$(date -d '2001-02-03 04:05:06' +%s)" ] ||
	check_fail "big.bin's mtime changed"
want_no_line "$CASE_STDOUT" 'not reached'
[ "$CASE_STATUS" = 129 ] || check_fail "exit status $CASE_STATUS, expected 129 (128 + SIGHUP)"
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms to stop"
# The host's receiver sees the stream end and removes its temporary
# directory (allow it 5 s): then h1 holds big.bin and nothing else.
for _ in $(seq 1 100); do
	left=$(find "$F/h1" -mindepth 1 ! -name big.bin)
	[ -z "$left" ] && break
	sleep 0.05
done
[ -z "$left" ] || check_fail "left on h1 5 s after dmake exited: $left"
here=$(find . -name '.dmake-*')
[ -z "$here" ] || check_fail "temporary left here: $here"
# the receiver and whatever it ran are gone within 3 s (the runner
# checks again after check.sh)
for _ in $(seq 1 60); do
	left=$(fleet_leftovers h1)
	[ -z "$left" ] && break
	sleep 0.05
done
[ -z "$left" ] || check_fail "remote processes still run 3 s after dmake exited: $(
	for p in $left; do tr '\0' ' ' 2>/dev/null < "/proc/$p/cmdline"; echo; done)"
check_done
