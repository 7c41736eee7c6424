# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
F=$FLEET_DIR
want_exists "$F/h1/started"
want_absent "$F/h1/finished"
want_no_line "$CASE_STDOUT" 'not reached'
want_no_line "$CASE_STDERR" 'Error'
# the half-made target is gone, and nothing else was left here
want_absent out
left=$(find . -name '.dmake-*')
[ -z "$left" ] || check_fail "left here: $left"
[ "$CASE_STATUS" = 129 ] || check_fail "exit status $CASE_STATUS, expected 129 (128 + SIGHUP)"
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms to stop"
# The remote sleep must be gone within a few seconds (the runner checks
# again after check.sh, for every case).
left=
for _ in $(seq 1 60); do
	left=$(fleet_leftovers h1)
	[ -z "$left" ] && break
	sleep 0.05
done
[ -z "$left" ] || check_fail "remote processes still run 3 s after dmake exited: $(
	for p in $left; do tr '\0' ' ' < "/proc/$p/cmdline"; echo; done)"
check_done
