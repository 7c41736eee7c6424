# shellcheck shell=bash
# tests/scenario/lib.sh - helpers for shell tests that print TAP.
# Source it from bash:
#
#	. "$(dirname "$0")/../scenario/lib.sh"
#	require_dmake			# DMAKE: absolute path, or skip all
#	require_cmd sshd		# or skip all, naming what is missing
#	tap_plan 2
#	sandbox_new; sb=$SANDBOX	# a fresh directory, removed at exit
#	mapfile -t envw < <(clean_env "$sb")
#	(cd "$sb" && "${envw[@]}" "$DMAKE" ...)
#	tap_result $? "it works"
#	tap_done			# exit status: 0 when nothing failed
#
# Functions:
#   tap_plan N              print the plan "1..N" first
#   tap_ok NAME             "ok K - NAME"
#   tap_not_ok NAME         "not ok K - NAME"
#   tap_result STATUS NAME  ok when STATUS is 0, else not ok
#   tap_skip NAME REASON    "ok K - NAME # SKIP REASON"
#   tap_todo NAME REASON    "not ok K - NAME # TODO REASON" (known failure)
#   tap_diag [TEXT...]      TEXT, or stdin when none, as "# " comment lines
#   tap_skip_all REASON     "1..0 # SKIP REASON" and exit 0
#   tap_bail REASON         "Bail out! REASON" and exit 99
#   tap_done                plan (when tap_plan was not called); returns
#                           1 when a test failed, else 0
#   sandbox_new             set SANDBOX to a new empty directory that is
#                           removed when the shell exits (call it in the
#                           TAP shell itself, not in $(...))
#   sandbox_cleanup         remove every sandbox made so far (done at exit)
#   require_dmake           make DMAKE absolute (from $DMAKE, else
#                           $top_builddir/src/dmake) or skip all
#   require_cmd CMD...      skip all unless every CMD is on PATH
#   clean_env [HOME]        print, one a line, the words of an `env -i ...`
#                           command for a reproducible child environment:
#                           mapfile -t envw < <(clean_env); "${envw[@]}" prog
#
# Must be sourced into the shell that prints the TAP stream: the counters
# live in shell variables, so calls from a subshell are not counted.

tap_count_=0
tap_failed_=0
tap_planned_=0
sandboxes_=()

tap_plan() {
	tap_planned_=1
	echo "1..$1"
}

tap_ok() {
	tap_count_=$((tap_count_ + 1))
	echo "ok $tap_count_ - $*"
}

tap_not_ok() {
	tap_count_=$((tap_count_ + 1))
	tap_failed_=$((tap_failed_ + 1))
	echo "not ok $tap_count_ - $*"
}

tap_result() {
	local st=$1
	shift
	if [ "$st" -eq 0 ]; then tap_ok "$@"; else tap_not_ok "$@"; fi
}

tap_skip() {
	tap_count_=$((tap_count_ + 1))
	echo "ok $tap_count_ - $1 # SKIP ${2:-}"
}

tap_todo() {
	tap_count_=$((tap_count_ + 1))
	echo "not ok $tap_count_ - $1 # TODO ${2:-}"
}

# Non-printable bytes are shown as cat -v does, so that binary output of a
# failing test cannot corrupt the TAP stream.
tap_diag() {
	if [ $# -gt 0 ]; then
		printf '%s\n' "$*"
	else
		cat
	fi | cat -v | sed 's/^/# /'
}

tap_skip_all() {
	echo "1..0 # SKIP $*"
	exit 0
}

tap_bail() {
	echo "Bail out! $*"
	exit 99
}

tap_done() {
	[ "$tap_planned_" = 1 ] || echo "1..$tap_count_"
	[ "$tap_failed_" -eq 0 ]
}

sandbox_cleanup() {
	local d
	for d in ${sandboxes_[@]+"${sandboxes_[@]}"}; do
		# a test may leave read-only directories behind
		chmod -R u+rwx "$d" 2>/dev/null
		rm -rf "$d"
	done
	sandboxes_=()
}
trap sandbox_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

sandbox_new() {
	SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/dmake-test.XXXXXX") ||
		tap_bail "mktemp failed"
	sandboxes_+=("$SANDBOX")
}

require_dmake() {
	if [ -z "${DMAKE:-}" ]; then
		if [ -n "${top_builddir:-}" ] && [ -x "$top_builddir/src/dmake" ]; then
			DMAKE=$top_builddir/src/dmake
		else
			tap_skip_all "DMAKE not set and no built src/dmake found"
		fi
	fi
	case $DMAKE in
	/*) ;;
	*/*) DMAKE=$(cd "$(dirname "$DMAKE")" && pwd)/$(basename "$DMAKE") ;;
	*) DMAKE=$(command -v "$DMAKE") || tap_skip_all "DMAKE '$DMAKE' not found" ;;
	esac
	[ -x "$DMAKE" ] || tap_skip_all "DMAKE '$DMAKE' is not executable"
	export DMAKE
}

# require_gmake: GMAKE (default /usr/bin/make) is there to compare with
require_gmake() {
	GMAKE=${GMAKE:-/usr/bin/make}
	[ -x "$GMAKE" ] || tap_skip_all "no GNU make at $GMAKE"
}

# require_real_dmake: DMAKE is dmake itself, not another make standing
# in for it (a test of dmake's own options or of dmake against GNU make)
require_real_dmake() {
	case $("$DMAKE" --version 2>/dev/null | head -n 1) in
	"dmake "*) ;;
	*) tap_skip_all "$DMAKE is not dmake" ;;
	esac
}

require_cmd() {
	local c
	for c in "$@"; do
		command -v "$c" >/dev/null 2>&1 || tap_skip_all "$c not found"
	done
}

# The environment a program under test gets: nothing inherited but PATH
# and the sanitizers' options, so that e.g. the MAKEFLAGS of the `make
# check` running the tests cannot leak in.  HOME is the first argument
# (default /nonexistent).
clean_env() {
	local v
	printf '%s\n' env -i "PATH=$PATH" "HOME=${1:-/nonexistent}" LC_ALL=C TERM=dumb
	for v in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS TMPDIR; do
		[ -n "${!v:-}" ] && printf '%s\n' "$v=${!v}"
	done
}
