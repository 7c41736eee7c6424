#!/bin/bash
# shellcheck disable=SC2016 # remote commands in single quotes, expanded there
# tests/remote/fleet-selftest.sh - check the test fleet itself (fleet.sh)
# with OpenSSH only, no dmake: the hosts accept logins and say who they
# are, faults can be injected and healed, and nothing is left running or
# on disk when a script that started a fleet ends, however it ends.
# Output is TAP.  When no fleet can run here: "1..0 # SKIP why".

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=../scenario/lib.sh
. "$here/../scenario/lib.sh"
# shellcheck source-path=SCRIPTDIR source=fleet.sh
. "$here/fleet.sh"

why=$(fleet_usable) || tap_skip_all "$why"
require_cmd timeout pgrep

# on_host H CMD: run CMD on host H with OpenSSH
on_host() {
	timeout 20 ssh -F "$FLEET_CONFIG" -o BatchMode=yes "$1" "$2" </dev/null
}

# nothing_left DIR: no process mentions DIR or carries its session marker,
# and DIR is gone; waits at most 8 s (a watchdog polls once a second)
nothing_left() {
	local i
	for i in $(seq 1 80); do
		if [ ! -e "$1" ] && ! pgrep -f "$1" >/dev/null &&
		    ! grep -l -a -z -x -F "DMAKE_FLEET=$1" /proc/[0-9]*/environ \
		      >/dev/null 2>&1; then
			return 0
		fi
		sleep 0.1
		: "$i"
	done
	tap_diag "left behind for $1:"
	pgrep -a -f "$1" | tap_diag
	[ -e "$1" ] && tap_diag "the directory still exists"
	return 1
}

# child_fleet HOW: a script that starts a fleet of 2, prints its
# directory, and then ends as HOW says: exit1, term (SIGTERM) or kill
# (SIGKILL, so only the watchdog can clean up).  Prints the directory.
child_fleet() {
	local how=$1 out=$2 pid i
	bash -c '
		. "$1/../scenario/lib.sh"
		. "$1/fleet.sh"
		fleet_start 2 || { echo "FAILED $FLEET_ERROR"; exit 3; }
		sandbox_new
		# a remote process that outlives its session
		ssh -F "$FLEET_CONFIG" h1 "nohup sleep 300 >/dev/null 2>&1 &" </dev/null
		for i in $(seq 1 100); do
			[ -n "$(fleet_leftovers h1)" ] && break
			sleep 0.05
		done
		echo "$FLEET_DIR $SANDBOX"
		case $2 in
		exit1) exit 1 ;;
		*)	# wait for the signal without a child process
			mkfifo "$SANDBOX/fifo" && exec 3<> "$SANDBOX/fifo"
			read -r -t 60 -u 3 _ ;;
		esac
	' child "$here" "$how" > "$out" 2>&1 &
	pid=$!
	for i in $(seq 1 200); do
		[ -s "$out" ] && grep -q -v '^FAILED' "$out" && break
		grep -q '^FAILED' "$out" && break
		sleep 0.05
		: "$i"
	done
	case $how in
	term) kill -TERM "$pid" ;;
	kill) kill -KILL "$pid" ;;
	esac
	wait "$pid" 2>/dev/null
	return 0
}

tap_plan 14

t0=$(date +%s%N)
if ! fleet_start 3; then
	tap_bail "fleet_start 3 failed: $FLEET_ERROR"
fi
t1=$(date +%s%N)
tap_ok "fleet_start 3"
tap_diag "started in $(( (t1 - t0) / 1000000 )) ms: $FLEET_DIR"

st=0
for h in h1 h2 h3; do
	got=$(on_host "$h" 'echo "$DMAKE_TEST_HOST $SHLVL"; touch "$DMAKE_FLEET/$DMAKE_TEST_HOST/t"')
	if [ "$got" != "$h 2" ] || [ ! -f "$FLEET_DIR/$h/t" ]; then
		tap_diag "$h answered '$got'"
		st=1
	fi
done
tap_result $st "each host answers an OpenSSH login as itself"

