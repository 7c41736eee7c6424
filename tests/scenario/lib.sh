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
#   tree_names DIR          every name under DIR, sorted
#   tree_sums DIR [PATH...] sha256sum of every file under DIR (or its PATHs)
#   tree_stamps DIR         every name under DIR with its size and mtime
#   files_newer DIR STAMP   the files under DIR newer than the file STAMP
#   has FILE LINE...        FILE has each LINE, whole
#   has_re FILE ERE...      a line of FILE matches each ERE
#   lacks FILE [-v] ERE...  no line of FILE matches any ERE (-v: every line
#                           matches each)
#
# and for the scenarios that run GNU make and dmake on the same project,
# one make after the other, and compare what each did (see the comment
# before makes_init):
#   makes_init              a sandbox W and the variables below
#   step_run NAME STEP DIR CMD...  run CMD for NAME's make, output in
#                           W/NAME.STEP.log
#   unname_makes            filter: either make's path and name "make"
#   same_files WHAT...      W/gnu.WHAT and W/dmake.WHAT are the same
#   same_output STEP        the two makes' outputs of STEP, normalised, are
#                           the same
#   wrote_paths LIST PATH...  the file list LIST has each PATH, no !PATH
#   tap_makes_ok WHAT       one test a make: none of its steps failed
#   tap_source_kept BEFORE AFTER [PATH...]  one test: the tree_stamps
#                           listings are the same but for PATHs
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

# --- Files and trees ------------------------------------------------------------

# tree_names DIR: every name under DIR, DIR itself as ".", the others as
# ./NAME, sorted; nothing when there is no DIR
tree_names() {
	(cd "$1" 2>/dev/null && find . | LC_ALL=C sort)
}

# tree_sums DIR [PATH...]: a sha256sum line for every file under DIR, or
# under those of the PATHs (relative to DIR) that exist, sorted by name
tree_sums() {
	local d=$1
	shift
	(cd "$d" 2>/dev/null && find "${@:-.}" -type f 2>/dev/null |
	    LC_ALL=C sort | xargs -r sha256sum)
}

# tree_stamps DIR: every name under DIR as "./NAME SIZE MTIME", sorted:
# a file written, made or removed changes the listing
tree_stamps() {
	(cd "$1" && find . -printf '%p %s %T@\n' | LC_ALL=C sort)
}

# files_newer DIR STAMP: the files (not directories) under DIR newer than
# the file STAMP, as ./NAME, sorted
files_newer() {
	(cd "$1" && find . ! -type d -newer "$2" | LC_ALL=C sort)
}

# has FILE LINE...: FILE has each LINE, whole (else a TAP comment for each
# it lacks, and status 1)
has() {
	grep_each_ -qxF "lacks:" "$@"
}

# has_re FILE ERE...: a line of FILE matches each ERE (else a TAP comment
# for each that none matches, and status 1)
has_re() {
	grep_each_ -qE "has no line like:" "$@"
}

# grep_each_ OPTION SAYING FILE PATTERN...: `grep OPTION` finds each
# PATTERN in FILE, else "FILE SAYING PATTERN" as a TAP comment for each it
# does not, and status 1
grep_each_() {
	local o=$1 say=$2 f=$3 p r=0
	shift 3
	for p in "$@"; do
		grep "$o" -e "$p" "$f" || { tap_diag "$(basename "$f") $say $p"; r=1; }
	done
	return $r
}

# lacks FILE ERE...: no line of FILE matches any ERE; lacks FILE -v ERE...:
# every line of FILE matches each ERE.  Else the lines that should not be
# there (the first 10 for each ERE) as TAP comments, and status 1.  A
# missing FILE lacks everything.
lacks() {
	local f=$1 v='' e r=0 found
	shift
	if [ "${1:-}" = -v ]; then
		v=-v
		shift
	fi
	for e in "$@"; do
		if found=$(grep $v -E -e "$e" "$f"); then
			tap_diag "$(basename "$f") has what it should not:"
			printf '%s\n' "$found" | head -n 10 | tap_diag
			r=1
		fi
	done
	return $r
}

# --- GNU make and dmake side by side ---------------------------------------------
#
# The scenarios that build a real project (autotools-project.sh,
# cmake-project.sh, kbuild.sh, pgxs.sh) run the same steps with GNU make
# and with dmake and compare what each did.  A make is known by its NAME,
# gnu or dmake, and everything a step of it leaves to compare is a file
# W/NAME.STEP.KIND (the step's output is W/NAME.STEP.log), so that the
# two makes' files of one kind are W/gnu.WHAT and W/dmake.WHAT.  The
# functions below use the variables makes_init sets:
#   W       the sandbox: the steps' files
#   envw    the words of clean_env (HOME is W): the steps' environment
#   mk      associative array, NAME -> the make's path ($GMAKE, $DMAKE)
#   bad     associative array, NAME -> the steps of it that failed, in the
#           order they ran, blank-separated
#   names   "gnu dmake", for `for n in $names`

# makes_init: a new sandbox (sandbox_new) and the variables above; call it
# in the TAP shell, after require_dmake and require_gmake
makes_init() {
	sandbox_new
	W=$SANDBOX
	mapfile -t envw < <(clean_env "$W")
	declare -gA mk=([gnu]=$GMAKE [dmake]=$DMAKE) bad=([gnu]='' [dmake]='')
	names='gnu dmake'
}

