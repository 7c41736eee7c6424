# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
py=/usr/bin/python3
[ -x "$py" ] || py=python3
# A TCP server on 127.0.0.1 that accepts connections and never answers
# (no SSH banner); it writes the file `accepted` when a client came.  It
# ends by itself after 25 s; check.sh stops it.
"$py" -c '
import socket, time
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(16)
s.settimeout(0.2)
with open("silent.port.new", "w") as f:
    f.write("%d\n" % s.getsockname()[1])
import os
os.rename("silent.port.new", "silent.port")
held = []
end = time.time() + 25
while time.time() < end:
    try:
        held.append(s.accept()[0])
        open("accepted", "w").close()
    except socket.timeout:
        pass
' </dev/null >/dev/null 2>&1 &
echo $! > silent.pid
for _ in $(seq 1 250); do
	[ -s silent.port ] && break
	sleep 0.02
done
port=$(cat silent.port)
# silent1 with a long ConnectTimeout: dmake must not wait for it
cat > ssh_config <<EOC
Host silent1
  HostName 127.0.0.1
  Port $port
  User $(id -un)
  IdentityFile $FLEET_KEY
  IdentitiesOnly yes
  UserKnownHostsFile $FLEET_KNOWN_HOSTS
  StrictHostKeyChecking yes
  ConnectTimeout 20
EOC
