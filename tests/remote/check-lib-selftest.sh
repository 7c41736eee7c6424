#!/bin/bash
# tests/remote/check-lib-selftest.sh - check the remote cases' assertions
# (check-lib.sh) themselves: each holds when it should and, when it
# should not, reports one line and makes check_done fail, so that a case
# cannot pass because its check is blind.  No dmake; the fleet only for
# want_remote_gone (that test is skipped when no fleet can run here).
# Everything happens in one sandbox.  Output is TAP.

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=../scenario/lib.sh
. "$here/../scenario/lib.sh"
# shellcheck source-path=SCRIPTDIR source=fleet.sh
. "$here/fleet.sh"

sandbox_new
W=$SANDBOX
cd "$W" || tap_bail "cannot enter $W"
export SANDBOX=$W FLEET_LIB=$here/fleet.sh

# verdict CODE: run CODE (bash) after sourcing check-lib.sh, then
# check_done; prints what it printed and "status N".
verdict() {
	bash -c '. "$1"; eval "$2"; check_done; echo "status $?"' \
	    verdict "$here/check-lib.sh" "$1" 2>&1
}

# expect NAME WANT-STATUS CODE [ERE]: the verdict of CODE has status
# WANT-STATUS and, when ERE is given, a line matching it; else st=1.
expect() {
	local got
	got=$(verdict "$3")
	if ! grep -qx "status $2" <<< "$got" ||
	    { [ -n "${4:-}" ] && ! grep -qE -e "$4" <<< "$got"; }; then
		tap_diag "$1: want status $2${4:+ and /$4/}, got:"
		tap_diag <<< "$got"
		st=1
	fi
}

tap_plan 6

st=0
expect status-ok 0 'CASE_STATUS=129 want_status 129'
expect status-bad 1 'CASE_STATUS=2 want_status 129 "128 + SIGHUP"' \
    '^check: exit status 2, expected 129 \(128 \+ SIGHUP\)$'
expect fast 0 'CASE_ELAPSED_MS=900 want_stopped_within 1000'
expect slow 1 'CASE_ELAPSED_MS=1000 want_stopped_within 1000' \
    '^check: dmake took 1000 ms to stop$'
tap_result $st "want_status, want_stopped_within"

st=0
expect old-intact 0 'make_old_file o1; want_old_file o1'
expect old-touched 1 'make_old_file o2; touch o2; want_old_file o2' \
    "^check: o2's mtime changed$"
expect old-rewritten 1 'make_old_file o3; echo new > o3; want_old_file o3' \
    "^check: o3 holds 'new', expected 'old content'$"
expect old-missing 1 'want_old_file o4' '^check: missing: o4$'
tap_result $st "make_old_file, want_old_file"

st=0
mkdir -p d1 d2 d3
touch d1/keep d2/keep d2/.dmake-x d3/.dmake-y
expect find-empty 0 'want_find_empty 0 "left" d1 ! -name keep'
expect find-left 1 'want_find_empty 0 "left here" d2 -name ".dmake-*"' \
    '^check: left here: d2/\.dmake-x$'
expect find-waited 1 'want_find_empty 1 "left on d2" d2 ! -name keep' \
    '^check: left on d2 1 s after dmake exited: d2/\.dmake-x$'
# a leftover that goes within the time allowed is no failure
expect find-goes 0 '(sleep 0.3; rm d3/.dmake-y) & want_find_empty 2 "left" d3'
tap_result $st "want_find_empty: at once, and waiting for leftovers to go"

st=0
HOME=$W sleep 37 &
mine=$!
HOME=/ sleep 37 &
other=$!
sleep 0.2
expect local-left 1 'want_local_gone "sleep 37"' \
    "^check: the local sleep 37 still runs: $mine\$"
sleep 0.2
kill -0 "$mine" 2>/dev/null && { tap_diag "the sandbox's sleep still runs"; st=1; }
kill -0 "$other" 2>/dev/null || { tap_diag "another HOME's sleep was killed"; st=1; }
kill "$mine" "$other" 2>/dev/null
wait "$mine" "$other" 2>/dev/null
expect local-gone 0 'want_local_gone "sleep 37"'
tap_result $st "want_local_gone: this sandbox's process found and killed, no other"

st=0
rm -f streaming
mkdir -p s/.dmake-put.1
verdict 'mark_when_streaming s -path "*/.dmake-put.*/*"' > /dev/null
sleep 0.2
[ -e streaming ] && { tap_diag "streaming made before any data"; st=1; }
head -c $((2 << 20)) /dev/zero > s/.dmake-put.1/f
for _ in $(seq 1 100); do
	[ -s streaming ] && break
	sleep 0.05
done
[ "$(cat streaming 2>/dev/null)" = s/.dmake-put.1/f ] ||
	{ tap_diag "streaming holds: $(cat streaming 2>&1)"; st=1; }
tap_result $st "mark_when_streaming: names the file once it is over 1 MiB"

if ! why=$(fleet_usable) || ! fleet_start 1; then
	tap_skip "want_remote_gone" "no fleet: ${why:-$FLEET_ERROR}"
else
	st=0
	export FLEET_DIR
	expect remote-none 0 'want_remote_gone h1'
	ssh -F "$FLEET_CONFIG" h1 'nohup sleep 300 >/dev/null 2>&1 &' </dev/null
	expect remote-left 1 'want_remote_gone h1' \
	    '^check: remote processes still run 3 s after dmake exited'
	fleet_kill_leftovers h1
	expect remote-killed 0 'want_remote_gone h1'
	tap_result $st "want_remote_gone: a process a session left is reported"
fi

tap_done
