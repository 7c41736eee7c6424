# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
F=$FLEET_DIR
want_exists killed-at
want_content "$F/h1/big.bin" 'old content'
[ "$(stat -c %Y "$F/h1/big.bin")" = "$(date -d '2001-02-03 04:05:06' +%s)" ] ||
	check_fail "big.bin's mtime changed"
want_no_line "$CASE_STDOUT" 'not reached'
[ "$CASE_ELAPSED_MS" -lt 10000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms"
# the reason line names the host and the path, before the error
reason=$(grep -n -E '^dmake: h1: put big\.bin -> @FLEET@/h1/big\.bin: .' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
error=$(grep -n -E 'h1: Error (1|255)$' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
if [ -z "$reason" ] || [ -z "$error" ] || [ "$reason" -ge "$error" ]; then
	check_fail "expected 'dmake: h1: put big.bin -> .../h1/big.bin: REASON' before the Error line"
fi
# The receiver was killed outright (SIGKILL), so its EXIT trap could not
# remove its temporary directory.  What is left must be only that, and
# the next @put into the directory removes it once it is an hour old
# (Deployfile.5): make it look two hours old, start h1 again and put.
left=$(find "$F/h1" -name '.dmake-put.*' -o -name '.dmake-get.*')
# shellcheck disable=SC2086 # FLEET_DIR and mktemp names: no blanks
[ -n "$left" ] && echo "note: left by the killed receiver: $(du -sk $left | tr '\t\n' '  ')(KiB)"
for d in $left; do # FLEET_DIR and mktemp names: no blanks
	case $d in
	"$F"/h1/.dmake-put.*) touch -d '2 hours ago' "$d" ;;
	*) check_fail "unexpected temporary on h1: $d" ;;
	esac
done
fleet_restart 1 || check_fail "cannot restart h1: $FLEET_ERROR"
out=$(timeout 30 "$DMAKE" --ssh-config "$FLEET_CONFIG" "FLEET=$F" again 2>&1) ||
	check_fail "the second run failed: $out"
want_content "$F/h1/small.txt" small
want_content "$F/h1/big.bin" 'old content'
now=$(find "$F/h1" -name '.dmake-put.*')
[ -z "$now" ] || check_fail "left on h1 after the next @put: $now (before it: ${left:-nothing})"
check_done