# step_run NAME STEP DIR CMD...: run CMD (NAME=VALUE words first add to
# its environment) in DIR, in the environment envw, with stdin /dev/null,
# for at most STEP_TIMEOUT seconds (default 120); its stdout and stderr in
# W/NAME.STEP.log.  The status is CMD's; when it is not 0, STEP is added to
# bad[NAME].  After a failed step "configure" nothing runs for NAME any
# more: status 1, no log.
step_run() {
	local n=$1 s=$2 d=$3 st=0
	shift 3
	case " ${bad[$n]} " in *" configure "*) return 1 ;; esac
	(cd "$d" && timeout "${STEP_TIMEOUT:-120}" "${envw[@]}" "$@" \
	    </dev/null > "$W/$n.$s.log" 2>&1) || st=$?
	[ "$st" = 0 ] || bad[$n]="${bad[$n]:+${bad[$n]} }$s"
	return "$st"
}

# unname_makes: a filter: the paths of both makes ($GMAKE and $DMAKE)
# made "make", and a make's name starting a line ("dmake:", "make[2]:")
# made "make" ("make:", "make[2]:"): what differs in the output of the
# two makes by their names alone
unname_makes() {
	sed -E -e "s|$DMAKE|make|g" -e "s|$GMAKE|make|g" \
	    -e 's/^d?make(\[[0-9]+\])?:/make\1:/'
}

# same_files WHAT...: for each WHAT, W/gnu.WHAT and W/dmake.WHAT are the
# same (else the diff, its first 40 lines, as TAP comments, and status 1;
# every WHAT is compared)
same_files() {
	local w r=0
	for w in "$@"; do
		diff -u --label "gnu.$w" --label "dmake.$w" "$W/gnu.$w" \
		    "$W/dmake.$w" > "$W/$w.diff" 2>&1 && continue
		head -n 40 "$W/$w.diff" | tap_diag
		r=1
	done
	return $r
}

# same_output STEP: the two makes' outputs of STEP, W/gnu.STEP.log and
# W/dmake.STEP.log, are the same after `normalise NAME STEP`, a function
# of the script's that prints NAME's log with what may differ made the
# same (else the diff as TAP comments, and status 1).  Both may be empty,
# neither may be missing.
same_output() {
	if [ ! -f "$W/gnu.$1.log" ] || [ ! -f "$W/dmake.$1.log" ]; then
		tap_diag "$1: a make did not run"
		return 1
	fi
	diff -u --label "gnu.$1" --label "dmake.$1" <(normalise gnu "$1") \
	    <(normalise dmake "$1") > "$W/$1.out.diff" && return 0
	head -n 40 "$W/$1.out.diff" | tap_diag
	return 1
}

# wrote_paths LIST PATH...: LIST, a file of the files a step wrote (./NAME
# a line, as files_newer prints them), names each PATH (/NAME) but none of
# those written !/NAME (else a TAP comment for each, and status 1)
wrote_paths() {
	local f=$1 p r=0
	shift
	for p in "$@"; do
		case $p in
		!*) grep -qxF ".${p#!}" "$f" && {
			tap_diag "$(basename "$f"): ${p#!} written"; r=1; } ;;
		*) grep -qxF ".$p" "$f" || {
			tap_diag "$(basename "$f"): $p not written"; r=1; } ;;
		esac
	done
	return $r
}

# tap_makes_ok WHAT: one TAP test a make, "NAME: WHAT" when none of its
# steps failed, else one that fails and names them, with the end of the
# first failed step's log as TAP comments
tap_makes_ok() {
	local n first
	for n in $names; do
		if [ -z "${bad[$n]}" ]; then
			tap_ok "$n: $1"
		else
			tap_not_ok "$n failed: $(basename "${mk[$n]}") ${bad[$n]// /, }"
			first=${bad[$n]%% *}
			tap_diag "the end of $n.$first.log:"
			tail -n 25 "$W/$n.$first.log" | tap_diag
		fi
	done
}

# tap_source_kept BEFORE AFTER [PATH...]: one TAP test, that the builds
# did not write to the source tree they shared: BEFORE and AFTER, its
# tree_stamps listings before the first make and after the last, are the
# same but for the lines of the PATHs (./lib/a.c), which the test itself
# changed; BEFORE must not be empty.  Writes BEFORE.kept, AFTER.kept and
# AFTER.diff.
tap_source_kept() {
	local before=$1 after=$2 p pats=(-e '^$')
	shift 2
	for p in "$@"; do
		pats+=(-e "^$(printf '%s' "$p" | sed 's/[].[\*^$]/\\&/g') ")
	done
	grep -v "${pats[@]}" "$before" > "$before.kept"
	grep -v "${pats[@]}" "$after" > "$after.kept"
	if [ -s "$before.kept" ] &&
	    diff -u "$before.kept" "$after.kept" > "$after.diff"; then
		tap_ok "the source tree both built from was not written to"
	else
		tap_not_ok "the source tree was written to"
		head -n 40 "$after.diff" | tap_diag
	fi
}
