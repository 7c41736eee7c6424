#!/bin/bash
# scripts/lint.sh - static analysis of dmake's C sources: cppcheck, then
# clang-tidy with the checks of .clang-tidy.  Prints every finding as
# FILE:LINE:COL: ... [check] and exits 1 when there is any, 0 when there
# is none, 2 when it cannot run (a tool or the configured build missing).
#
# Usage: scripts/lint.sh [-j N] [--no-analyzer] [--cppcheck-only]
#                        [--tidy-only] [FILE...]
#   FILE            the files to check (default: src/*.c)
#   -j N            parallel clang-tidy processes (default: $LINT_JOBS or 2)
#   --no-analyzer   leave out clang-analyzer-*: about 10 s instead of about
#                   2.5 minutes on 2 cores (cppcheck takes 2 s)
#   --cppcheck-only, --tidy-only   run one of the two
#
# Environment: BUILD, the configured build directory whose config.h the
# sources include (default: build); CPPCHECK, CLANG_TIDY, the programs
# (default: cppcheck, clang-tidy).  Made for cppcheck 2.10 and
# clang-tidy 14 (Debian 12: apt-get install cppcheck clang-tidy).
#
# The compile flags are the build's (Makefile.am's AM_CPPFLAGS): config.h
# from $BUILD, and src/ as a quote-only include directory, because
# src/sched.h would otherwise shadow <sched.h>.  cppcheck's suppressions
# are in .cppcheck-suppressions, each with its reason; one-off ones are
# inline ("cppcheck-suppress ID" / "NOLINT(check)" comments with a why).

set -u

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2

jobs=${LINT_JOBS:-2}
analyzer=1
run_cppcheck=1
run_tidy=1
files=()
while [ $# -gt 0 ]; do
	case $1 in
	-j) jobs=${2:?-j needs a number}; shift ;;
	-j*) jobs=${1#-j} ;;
	--no-analyzer) analyzer=0 ;;
	--cppcheck-only) run_tidy=0 ;;
	--tidy-only) run_cppcheck=0 ;;
	-h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	-*) echo "lint.sh: unknown option '$1'" >&2; exit 2 ;;
	*) files+=("$1") ;;
	esac
	shift
done
case $jobs in
''|*[!0-9]*|0) echo "lint.sh: -j takes a positive number" >&2; exit 2 ;;
esac
[ ${#files[@]} -gt 0 ] || files=(src/*.c)

build=${BUILD:-build}
case $build in /*) ;; *) build=$top/$build ;; esac
if [ ! -f "$build/config.h" ]; then
	echo "lint.sh: no $build/config.h: configure first (README), or set" \
	    "BUILD to the build directory" >&2
	exit 2
fi
cppcheck=${CPPCHECK:-cppcheck}
tidy=${CLANG_TIDY:-clang-tidy}
for t in "$cppcheck:$run_cppcheck" "$tidy:$run_tidy"; do
	[ "${t##*:}" = 1 ] || continue
	command -v "${t%:*}" > /dev/null || {
		echo "lint.sh: ${t%:*} not found (apt-get install cppcheck" \
		    "clang-tidy)" >&2
		exit 2
	}
done

# As Makefile.am compiles them (the data directories do not matter).
flags=(-DHAVE_CONFIG_H -I"$build" -iquote "$top/src"
	'-DDMAKE_DATADIR="/usr/local/share/dmake"'
	'-DDMAKE_SHAREDIR="/usr/local/share"')
# shellcheck disable=SC2207 # pkg-config prints plain words
flags+=($(pkg-config --cflags libssh libpcre2-8 2> /dev/null))

out=$(mktemp -d "${TMPDIR:-/tmp}/dmake-lint.XXXXXX") || exit 2
trap 'rm -rf "$out"' EXIT
status=0

if [ "$run_cppcheck" = 1 ]; then
	echo "lint.sh: cppcheck ${#files[@]} files" >&2
	# --std=c99 as STYLE.md says; posix and gnu describe libc's
	# functions (leaks, NULL returns, buffer sizes).
	"$cppcheck" --quiet --error-exitcode=1 --inline-suppr \
	    --enable=warning,style,performance,portability \
	    --std=c99 --library=posix --library=gnu \
	    --suppressions-list=.cppcheck-suppressions \
	    -DHAVE_CONFIG_H -I"$build" -j "$jobs" \
	    --template='{file}:{line}:{column}: {severity}: {message} [{id}]' \
	    "${files[@]}" 2> "$out/cppcheck"
	rc=$?
	cat "$out/cppcheck"
	n=$(grep -c '\[[A-Za-z0-9_]*\]$' "$out/cppcheck")
	echo "lint.sh: cppcheck: $n finding(s), status $rc" >&2
	[ "$rc" = 0 ] && [ "$n" = 0 ] || status=1
fi

if [ "$run_tidy" = 1 ]; then
	extra=()
	[ "$analyzer" = 1 ] || extra=(--checks=-clang-analyzer-*)
	echo "lint.sh: clang-tidy ${#files[@]} files, $jobs at a time" >&2
	# One process per file, each writing its own report; -P keeps both
	# cores busy.  WarningsAsErrors in .clang-tidy makes any finding a
	# non-zero exit.
	export tidy out
	# shellcheck disable=SC2016 # the inner bash expands them
	printf '%s\0' "${files[@]}" |
	xargs -0 -P "$jobs" -I{} bash -c '
		f=$1; shift
		r=$out/tidy.$(printf %s "$f" | tr / _)
		"$tidy" --quiet "$f" "$@" > "$r" 2>&1 || echo "$f" > "$r.failed"
	' _ {} "${extra[@]}" -- "${flags[@]}"
	# The files' reports in order; a finding in a header is shown once.
	for f in "${files[@]}"; do
		r=$out/tidy.$(printf %s "$f" | tr / _)
		[ -f "$r" ] && grep -v -e '^[0-9]* warnings\{0,1\} generated' \
		    -e '^Suppressed [0-9]* warnings' \
		    -e '^Use -header-filter' "$r"
	done > "$out/tidy"
	cat "$out/tidy"
	n=$(grep -E ': (warning|error): .*\[[A-Za-z0-9_.,-]+\]$' "$out/tidy" |
	    sort -u | wc -l)
	failed=$(cat "$out"/tidy.*.failed 2> /dev/null | wc -l)
	echo "lint.sh: clang-tidy: $n finding(s); $failed file(s) not clean" >&2
	[ "$n" = 0 ] && [ "$failed" = 0 ] || status=1
fi

exit $status
