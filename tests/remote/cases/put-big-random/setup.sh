# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
head -c 5242999 /dev/urandom > big.bin
mkdir back
