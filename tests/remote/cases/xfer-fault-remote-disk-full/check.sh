# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for a message
. "${FLEET_LIB%/*}/check-lib.sh"
m=$FLEET_DIR/h1/small
if mountpoint -q "$m"; then
	want_content "$m/old.bin" 'old content'
	[ "$(stat -c %Y "$m/old.bin")" = "$(date -d '2001-02-03 04:05:06' +%s)" ] ||
		check_fail "old.bin's mtime changed"
	left=$(find "$m" -name '.dmake-put.*')
	[ -z "$left" ] || check_fail "temporary left on h1: $left"
	# nothing else is left taking space either
	[ "$(ls -A "$m")" = old.bin ] ||
		check_fail "small/ holds: $(ls -A "$m" | tr '\n' ' ')"
	used=$(df -k --output=used "$m" | tail -n 1)
	[ "$used" -le "$(cat used.before)" ] ||
		check_fail "the tmpfs uses ${used// /} KiB, $(cat used.before) KiB before"
else
	check_fail "small/ is not mounted any more"
fi
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms"
# the reason line names the host and the path, before the error
reason=$(grep -n -E '^dmake: h1: put big\.bin -> @FLEET@/h1/small/old\.bin: .' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
error=$(grep -n -F 'h1: Error 1' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
if [ -z "$reason" ] || [ -z "$error" ] || [ "$reason" -ge "$error" ]; then
	check_fail "expected 'dmake: h1: put big.bin -> .../small/old.bin: REASON' before the Error 1 line"
fi
# unmount (the host's tar may take a moment to let go)
for _ in $(seq 1 50); do
	mountpoint -q "$m" || break
	umount "$m" 2>/dev/null && break
	sleep 0.1
done
if mountpoint -q "$m"; then
	check_fail "small/ still busy after 5 s: $(fuser -vm "$m" 2>&1 | tr '\n' ' ')"
	umount -l "$m"
fi
check_done
