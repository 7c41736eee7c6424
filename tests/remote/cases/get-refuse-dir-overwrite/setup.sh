# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
printf 'remote\n' > "$FLEET_DIR/h1/name"
mkdir -p dest/name
printf 'keep\n' > dest/name/keep
