# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists streaming
# the old file is intact
want_old_file "$F/h1/big.bin"
want_no_line "$CASE_STDOUT" 'not reached'
want_status 129 "128 + SIGHUP"
want_stopped_within 10000
# The host's receiver sees the stream end and removes its temporary
# directory (allow it 5 s): then h1 holds big.bin and nothing else.
want_find_empty 5 "left on h1" "$F/h1" ! -name big.bin
want_find_empty 0 "temporary left here" . -name '.dmake-*'
# the receiver and whatever it ran are gone within 3 s
want_remote_gone h1
check_done
