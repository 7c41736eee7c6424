# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, SANDBOX: from run.sh
set -eu
command -v python3 >/dev/null || { echo "SKIP: no python3 for the proxy"; exit 77; }
# The proxy (files/slowproxy.py): 127.0.0.1, a port the kernel picks,
# forwarding to h1's sshd with 100 ms on every chunk each way.  It ends
# by itself after 60 s or once this sandbox is gone; check.sh ends it
# (SIGTERM) and makes sure it is gone.
python3 slowproxy.py proxy.port "$FLEET_PORT_h1" 100 60 "$SANDBOX" \
	</dev/null > proxy.log 2>&1 &
echo $! > proxy.pid
for _ in $(seq 1 250); do
	[ -s proxy.port ] && break
	kill -0 "$(cat proxy.pid)" 2>/dev/null || break
	sleep 0.02
done
[ -s proxy.port ] || { echo "the proxy did not start:"; cat proxy.log; exit 1; }
grep -q slowproxy.py "/proc/$(cat proxy.pid)/cmdline"
port=$(cat proxy.port)
# slow1: h1's settings with the proxy's port, and a known_hosts of its
# own that has the fleet's host key for [127.0.0.1]:PORT (libssh looks
# keys up by host and port, and ignores HostKeyAlias)
cat > ssh_config <<EOC
Host slow1
  HostName 127.0.0.1
  Port $port
  User $(id -un)
  IdentityFile $FLEET_KEY
  IdentitiesOnly yes
  UserKnownHostsFile $SANDBOX/known_hosts
  StrictHostKeyChecking yes
  ConnectTimeout 10
EOC
echo "[127.0.0.1]:$port $(cut -d ' ' -f 1,2 "$FLEET_HOSTKEY")" > known_hosts
head -c 2097153 /dev/urandom > data.bin
mkdir back
