# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, SANDBOX: from run.sh
set -eu
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
mkdir got
make_old_file got/old.bin
# 2 GiB of zeros on h1 (sparse, so made at once; the host's tar reads
# and sends every byte): seconds of streaming on any machine
truncate -s 2G "$F/h1/big.bin"
# Once more than 1 MiB has arrived in the local temporary file, create
# ./streaming; the runner sends SIGINT 0.3 s later (see `signal`).
mark_when_streaming "$SANDBOX/got" -name '.dmake-get.*'
