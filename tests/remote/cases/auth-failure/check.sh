# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
# nothing ran on h1; with -k the other target still ran on h2
want_empty_dir "$F/h1"
want_content "$F/h2/ran" ''
[ "$CASE_ELAPSED_MS" -lt 5000 ] || check_fail "took ${CASE_ELAPSED_MS} ms"
if [ "$CASE_EMIT" = 0 ]; then
	[ "$CASE_STATUS" = 2 ] || check_fail "exit status $CASE_STATUS, expected 2"
	want_no_line "$CASE_STDOUT" 'not reached'
	# the reason, naming the host, on the line before the error, and
	# h2 has no error
	reason=$(grep -n -E '^dmake: badkey1: authentication failed' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
	error=$(grep -n -F '[Deployfile:4: bad] badkey1: Error 255' "$CASE_STDERR" | head -n 1 | cut -d : -f 1)
	if [ -z "$reason" ] || [ -z "$error" ] || [ "$reason" -ge "$error" ]; then
		check_fail "expected 'dmake: badkey1: authentication failed ...' before the Error 255 line"
	fi
	want_no_line "$CASE_STDERR" 'h2: Error'
	# those three lines and the two of the summary (expected.stderr.re)
	[ "$(grep -c '' "$CASE_STDERR")" = 5 ] ||
		check_fail "stderr has $(grep -c '' "$CASE_STDERR") lines, expected 5"
fi
# The control: with the fleet's key instead, the same run logs in.
rm -f "$F/h2/ran"
timeout 30 "$DMAKE" --ssh-config ssh_config --identity "$FLEET_KEY" \
	"FLEET=$F" all </dev/null > control.out 2>&1 ||
	check_fail "with the fleet's key the run failed: $(cat control.out)"
want_exists "$F/h1/ran"
check_done
