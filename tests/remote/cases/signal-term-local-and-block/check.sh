# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
F=$FLEET_DIR
want_exists loc.started
want_absent loc.finished
for h in h1 h2; do
	want_exists "$F/$h/started"
	want_absent "$F/$h/finished"
done
want_no_line "$CASE_STDERR" 'Error'
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms to stop"
# the local sleep: a `sleep 31` whose environment has this sandbox as HOME
local_sleeps() {
	local f pid
	for f in /proc/[0-9]*/cmdline; do
		pid=${f#/proc/}
		pid=${pid%/cmdline}
		[ "$(tr '\0' ' ' < "$f" 2>/dev/null)" = "sleep 31 " ] || continue
		grep -q -a -z -x -F "HOME=$SANDBOX" "/proc/$pid/environ" 2>/dev/null &&
			echo "$pid"
	done
}
left=$(local_sleeps)
for p in $left; do
	check_fail "the local sleep still runs: $p"
	kill "$p"
done
left=
for _ in $(seq 1 60); do
	left=$(fleet_leftovers)
	[ -z "$left" ] && break
	sleep 0.05
done
[ -z "$left" ] || check_fail "remote processes still run 3 s after dmake exited: $(
	for p in $left; do tr '\0' ' ' < "/proc/$p/cmdline"; echo; done)"
check_done
