# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# The fleet's ssh_config, with `ProxyJump h9` added to h2's block: h2
# itself is up, only the way to it is not.
awk '{ print } /^Host h2$/ { print "  ProxyJump h9" }' "$FLEET_CONFIG" > ssh_config
grep -q 'ProxyJump h9' ssh_config
