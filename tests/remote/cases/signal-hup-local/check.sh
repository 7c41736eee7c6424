# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
want_exists started
want_absent finished
# the half-made target is gone
want_absent out
want_no_line "$CASE_STDOUT" 'not reached'
[ "$CASE_STATUS" = 129 ] || check_fail "exit status $CASE_STATUS, expected 129 (128 + SIGHUP)"
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms to stop"
# the local sleep: a `sleep 32` whose environment has this sandbox as HOME
local_sleeps() {
	local f pid
	for f in /proc/[0-9]*/cmdline; do
		pid=${f#/proc/}
		pid=${pid%/cmdline}
		[ "$(tr '\0' ' ' 2>/dev/null < "$f")" = "sleep 32 " ] || continue
		grep -q -a -z -x -F "HOME=$SANDBOX" "/proc/$pid/environ" 2>/dev/null &&
			echo "$pid"
	done
}
left=$(local_sleeps)
for p in $left; do
	check_fail "the local sleep still runs: $p"
	kill "$p"
done
check_done
