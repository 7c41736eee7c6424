# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for a message
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content got/old.bin 'old content'
[ "$(stat -c %Y got/old.bin)" = "$(date -d '2001-02-03 04:05:06' +%s)" ] ||
	check_fail "got/old.bin's mtime changed"
[ "$(ls -A got)" = old.bin ] || check_fail "got holds: $(ls -A got | tr '\n' ' ')"
here=$(find . -name '.dmake-*')
[ -z "$here" ] || check_fail "temporary left here: $here"
want_no_line "$CASE_STDOUT" 'not reached'
want_no_line "$CASE_STDERR" 'Error'
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms to stop"
# the host's tar notices that nobody reads any more (allow it 5 s; the
# runner's check of leftover processes follows); nothing was made there
there=$(find "$F/h1" -name '.dmake-*')
[ -z "$there" ] || check_fail "temporary on h1: $there"
[ "$(ls -A "$F/h1")" = big.bin ] || check_fail "h1 holds: $(ls -A "$F/h1" | tr '\n' ' ')"
check_done
