# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
F=$FLEET_DIR
printf '#!/bin/sh\n' > "$F/h1/suid"
chmod 6755 "$F/h1/suid"
mkdir "$F/h1/sgid"
printf 'x\n' > "$F/h1/sgid/in"
chmod 2755 "$F/h1/sgid"
chmod 4750 "$F/h1/sgid/in"
mkdir got
