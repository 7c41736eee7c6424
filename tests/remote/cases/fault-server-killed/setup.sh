# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# In the background: once the remote command has started, wait 0.5 s and
# kill h1's sshd with all its sessions (fleet_kill: SIGKILL, connections
# reset).  The runner restarts h1 before the next case.
(
	# shellcheck disable=SC1090 # fleet.sh, found at run time
	. "$FLEET_LIB"
	for _ in $(seq 1 500); do
		[ -e "$FLEET_DIR/h1/started" ] && break
		sleep 0.02
	done
	if [ -e "$FLEET_DIR/h1/started" ]; then
		sleep 0.5
		date +%s%N > "$SANDBOX/killed-at"
		fleet_kill 1
	fi
) </dev/null >/dev/null 2>&1 &