st=0
ports=$(for h in h1 h2 h3; do fleet_port "$h"; done | sort -u | wc -l)
[ "$ports" = 3 ] || { tap_diag "ports: $ports distinct"; st=1; }
[ "$(wc -l < "$FLEET_KNOWN_HOSTS")" = 3 ] || { tap_diag "known_hosts:"; tap_diag < "$FLEET_KNOWN_HOSTS"; st=1; }
[ "$(fleet_port 1)" = "${FLEET_PORT_h1:-}" ] || st=1
[ "$(grep -c '^Host ' "$FLEET_CONFIG")" = 4 ] || st=1
if on_host h9 true 2>/dev/null; then
	tap_diag "h9 should refuse connections"
	st=1
fi
tap_result $st "distinct ports, known_hosts and ssh_config entries, h9 refuses"

st=0
for i in $(seq 1 20); do
	on_host h1 true &
done
for i in $(seq 1 20); do
	wait -n || st=1
done
tap_result $st "20 logins at once to one host"

on_host h2 'nohup sleep 300 >/dev/null 2>&1 &'
mapfile -t left < <(fleet_leftovers h2)
[ -z "$(fleet_leftovers h1)" ] && [ ${#left[@]} -gt 0 ] &&
	fleet_kill_leftovers h2 && fleet_wait_gone_ "${left[@]}" &&
	[ -z "$(fleet_leftovers)" ]
tap_result $? "fleet_leftovers finds a process a session left, by host"

on_host h2 'sleep 300' > /dev/null 2>&1 &
sess=$!
for i in $(seq 1 100); do
	[ -n "$(fleet_leftovers h2)" ] && break
	sleep 0.05
done
fleet_kill 2
st=0
fleet_alive 2 && { tap_diag "h2 still alive"; st=1; }
if on_host h2 true 2>/dev/null; then
	tap_diag "h2 still accepts logins"
	st=1
fi
[ -n "$(fleet_leftovers h2)" ] && { tap_diag "h2's session command still runs"; st=1; }
on_host h1 true || { tap_diag "h1 died too"; st=1; }
timeout 10 tail --pid="$sess" -f /dev/null || { tap_diag "the ssh to h2 did not end"; st=1; }
tap_result $st "fleet_kill 2 takes h2 down with its sessions, h1 stays up"

fleet_restart 2 && [ "$(on_host h2 'echo $DMAKE_TEST_HOST')" = h2 ]
tap_result $? "fleet_restart 2 brings h2 back on the same port and key"

fleet_kill 3
fleet_heal && fleet_alive 3 && on_host h3 true
tap_result $? "fleet_heal restarts a host that is down"

fleet_reset_dirs && [ -z "$(ls -A "$FLEET_DIR/h1")" ]
tap_result $? "fleet_reset_dirs empties the hosts' directories"

for how in exit1 term kill; do
	out=$(mktemp)
	child_fleet "$how" "$out"
	read -r cd csb _ < "$out"
	st=0
	case $cd in
	/*) nothing_left "$cd" || st=1 ;;
	*) tap_diag "child: $(cat "$out")"; st=1 ;;
	esac
	if [ "$how" != kill ] && [ -e "${csb:-/nonexistent}" ]; then
		tap_diag "lib.sh's sandbox $csb was not removed (EXIT trap chain)"
		st=1
	fi
	[ "$how" = kill ] && [ -n "${csb:-}" ] && rm -rf "$csb"
	rm -f "$out"
	tap_result $st "a script that started a fleet ends ($how): nothing left"
done

# an EXIT trap set before fleet_start sees the status the script exits
# with (a script that fails with a fleet running still fails)
bash -c '
	. "$1/../scenario/lib.sh"
	. "$1/fleet.sh"
	trap '\''st=$?; exit "$st"'\'' EXIT
	fleet_start 1 || exit 3
	exit 7
' child "$here" >/dev/null 2>&1
st=$?
[ "$st" = 7 ]
tap_result $? "the EXIT trap before fleet_start's sees the exit status (7: $st)"

d=$FLEET_DIR
fleet_stop
nothing_left "$d"
tap_result $? "fleet_stop leaves nothing behind"

tap_done
