# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
# hmax: one more sshd like h1's but with sshd's default MaxSessions 10
fleet_extra hmax 10
