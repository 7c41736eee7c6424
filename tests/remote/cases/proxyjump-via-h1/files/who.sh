# shellcheck shell=sh
# who.sh - run in a session: print, one a line as "PID COMM", the process
# that owns the client end of this session's TCP connection and its
# ancestors.  Through a jump host that is the jump host's sshd; directly,
# it is dmake.
set -eu
# shellcheck disable=SC2086 # split into its four words
set -- $SSH_CONNECTION		# client_ip client_port server_ip server_port
local_end=$(printf '0100007F:%04X' "$2")
remote_end=$(printf '0100007F:%04X' "$4")
inode=$(awk -v l="$local_end" -v r="$remote_end" \
	'$2 == l && $3 == r { print $10; exit }' /proc/net/tcp)
[ -n "$inode" ] || { echo "no socket for $SSH_CONNECTION"; exit 1; }
pid=
for fd in /proc/[0-9]*/fd/*; do
	if [ "$(readlink "$fd" 2>/dev/null)" = "socket:[$inode]" ]; then
		pid=${fd#/proc/}
		pid=${pid%%/*}
		break
	fi
done
[ -n "$pid" ] || { echo "no process owns socket $inode"; exit 1; }
while [ "$pid" -gt 1 ]; do
	echo "$pid $(cat "/proc/$pid/comm")"
	pid=$(awk '/^PPid:/ { print $2 }' "/proc/$pid/status")
done
