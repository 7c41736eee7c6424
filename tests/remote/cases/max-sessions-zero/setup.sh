# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
# hzero: one more sshd like h1's but with MaxSessions 0: every channel is refused
fleet_extra hzero 0
