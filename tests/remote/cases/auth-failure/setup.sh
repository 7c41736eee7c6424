# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# A freshly made key that no host authorizes, passed with --identity
# (args); the alias badkey1 is fleet host h1 with no IdentityFile and
# IdentitiesOnly yes, so that key is the only one offered (HOME, the
# sandbox, has no .ssh, and there is no agent).  h2 is the fleet's own
# block, whose key works.
mkdir -m 700 keys
ssh-keygen -q -t ed25519 -N '' -C stranger -f keys/stranger </dev/null
{
	cat <<-EOC
	Host badkey1
	  HostName 127.0.0.1
	  Port $FLEET_PORT_h1
	  User $(id -un)
	  IdentitiesOnly yes
	  UserKnownHostsFile $FLEET_KNOWN_HOSTS
	  StrictHostKeyChecking yes
	  ConnectTimeout 5

	EOC
	awk '/^Host / { h = $2 } h == "h2"' "$FLEET_CONFIG"
} > ssh_config
grep -q "^Host h2\$" ssh_config
if grep -q -F "$(cut -d ' ' -f 2 keys/stranger.pub)" "$FLEET_KEY.pub"; then
	echo "the fresh key is the fleet's"
	exit 1
fi
[ ! -e .ssh ]
