# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for a message
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
# dmake (and so its children) ran under the case's limit, which is far
# below the file's size: dmake cannot have held the file in memory
lim=60000	# KiB, as in the case's file ulimit
want_content vlimit "$lim"
size=$(stat -c %s big.bin)
[ "$size" = 209715200 ] || check_fail "big.bin has $size bytes, not 200 MiB"
[ $((lim * 1024 * 2)) -lt "$size" ] ||
	check_fail "the limit ($lim KiB) is not below half the file ($size bytes)"
# both copies whole, byte for byte, with the time kept
cmp big.bin "$F/h1/big.bin" || check_fail "h1/big.bin differs from big.bin"
cmp big.bin back/big.bin || check_fail "back/big.bin differs from big.bin"
if [ "$CASE_EMIT" = 0 ]; then
	# (the emitted Makefile keeps whole seconds only)
	[ "$(stat -c %y big.bin)" = "$(stat -c %y back/big.bin)" ] ||
		check_fail "back/big.bin: mtime not kept"
fi
# nothing else, no temporary, on either side
[ "$(ls -A "$F/h1")" = big.bin ] || check_fail "h1 holds: $(ls -A "$F/h1" | tr '\n' ' ')"
[ "$(ls -A back)" = big.bin ] || check_fail "back/ holds: $(ls -A back | tr '\n' ' ')"
left=$(find . "$F/h1" -name '.dmake-*')
[ -z "$left" ] || check_fail "temporaries left: $left"
[ "$CASE_ELAPSED_MS" -lt 25000 ] || check_fail "took ${CASE_ELAPSED_MS} ms"
check_done
