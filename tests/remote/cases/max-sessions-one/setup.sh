# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
# hone: one more sshd like h1's but with MaxSessions 1: one session at
# a time on a connection
fleet_extra hone 1
