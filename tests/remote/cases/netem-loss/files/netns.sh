# shellcheck shell=bash
# netns.sh DMAKE: run by the Deployfile's recipe as `unshare -n bash
# netns.sh $(MAKE)`, so inside a network namespace of its own that only
# has a loopback and ends with the last process in it.  It brings lo up
# with the qdisc that setup.sh wrote to ./qdisc (netem: delay and loss),
# starts an sshd (./sshd.conf, the fleet's host key and authorized key)
# on 127.0.0.1:2222 there, runs DMAKE on ./inner.mk against it (alias
# n1 in ./ssh_config), records the qdisc's statistics in ./qdisc.stats
# and stops the sshd.  Its exit status is DMAKE's (124: the 24 s
# time-out); what goes wrong around it is said on stderr, status 3.
set -u
dmake=$1
# a fresh top-level run, not a sub-make of the recipe's dmake
unset MAKEFLAGS MFLAGS MAKELEVEL
fail() { echo "netns.sh: $*" >&2; exit 3; }
ip link set lo up || fail "cannot bring lo up"
read -r -a q < qdisc
tc qdisc add dev lo root "${q[@]}" || fail "tc qdisc add dev lo root ${q[*]} failed"
tc qdisc show dev lo > qdisc.seen
/usr/sbin/sshd -D -e -f "$PWD/sshd.conf" </dev/null 2> sshd.log &
sp=$!
# shellcheck disable=SC2317 # called by the EXIT trap
stop_sshd() {
	local i
	kill -TERM "$sp" 2>/dev/null
	for i in $(seq 1 100); do
		kill -0 "$sp" 2>/dev/null || break
		sleep 0.05
		: "$i"
	done
	kill -KILL "$sp" 2>/dev/null
	wait "$sp" 2>/dev/null
}
trap stop_sshd EXIT
for _ in $(seq 1 250); do
	[ -s sshd.pid ] && break
	kill -0 "$sp" 2>/dev/null || fail "sshd exited: $(cat sshd.log)"
	sleep 0.02
done
[ -s sshd.pid ] || fail "sshd did not start listening in 5 s: $(cat sshd.log)"
timeout -k 2 24 "$dmake" -f inner.mk --ssh-config "$PWD/ssh_config" all
st=$?
tc -s qdisc show dev lo > qdisc.stats
# the sessions' sshd processes end once dmake has closed its connection
for _ in $(seq 1 100); do
	[ -z "$(ps -o pid= --ppid "$sp")" ] && break
	sleep 0.05
done
exit $st
