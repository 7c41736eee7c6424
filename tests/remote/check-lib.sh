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
#   check_fail MESSAGE       record a failure of its own
#   check_done               exit status of the whole check

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

check_done() {
	return "$check_failed_"
}
