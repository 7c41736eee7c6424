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
# directory, create ./streaming; the runner sends SIGHUP 0.3 s later
# (see `signal`).
(
	for _ in $(seq 1 1000); do
		t=$(find "$F/h1" -path '*/.dmake-put.*/*' -type f -size +1M 2>/dev/null | head -n 1)
		[ -n "$t" ] && break
		sleep 0.02
	done
	[ -n "$t" ] || exit 0
	echo "$t" > "$SANDBOX/streaming"
) </dev/null >/dev/null 2>&1 &
