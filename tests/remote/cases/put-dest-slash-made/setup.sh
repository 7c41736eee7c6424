# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
printf 'hello\n' > a.txt
mkdir -p tree/sub
printf 'inner\n' > tree/sub/f
touch -d '2020-01-01 00:00:00.5' a.txt tree/sub/f tree/sub tree
