# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# The alias fresh1 is fleet host h1 with StrictHostKeyChecking accept-new
# and a known_hosts of its own that knows other hosts only.
cat > ssh_config <<EOC
Host fresh1
  HostName 127.0.0.1
  Port $FLEET_PORT_h1
  User $(id -un)
  IdentityFile $FLEET_KEY
  IdentitiesOnly yes
  UserKnownHostsFile $SANDBOX/known_hosts
  StrictHostKeyChecking accept-new
  ConnectTimeout 5
EOC
ssh-keygen -q -t ed25519 -N '' -C other -f other_key </dev/null >/dev/null
other=$(cut -d ' ' -f 1,2 other_key.pub)
# the last line has no newline: the new entry must still go on a line
# of its own
{
	echo "# kept: a comment"
	echo "[127.0.0.1]:1 $other"
	printf '%s' "otherhost.example,192.0.2.1 $other"
} > known_hosts
chmod 640 known_hosts
cp known_hosts known_hosts.orig
