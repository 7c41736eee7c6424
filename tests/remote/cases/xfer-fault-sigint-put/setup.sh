# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, SANDBOX: from run.sh
set -eu
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
make_old_file "$F/h1/big.bin"
# 2 GiB of zeros (sparse here, so made at once; dmake reads and sends
# every byte): seconds of streaming on any machine
truncate -s 2G big.bin
# Once more than 1 MiB has arrived in h1's temporary directory, create
# ./streaming; the runner sends SIGINT 0.3 s later (see `signal`).
mark_when_streaming "$F/h1" -path '*/.dmake-put.*/*'
