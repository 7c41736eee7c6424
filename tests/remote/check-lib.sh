# shellcheck shell=bash
# tests/remote/check-lib.sh - assertions for a remote case's check.sh.
# A check.sh runs in the sandbox after dmake (see run.sh); it starts with
#
#	. "${FLEET_LIB%/*}/check-lib.sh"
#
# and ends with `check_done`, whose status is 0 when every assertion held.
# Each failed assertion prints one line saying what was wrong.
#
#   want_content FILE TEXT   FILE exists and holds exactly TEXT (plus the
#                            final newline)
#   want_exists FILE         FILE exists
#   want_absent FILE         FILE does not exist
#   want_empty_dir DIR       DIR exists and is empty
#   want_no_line FILE ERE    no line of FILE matches ERE
#   want_line FILE ERE       some line of FILE matches ERE
#   want_status N [WHY]      dmake exited with status N (CASE_STATUS)
#   want_stopped_within MS   dmake ran less than MS milliseconds
#   want_old_file FILE       FILE is as make_old_file left it
#   want_find_empty S WHAT DIR [TEST...]   `find DIR -mindepth 1 TEST...`
#                            finds nothing within S seconds (0: at once);
#                            WHAT names what is left, in the message
#   want_remote_gone [I]     within 3 s no process that sessions (of hI)
#                            started runs any more (fleet.sh's
#                            fleet_leftovers; the runner checks again)
#   want_local_gone ARGV     no process of this sandbox (HOME=$SANDBOX)
#                            runs the command line ARGV (words joined by
#                            spaces); those found are killed
#   check_fail MESSAGE       record a failure of its own
#   check_done               exit status of the whole check
#
# and for a setup.sh (it may source this file too):
#
#   make_old_file FILE       write FILE with 'old content' and an mtime of
#                            2001: a transfer that is stopped must leave it
#   mark_when_streaming DIR TEST...   in the background, once `find DIR
#                            TEST...` finds a regular file of over 1 MiB
#                            (within 20 s), write its name to
#                            $SANDBOX/streaming, the file a case's `signal`
#                            waits for

set -u
check_failed_=0

check_fail() {
	printf 'check: %s\n' "$*"
	check_failed_=1
}

want_content() {
	local got
	if [ ! -f "$1" ]; then
		check_fail "missing: $1"
		return
	fi
	got=$(cat "$1")
	[ "$got" = "$2" ] || check_fail "$1 holds '$got', expected '$2'"
}

want_exists() {
	[ -e "$1" ] || [ -L "$1" ] || check_fail "missing: $1"
}

want_absent() {
	if [ -e "$1" ] || [ -L "$1" ]; then
		check_fail "should not exist: $1"
	fi
}

want_empty_dir() {
	if [ ! -d "$1" ]; then
		check_fail "missing directory: $1"
	elif [ -n "$(ls -A "$1")" ]; then
		# shellcheck disable=SC2012 # names for a message
		check_fail "$1 should be empty but holds: $(ls -A "$1" | tr '\n' ' ')"
	fi
}

want_no_line() {
	if grep -a -E -q -e "$2" "$1"; then
		check_fail "$(basename "$1") has a line matching /$2/: $(grep -a -E -m 1 -e "$2" "$1")"
	fi
}

want_line() {
	grep -a -E -q -e "$2" "$1" || check_fail "$(basename "$1") has no line matching /$2/"
}

want_status() {
	[ "$CASE_STATUS" = "$1" ] ||
		check_fail "exit status $CASE_STATUS, expected $1${2:+ ($2)}"
}

want_stopped_within() {
	[ "$CASE_ELAPSED_MS" -lt "$1" ] ||
		check_fail "dmake took ${CASE_ELAPSED_MS} ms to stop"
}

old_file_date_='2001-02-03 04:05:06'

make_old_file() {
	printf 'old content\n' > "$1"
	touch -d "$old_file_date_" "$1"
}

want_old_file() {
	want_content "$1" 'old content'
	[ "$(stat -c %Y "$1" 2>/dev/null)" = "$(date -d "$old_file_date_" +%s)" ] ||
		check_fail "$1's mtime changed"
}

mark_when_streaming() {
	local dir=$1
	shift
	(
		t=
		for _ in $(seq 1 1000); do
			t=$(find "$dir" "$@" -type f -size +1M 2>/dev/null | head -n 1)
			[ -n "$t" ] && break
			sleep 0.02
		done
		[ -n "$t" ] || exit 0
		echo "$t" > "$SANDBOX/streaming"
	) </dev/null >/dev/null 2>&1 &
}

want_find_empty() {
	local secs=$1 what=$2 dir=$3 left i
	shift 3
	for ((i = 0; ; i++)); do
		left=$(find "$dir" -mindepth 1 "$@" 2>/dev/null)
		[ -z "$left" ] || [ "$i" -ge $((secs * 20)) ] && break
		sleep 0.05
	done
	[ -z "$left" ] && return
	[ "$secs" -gt 0 ] && what="$what $secs s after dmake exited"
	check_fail "$what: $left"
}

want_remote_gone() {
	local left
	# shellcheck disable=SC1090 # fleet.sh, found at run time
	declare -F fleet_leftovers >/dev/null || . "$FLEET_LIB"
	for _ in $(seq 1 60); do
		left=$(fleet_leftovers "$@")
		[ -z "$left" ] && break
		sleep 0.05
	done
	[ -z "$left" ] || check_fail "remote processes still run 3 s after dmake exited: $(
		for p in $left; do tr '\0' ' ' 2>/dev/null < "/proc/$p/cmdline"; echo; done)"
}

want_local_gone() {
	local f pid
	for f in /proc/[0-9]*/cmdline; do
		pid=${f#/proc/}
		pid=${pid%/cmdline}
		[ "$(tr '\0' ' ' 2>/dev/null < "$f")" = "$1 " ] || continue
		grep -q -a -z -x -F "HOME=$SANDBOX" "/proc/$pid/environ" 2>/dev/null ||
			continue
		check_fail "the local $1 still runs: $pid"
		kill "$pid" 2>/dev/null
	done
}

check_done() {
	return "$check_failed_"
}
