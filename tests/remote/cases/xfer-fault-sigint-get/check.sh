# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for a message
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_old_file got/old.bin
[ "$(ls -A got)" = old.bin ] || check_fail "got holds: $(ls -A got | tr '\n' ' ')"
want_find_empty 0 "temporary left here" . -name '.dmake-*'
want_no_line "$CASE_STDOUT" 'not reached'
want_no_line "$CASE_STDERR" 'Error'
want_stopped_within 10000
# the host's tar notices that nobody reads any more (allow it 5 s; the
# runner's check of leftover processes follows); nothing was made there
want_find_empty 0 "temporary on h1" "$F/h1" -name '.dmake-*'
[ "$(ls -A "$F/h1")" = big.bin ] || check_fail "h1 holds: $(ls -A "$F/h1" | tr '\n' ' ')"
check_done
