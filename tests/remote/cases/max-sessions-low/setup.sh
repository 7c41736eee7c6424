# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
# hmax: one more sshd like h1's but with sshd's default MaxSessions 3
# and LogLevel INFO (it logs each login).  Its files are in the fleet's
# sshd/ directory, so fleet_stop ends it should check.sh not run.
d=$FLEET_DIR/sshd
port=$(fleet_new_port_)
echo "$port" > "$d/hmax.port"
sed -e "s/^Port .*/Port $port/" -e 's/^MaxSessions .*/MaxSessions 3/' \
    -e "s|^PidFile .*|PidFile $d/hmax.pid|" -e 's/^LogLevel .*/LogLevel INFO/' \
    -e 's/DMAKE_TEST_HOST=h1/DMAKE_TEST_HOST=hmax/' "$d/h1.conf" > "$d/hmax.conf"
grep -q -x 'MaxSessions 3' "$d/hmax.conf"
grep -q -x 'LogLevel INFO' "$d/hmax.conf"
: > "$d/hmax.log"
"$FLEET_SSHD" -D -e -f "$d/hmax.conf" </dev/null >> "$d/hmax.log" 2>&1 &
echo $! > "$d/hmax.launched"
for _ in $(seq 1 250); do
	[ -s "$d/hmax.pid" ] && break
	sleep 0.02
done
[ -s "$d/hmax.pid" ] || { cat "$d/hmax.log"; exit 1; }
echo "[127.0.0.1]:$port $(cut -d ' ' -f 1,2 "$FLEET_HOSTKEY")" > known_hosts
cat > ssh_config <<EOC
Host hmax
  HostName 127.0.0.1
  Port $port
  User $(id -un)
  IdentityFile $FLEET_KEY
  IdentitiesOnly yes
  UserKnownHostsFile $SANDBOX/known_hosts
  StrictHostKeyChecking yes
  ConnectTimeout 5
EOC
