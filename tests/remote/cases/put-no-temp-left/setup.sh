# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
mkdir -p tree/sub
printf 'x\n' > tree/x
printf 'y\n' > tree/sub/y
printf 'z\n' > tree/z
# on the host, a non-empty directory stands where the file tree/x goes
F=$FLEET_DIR
mkdir -p "$F/h1/bad/tree/x"
printf 'keep\n' > "$F/h1/bad/tree/x/keep"
