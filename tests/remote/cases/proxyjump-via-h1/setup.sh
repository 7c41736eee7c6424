# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# The fleet's ssh_config, with `ProxyJump h1` added to h2's block.
awk '{ print } /^Host h2$/ { print "  ProxyJump h1" }' "$FLEET_CONFIG" > ssh_config
grep -q 'ProxyJump h1' ssh_config
