# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, SANDBOX: from run.sh
set -eu
F=$FLEET_DIR
mkdir got
printf 'old content\n' > got/old.bin
touch -d '2001-02-03 04:05:06' got/old.bin
# 2 GiB of zeros on h1 (sparse, so made at once; the host's tar reads
# and sends every byte): seconds of streaming on any machine
truncate -s 2G "$F/h1/big.bin"
# In the background: once more than 1 MiB has arrived in the local
# temporary file, wait 0.3 s and kill h1's sshd with all its sessions
# (fleet_kill: SIGKILL, the connection is reset).  The runner restarts
# h1 before the next case.
(
	# shellcheck disable=SC1090 # fleet.sh, found at run time
	. "$FLEET_LIB"
	for _ in $(seq 1 1000); do
		t=$(find "$SANDBOX/got" -path '*/.dmake-get.*' -type f -size +1M 2>/dev/null | head -n 1)
		[ -n "$t" ] && break
		sleep 0.02
	done
	[ -n "$t" ] || exit 0
	sleep 0.3
	date +%s%N > "$SANDBOX/killed-at"
	fleet_kill 1
) </dev/null >/dev/null 2>&1 &
