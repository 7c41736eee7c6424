# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, SANDBOX: from run.sh
set -eu
spec='netem delay 50ms loss 5%'
for c in unshare ip tc; do
	command -v "$c" >/dev/null || { echo "SKIP: $c not found"; exit 77; }
done
# A network namespace of our own (root or CAP_SYS_ADMIN), and netem in
# it (the sch_netem module): tried in a throwaway namespace.
if ! out=$(timeout 10 unshare -n true 2>&1); then
	echo "SKIP: cannot make a network namespace (unshare -n: $out)"
	exit 77
fi
if ! out=$(timeout 10 unshare -n sh -c \
    "ip link set lo up && tc qdisc add dev lo root $spec" 2>&1); then
	echo "SKIP: netem unavailable ($(printf '%s' "$out" | tr '\n' ' '))"
	exit 77
fi
echo "$spec" > qdisc
# The sshd inside: fleet host h1's configuration (its host key, the
# client's key authorized, the session marker DMAKE_FLEET that the
# runner's leftover check looks for) on port 2222 of the namespace's
# own 127.0.0.1, as host n1.
sed -e 's/^Port .*/Port 2222/' \
    -e "s|^PidFile .*|PidFile $SANDBOX/sshd.pid|" \
    -e 's/DMAKE_TEST_HOST=h1/DMAKE_TEST_HOST=n1/' \
    -e 's/^# sshd for fleet host h1.*/# sshd for the netem-loss case (in its namespace)/' \
    "$FLEET_DIR/sshd/h1.conf" > sshd.conf
grep -q '^Port 2222$' sshd.conf
grep -q 'DMAKE_TEST_HOST=n1' sshd.conf
/usr/sbin/sshd -t -f "$PWD/sshd.conf"
cat > ssh_config <<EOC
Host n1
  HostName 127.0.0.1
  Port 2222
  User $(id -un)
  IdentityFile $FLEET_KEY
  IdentitiesOnly yes
  UserKnownHostsFile $SANDBOX/known_hosts
  StrictHostKeyChecking yes
  ConnectTimeout 10
EOC
echo "[127.0.0.1]:2222 $(cut -d ' ' -f 1,2 "$FLEET_HOSTKEY")" > known_hosts
# 4 MiB + 1 byte each way: hundreds of TCP segments, so 5 % loss hits
# some (check.sh wants netem's drop count above 0)
head -c 4194305 /dev/urandom > data.bin
mkdir back
