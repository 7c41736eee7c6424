# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# The alias changed1 is fleet host h1, but our known_hosts holds another
# ed25519 key for [127.0.0.1]:PORT, as if the server's key had changed.
cat > ssh_config <<EOC
Host changed1
  HostName 127.0.0.1
  Port $FLEET_PORT_h1
  User $(id -un)
  IdentityFile $FLEET_KEY
  IdentitiesOnly yes
  UserKnownHostsFile $SANDBOX/known_hosts
  ConnectTimeout 5
EOC
ssh-keygen -q -t ed25519 -N '' -C other -f other_key </dev/null >/dev/null
{
	echo "# known hosts of this case"
	echo "[127.0.0.1]:$FLEET_PORT_h1 $(cut -d ' ' -f 1,2 other_key.pub)"
} > known_hosts
sha256sum known_hosts > known_hosts.sum
