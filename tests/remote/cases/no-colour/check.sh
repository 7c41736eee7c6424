# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
esc=$(printf '\033')
# stdout and stderr are files here: no escape byte at all
grep -q -a -F "$esc" "$CASE_STDOUT" &&
	check_fail "escape bytes in stdout (not a terminal): $(grep -a -F "$esc" "$CASE_STDOUT" | head -n 1 | cat -v)"
grep -q -a -F "$esc" "$CASE_STDERR" &&
	check_fail "escape bytes in stderr (not a terminal): $(grep -a -F "$esc" "$CASE_STDERR" | head -n 1 | cat -v)"
# On a terminal (script(1) gives dmake a pty for stdout and stderr):
# with NO_COLOR set, none either; without it (the control) colour comes.
if command -v script >/dev/null 2>&1; then
	cmd="$DMAKE --ssh-config $FLEET_CONFIG FLEET=$FLEET_DIR all"
	NO_COLOR=1 TERM=xterm timeout 30 script -q -e -c "$cmd" /dev/null \
		</dev/null > tty-nocolor.out 2>&1
	want_line tty-nocolor.out '^\[h1\] out'
	grep -q -a -F "$esc" tty-nocolor.out &&
		check_fail "escape bytes on a terminal with NO_COLOR=1: $(grep -a -F "$esc" tty-nocolor.out | head -n 1 | cat -v)"
	TERM=xterm timeout 30 script -q -e -c "$cmd" /dev/null \
		</dev/null > tty-color.out 2>&1
	want_line tty-color.out 'out'
	grep -q -a -F "$esc" tty-color.out ||
		check_fail "no colour on a terminal without NO_COLOR (the control): $(head -n 3 tty-color.out | cat -v)"
else
	echo "script(1) not found: the terminal part is not checked"
fi
check_done
