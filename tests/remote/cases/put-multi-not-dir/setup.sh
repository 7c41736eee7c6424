# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
printf 'a\n' > a.txt
printf 'b\n' > b.txt
