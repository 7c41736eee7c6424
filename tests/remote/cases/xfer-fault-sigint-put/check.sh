# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_old_file "$F/h1/big.bin"
want_no_line "$CASE_STDOUT" 'not reached'
want_no_line "$CASE_STDERR" 'Error'
want_stopped_within 10000
# The host's receiver sees the stream end and removes its temporary
# directory (allow it 5 s); nothing is left here either.
want_find_empty 5 "temporary left on h1" "$F/h1" -name '.dmake-put.*'
want_find_empty 0 "temporary left here" . -name '.dmake-*'
check_done
