# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# The fleet's ssh_config with ServerAliveInterval 1 and
# ServerAliveCountMax 2 for h1: OpenSSH gives up after about 3 s of
# silence from the server.
awk '{ print }
/^Host h1$/ { print "  ServerAliveInterval 1"; print "  ServerAliveCountMax 2" }' \
	"$FLEET_CONFIG" > ssh_config
grep -q 'ServerAliveInterval 1' ssh_config
# In the background: 0.5 s after the remote command has started, stop
# (SIGSTOP) every process of h1's sshd but the listener: the session's
# sshd and the command.  The kernel still acknowledges TCP segments, so
# only keep-alives inside SSH can tell that the server no longer
# answers.  check.sh kills them all (fleet_kill), the runner restarts h1.
(
	# shellcheck disable=SC1090 # fleet.sh, found at run time
	. "$FLEET_LIB"
	for _ in $(seq 1 500); do
		[ -e "$FLEET_DIR/h1/started" ] && break
		sleep 0.02
	done
	[ -e "$FLEET_DIR/h1/started" ] || exit 0
	sleep 0.5
	lp=$(fleet_pid 1)
	[ -n "$lp" ] || exit 0
	for p in $(fleet_descendants_ "$lp"); do
		[ "$p" = "$lp" ] || kill -STOP "$p"
	done
	date +%s%N > "$SANDBOX/frozen-at"
) </dev/null >/dev/null 2>&1 &
