# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, SANDBOX: from run.sh
set -eu
F=$FLEET_DIR
printf 'old content\n' > "$F/h1/big.bin"
touch -d '2001-02-03 04:05:06' "$F/h1/big.bin"
# 2 GiB of zeros (sparse here, so made at once; dmake reads and sends
# every byte): seconds of streaming on any machine
truncate -s 2G big.bin
# In the background: once more than 1 MiB has arrived in h1's temporary
# directory, wait 0.3 s and SIGKILL h1's sshd processes only (the
# listener and the connection's sshd), not the session's shell and tar,
# which then see their stdin end.  The runner restarts h1 before the
# next case.
(
	# shellcheck disable=SC1090 # fleet.sh, found at run time
	. "$FLEET_LIB"
	for _ in $(seq 1 1000); do
		t=$(find "$F/h1" -path '*/.dmake-put.*/*' -type f -size +1M 2>/dev/null | head -n 1)
		[ -n "$t" ] && break
		sleep 0.02
	done
	[ -n "$t" ] || exit 0
	sleep 0.3
	listener=$(fleet_pid 1)
	[ -n "$listener" ] || exit 0
	# the listener and its descendants named sshd*, found by walking
	# the process tree (ps: pid, ppid, command name)
	declare -A kids=() comm=()
	while read -r pid ppid name; do
		kids[$ppid]+=" $pid"
		comm[$pid]=$name
	done < <(ps -e -o pid= -o ppid= -o comm=)
	queue=("$listener") victims=()
	while [ ${#queue[@]} -gt 0 ]; do
		p=${queue[0]}
		queue=("${queue[@]:1}")
		case ${comm[$p]:-} in sshd*) victims+=("$p") ;; esac
		# shellcheck disable=SC2206 # pids: plain words
		[ -n "${kids[$p]:-}" ] && queue+=(${kids[$p]})
	done
	kill -STOP "${victims[@]}" 2>/dev/null
	kill -KILL "${victims[@]}" 2>/dev/null
	date +%s%N > "$SANDBOX/killed-at"
	printf '%s\n' "${victims[@]}" > "$SANDBOX/killed-pids"
) </dev/null >/dev/null 2>&1 &
