# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# The alias keyless1 is fleet host h1 with no IdentityFile; the client
# key is copied to a place no default names.  HOME (the sandbox) has no
# .ssh and there is no agent, so only --identity can log in.
cat > ssh_config <<EOC
Host keyless1
  HostName 127.0.0.1
  Port $FLEET_PORT_h1
  User $(id -un)
  UserKnownHostsFile $FLEET_KNOWN_HOSTS
  StrictHostKeyChecking yes
  ConnectTimeout 5
EOC
mkdir -m 700 keys
cp "$FLEET_KEY" keys/deploy_key
chmod 600 keys/deploy_key
[ ! -e .ssh ]
