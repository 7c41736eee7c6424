# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
: > empty
chmod 0604 empty
mkdir tree
: > tree/zero
printf 'one\n' > tree/one
touch -d '2020-06-07 08:09:10.111111111' empty tree/zero tree/one tree
