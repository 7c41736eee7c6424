# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# Our own ssh_config: the alias fresh1 is fleet host h1, but with a
# known_hosts file of its own that is empty.
cat > ssh_config <<EOF
Host fresh1
  HostName 127.0.0.1
  Port $FLEET_PORT_h1
  User $(id -un)
  IdentityFile $FLEET_KEY
  IdentitiesOnly yes
  UserKnownHostsFile $SANDBOX/known_hosts
  ConnectTimeout 5
EOF
: > known_hosts
