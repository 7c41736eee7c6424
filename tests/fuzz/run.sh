#!/bin/bash
# tests/fuzz/run.sh - build dmake's libFuzzer harnesses with clang and
# run them.  See tests/fuzz/README.
#
#   run.sh [-t SECONDS] [-j JOBS] [-k] [NAME...]
#                               fuzz each harness SECONDS (default 60),
#                               JOBS at once; stop a harness at its
#                               first crash, or with -k (--keep-going)
#                               go on (libFuzzer -fork=1 -ignore_*)
#   run.sh --replay [NAME...]   run each once over its corpus and
#                               crashers: fast and deterministic (CI)
#   run.sh --triage [NAME...]   run each crasher alone and say what it
#                               does: the sanitizer's verdict and where
#   run.sh --merge [NAME...]    add what the work corpus covers anew to
#                               the corpus in the tree (-merge=1)
#   run.sh --build [NAME...]    build only
#
# NAME is a harness, tests/fuzz/fuzz-NAME.c (default: all).  New
# crashers go to tests/fuzz/crashers/NAME/; the corpus a run grows goes
# to the build directory, which --merge folds into the tree.
#
# Environment:
#   CC          a clang with libFuzzer (default: clang, else clang-14)
#   FUZZ_BUILD  build directory (default: tests/fuzz/build)
#   FUZZ_ARENA  "bump" to build src/arena.c instead of arena-fuzz.c
#   FUZZ_FLAGS  more libFuzzer flags for fuzzing runs
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=${FUZZ_BUILD:-$here/build}
mode=fuzz
seconds=60
jobs=1
keep_going=0

usage() {
	sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
	exit 2
}

while [ $# -gt 0 ]; do
	case $1 in
	--replay) mode=replay ;;
	--merge) mode=merge ;;
	--triage) mode=triage ;;
	-k|--keep-going) keep_going=1 ;;
	--build) mode=build ;;
	-t) [ $# -ge 2 ] || usage; seconds=$2; shift ;;
	-t*) seconds=${1#-t} ;;
	-j) [ $# -ge 2 ] || usage; jobs=$2; shift ;;
	-j*) jobs=${1#-j} ;;
	-h|--help) usage ;;
	-*) echo "run.sh: unknown option '$1'" >&2; usage ;;
	*) break ;;
	esac
	shift
done
case $seconds$jobs in
*[!0-9]*) echo "run.sh: -t and -j take a number" >&2; exit 2 ;;
esac

all=()
for f in "$here"/fuzz-*.c; do
	n=${f##*/fuzz-}
	all+=("${n%.c}")
done
if [ $# -gt 0 ]; then
	names=("$@")
	for n in "${names[@]}"; do
		[ -f "$here/fuzz-$n.c" ] || {
			echo "run.sh: no harness '$n' (have: ${all[*]})" >&2
			exit 2
		}
	done
else
	names=("${all[@]}")
fi

# ---- build ------------------------------------------------------------------

if [ -z "${CC:-}" ]; then
	if command -v clang >/dev/null 2>&1; then CC=clang
	elif command -v clang-14 >/dev/null 2>&1; then CC=clang-14
	else echo "run.sh: clang not found (set CC)" >&2; exit 2
	fi
fi

cflags=(-g -O1 -fno-omit-frame-pointer -std=gnu99 -Wall -Wextra
    "-fsanitize=address,undefined" -fno-sanitize-recover=undefined)
cppflags=(-I"$build" -iquote "$top/src" -iquote "$here"
    -DDMAKE_DATADIR='"/nonexistent"' -DDMAKE_SHAREDIR='"/nonexistent"')
libs=$(pkg-config --libs libssh libpcre2-8 2>/dev/null ||
    echo -lssh -lpcre2-8)
libs="$libs -lpthread"

# What the code under test may not call: renamed to sandbox.c's fuzz_*
# in every object built from src/.
sandboxed="fork vfork execvp execv execve posix_spawn posix_spawnp system
popen open openat creat fopen mkdir mkstemp mkostemp unlink rmdir remove rename
symlink link chmod truncate utimensat kill glob"
# Other ways to the same ends, which sandbox.c does not cover: an
# object calling one fails the build (add it to both lists then).
forbidden="execl execlp execle execvpe fexecve open64 openat64 __open_2
__open64_2 __openat_2 fopen64 freopen freopen64 creat64 mkdirat mkdtemp
mkstemps mkostemps unlinkat renameat renameat2 symlinkat linkat
fchmodat truncate64 utime utimes lutimes glob64 clone"

config_h() {
	local version
	version=$(sed -n 's/^AC_INIT(\[[^]]*\], *\[\([^]]*\)\].*/\1/p' \
	    "$top/configure.ac")
	cat <<EOF
/* config.h for the fuzzers, written by tests/fuzz/run.sh. */
#define PACKAGE "dmake"
#define PACKAGE_NAME "dmake"
#define PACKAGE_TARNAME "dmake"
#define PACKAGE_VERSION "${version:-0}"
#define PACKAGE_STRING "dmake ${version:-0}"
#define PACKAGE_BUGREPORT ""
#define PACKAGE_URL ""
#define VERSION "${version:-0}"
#define STDC_HEADERS 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDIO_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STRING_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_UNISTD_H 1
#define DMAKE_SYSTEM_LIBDIR "/usr/lib"
#ifndef _GNU_SOURCE
# define _GNU_SOURCE 1
#endif
EOF
}

# compile SRC OBJ [EXTRA-FLAGS]
compile() {
	# shellcheck disable=SC2086 # $3: zero or one flag
	"$CC" "${cflags[@]}" "${cppflags[@]}" ${3:-} -c "$1" -o "$2"
}

# stale OBJ SRC: is OBJ missing or older than SRC or a header (or, for
# the seams, which include src/parse.c and src/expand.c, any source)?
stale() {
	local deps=("$2" "$build/config.h" "$top"/src/*.h "$here"/*.h)
	[ -f "$1" ] || return 0
	case $2 in */seam-*) deps+=("$top"/src/*.c) ;; esac
	[ -n "$(find "${deps[@]}" -newer "$1" -print -quit 2>/dev/null)" ]
}

redefine() {
	local args=() s
	for s in $sandboxed; do
		args+=(--redefine-sym "$s=fuzz_$s")
	done
	objcopy "${args[@]}" "$1"
}

build_all() {
	local srcs=() s o pids=() bad=() p objs=() n extra objdir
	mkdir -p "$build/obj"
	config_h >"$build/config.h.new"
	if cmp -s "$build/config.h.new" "$build/config.h"; then
		rm "$build/config.h.new"
	else
		mv "$build/config.h.new" "$build/config.h"
	fi
	# Every module but main.c; parse.c and expand.c come in through
	# seam-*.c, arena.c is replaced by arena-fuzz.c.
	for s in "$top"/src/*.c; do
		case ${s##*/} in
		main.c|parse.c|expand.c) continue ;;
		arena.c) [ "${FUZZ_ARENA:-}" = bump ] || continue ;;
		esac
		srcs+=("$s")
	done
	srcs+=("$here/seam-parse.c" "$here/seam-expand.c")
	[ "${FUZZ_ARENA:-}" = bump ] || srcs+=("$here/arena-fuzz.c")
	echo "run.sh: building ${#srcs[@]} dmake objects with $CC" >&2
	# Two at a time per CPU; the objects are rebuilt every time (a
	# header may have changed), which takes seconds.
	local max=$(( $(nproc 2>/dev/null || echo 2) * 2 ))
	for s in "${srcs[@]}" "$here/sandbox.c" "$here/common.c"; do
		case $s in
		*/sandbox.c|*/common.c) extra="" ;;
		*) extra="-fsanitize=fuzzer-no-link" ;;
		esac
		case $s in
		"$here"/*) objdir=tests ;;
		*) objdir=src ;;
		esac
		o="$build/obj/$objdir-$(basename "${s%.c}").o"
		objs+=("$o")
		stale "$o" "$s" || continue
		( compile "$s" "$o" "$extra" &&
		  case $s in
		  */sandbox.c|*/common.c) ;;
		  *) redefine "$o" ;;
		  esac ) &
		pids+=($!)
		if [ ${#pids[@]} -ge "$max" ]; then
			wait "${pids[0]}" || bad+=("${pids[0]}")
			pids=("${pids[@]:1}")
		fi
	done
	for p in "${pids[@]}"; do
		wait "$p" || bad+=("$p")
	done
	[ ${#bad[@]} -eq 0 ] || { echo "run.sh: compilation failed" >&2; exit 1; }
	# Nothing under test may reach the system another way.
	local calls
	calls=$(for o in "${objs[@]}"; do
		case $o in */tests-sandbox.o|*/tests-common.o) continue ;; esac
		nm -u "$o" | awk -v o="${o##*/}" '{print o, $NF}'
	done | awk -v bad="$sandboxed $forbidden" '
		BEGIN { n = split(bad, b, /[ \n]+/); for (i = 1; i <= n; i++) f[b[i]] = 1 }
		$2 in f { print $1 " calls " $2 }')
	if [ -n "$calls" ]; then
		printf 'run.sh: %s\n' "$calls" >&2
		echo "run.sh: which sandbox.c does not cover" >&2
		exit 1
	fi
	for n in "${names[@]}"; do
		! stale "$build/obj/fuzz-$n.o" "$here/fuzz-$n.c" ||
		compile "$here/fuzz-$n.c" "$build/obj/fuzz-$n.o" \
		    -fsanitize=fuzzer-no-link
		# shellcheck disable=SC2086 # $libs: pkg-config's words
		"$CC" "${cflags[@]}" -fsanitize=fuzzer -o "$build/fuzz-$n" \
		    "$build/obj/fuzz-$n.o" "${objs[@]}" $libs
	done
	echo "run.sh: built ${names[*]} in $build" >&2
}

# ---- run --------------------------------------------------------------------

# Largest input per harness.
max_len() {
	case $1 in
	reader|tar) echo 16384 ;;
	sshconf) echo 8192 ;;
	expand) echo 4096 ;;
	*) echo 1024 ;;
	esac
}

# reader and expand leave memory behind on every makefile error (as
# dmake's exit(2) does; fuzz_run_twice() hides it from LeakSanitizer),
# and libFuzzer answers each such input with a full leak scan, which
# would cut them to a few runs a second: their leaks are checked by
# --replay instead (LeakSanitizer at exit, normal paths only).
leak_flag() {
	case $1 in
	reader|expand) echo -detect_leaks=0 ;;
	esac
}

keep_going_flags() {
	[ "$keep_going" = 1 ] || return 0
	echo -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1
}

dict_flag() {
	if [ -f "$here/dict/$1.dict" ]; then
		echo "-dict=$here/dict/$1.dict"
	fi
}

export DMAKE_FUZZ_SHARE="$top/share"
# Sanitizer reports with symbols; UBSan stops at the first finding.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# fuzz_one NAME: run it, log to $build/log/NAME.log, one summary line.
fuzz_one() {
	local n=$1 log="$build/log/$1.log" t="$build/log/$1.time" user sys rate
	local status=0 runs cpu wall rss new before after
	mkdir -p "$build/corpus/$n" "$here/crashers/$n" "$here/corpus/$n" \
	    "$build/log"
	before=$(find "$here/crashers/$n" -type f | wc -l)
	touch "$t.start"
	# shellcheck disable=SC2046,SC2086
	( TIMEFORMAT='%R %U %S'
	  time TMPDIR="$build/tmp" "$build/fuzz-$n" \
	    -max_total_time="$seconds" -print_final_stats=1 \
	    -close_fd_mask=3 -timeout=10 -rss_limit_mb=2048 \
	    -max_len="$(max_len "$n")" $(dict_flag "$n") $(leak_flag "$n") \
	    -artifact_prefix="$here/crashers/$n/" $(keep_going_flags) \
	    ${FUZZ_FLAGS:-} \
	    "$build/corpus/$n" "$here/corpus/$n" >"$log" 2>&1 ) 2>"$t" ||
	    status=$?
	after=$(find "$here/crashers/$n" -type f | wc -l)
	new=$((after - before))
	# -fork=1 may exit 0 after crashes it was told to ignore
	[ $new -eq 0 ] || [ $status -ne 0 ] || status=1
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	# -fork=1 prints no final stats: its progress lines count
	[ -n "$runs" ] ||
	runs=$(sed -n 's/^#\([0-9]*\): cov: .*/\1/p' "$log" | tail -1)
	rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
	read -r wall user sys <"$t" || :
	cpu=$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN{printf "%.1f", u+s}')
	rate=$(awk -v r="${runs:-0}" -v w="${wall:-0}" \
	    'BEGIN { if (w > 0) printf "%d", r / w; else print "?" }')
	printf '%-10s %-4s runs %-10s wall %6ss cpu %7ss exec/s %-7s%s%s\n' \
	    "$n" "$([ $status -eq 0 ] && echo ok || echo FAIL)" "${runs:-?}" \
	    "${wall:-?}" "$cpu" "$rate" "${rss:+ rss ${rss}MB}" \
	    "$(if [ $new -gt 0 ]; then echo "  $new new in crashers/$n/"; fi)"
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$n" \
	    "$status" "${runs:-0}" "${wall:-0}" "$cpu" "$new" \
	    >>"$build/stats.tsv"
	if [ $status -ne 0 ]; then
		if [ "$keep_going" = 1 ]; then
			dedup "$n" "$t.start" | sed 's/^/           /'
		else
			grep -m1 -E '^==[0-9]+==ERROR|^SUMMARY|runtime error|^fuzz: ' \
			    "$log" | sed 's/^/           /' || :
		fi
		echo "           log: $log"
		return 1
	fi
}

# verdict NAME FILE: one line, what the input does when run alone.
verdict() {
	local n=$1 f=$2 out rc=0 what where
	out=$(TMPDIR="$build/tmp" "$build/fuzz-$n" -close_fd_mask=1 \
	    -timeout=20 -rss_limit_mb=2048 "$f" 2>&1) || rc=$?
	if [ $rc -eq 0 ]; then
		echo "${f##*/}: no failure when run alone"
		return
	fi
	what=$(printf '%s\n' "$out" | sed -n -e 's/^fuzz: \(.*\)/harness: \1/p' \
	    -e 's/^SUMMARY: [A-Za-z]*Sanitizer: \([a-z-]*\).*/\1/p' \
	    -e 's/^==[0-9]*== ERROR: libFuzzer: \(.*\)/\1/p' | head -1)
	# The innermost frame in dmake's code (or a harness); for a stack
	# overflow, the frame that repeats most.
	where=$(printf '%s\n' "$out" |
	    sed -n 's/^ *#[0-9]* 0x[0-9a-f]* in \([^ ]*\) \(.*\/\(src\|tests\/fuzz\)\/[^ ]*\).*/\1 \2/p' |
	    { if [ "$what" = stack-overflow ]; then
		sort | uniq -c | sort -rn | head -1 | sed 's/^ *[0-9]* //'
	      else head -1; fi; })
	where=${where//$top\//}
	echo "${f##*/}: ${what:-exit $rc} at ${where:-?}"
}

# dedup NAME STAMP: -k saves every crashing input, mostly the same bug
# again: keep the smallest new one of each verdict not already in
# crashers/NAME/, remove the others, and say what is left.
dedup() {
	local n=$1 stamp=$2 f v sig seen="" kept=0 dropped=0
	local old=() new=()
	for f in "$here/crashers/$n"/*; do
		[ -f "$f" ] || continue
		if [ "$f" -nt "$stamp" ]; then new+=("$f"); else old+=("$f"); fi
	done
	for f in ${old[@]+"${old[@]}"}; do
		v=$(verdict "$n" "$f")
		seen="$seen${v#*: }"$'\n'
	done
	while read -r f; do
		[ -n "$f" ] || continue
		v=$(verdict "$n" "$f")
		sig=${v#*: }
		if [ "$sig" = "no failure when run alone" ] ||
		    ! printf '%s' "$seen" | grep -qxF "$sig"; then
			seen="$seen$sig"$'\n'
			kept=$((kept + 1))
			echo "$v"
		else
			rm -f "$f"
			dropped=$((dropped + 1))
		fi
	done < <(for f in ${new[@]+"${new[@]}"}; do
		printf '%s %s\n' "$(wc -c <"$f")" "$f"; done | sort -n |
		cut -d' ' -f2-)
	echo "$kept new, $dropped more of the same removed"
}

triage_one() {
	local n=$1 f any=0
	mkdir -p "$build/tmp"
	for f in "$here/crashers/$n"/*; do
		[ -f "$f" ] || continue
		any=1
		echo "$n/$(verdict "$n" "$f")"
	done
	[ $any = 1 ] || echo "$n: no crashers"
}

# replay_one NAME: every input of corpus/NAME and crashers/NAME once.
replay_one() {
	local n=$1 count log="$build/log/$1.replay.log" d
	local -a dirs=()
	mkdir -p "$build/log" "$build/tmp"
	# git keeps no empty directory: a harness may have no crashers/NAME
	for d in "$here/corpus/$n" "$here/crashers/$n"; do
		[ -d "$d" ] && dirs+=("$d")
	done
	count=0
	[ ${#dirs[@]} -gt 0 ] && count=$(find "${dirs[@]}" -type f \
	    ! -name 'README*' ! -name '.*' | wc -l)
	if [ "$count" -eq 0 ]; then
		echo "$n: no inputs"
		return 0
	fi
	if find "${dirs[@]}" -type f \
	    ! -name 'README*' ! -name '.*' -print0 | sort -z |
	    TMPDIR="$build/tmp" xargs -0 -n 500 "$build/fuzz-$n" \
	    -close_fd_mask=3 -timeout=20 -rss_limit_mb=2048 >"$log" 2>&1
	then
		echo "$n: $count inputs ok"
	else
		echo "$n: FAILED (of $count inputs)"
		grep -E '^Running: |^==[0-9]+==ERROR|^SUMMARY|runtime error|^fuzz: ' \
		    "$log" | grep -B1 -E 'ERROR|SUMMARY|runtime error|fuzz: ' |
		    head -6 | sed 's/^/    /'
		echo "    log: $log"
		return 1
	fi
}

merge_one() {
	local n=$1
	mkdir -p "$here/corpus/$n" "$build/corpus/$n" "$build/log" "$build/tmp"
	TMPDIR="$build/tmp" "$build/fuzz-$n" -merge=1 -close_fd_mask=3 \
	    -max_len="$(max_len "$n")" -timeout=20 -rss_limit_mb=2048 \
	    "$here/corpus/$n" "$build/corpus/$n" >"$build/log/$n.merge.log" 2>&1
	echo "$n: $(find "$here/corpus/$n" -type f | wc -l) inputs in corpus/$n"
}

build_all
mkdir -p "$build/tmp"
failed=0
case $mode in
build)
	;;
replay)
	for n in "${names[@]}"; do
		replay_one "$n" || failed=1
	done
	;;
merge)
	for n in "${names[@]}"; do
		merge_one "$n" || failed=1
	done
	;;
triage)
	for n in "${names[@]}"; do
		triage_one "$n"
	done
	;;
fuzz)
	echo "run.sh: fuzzing ${names[*]} for ${seconds}s each, $jobs at a time" >&2
	running=0
	for n in "${names[@]}"; do
		if [ "$running" -ge "$jobs" ]; then
			wait -n || failed=1
			running=$((running - 1))
		fi
		fuzz_one "$n" &
		running=$((running + 1))
	done
	while [ "$running" -gt 0 ]; do
		wait -n || failed=1
		running=$((running - 1))
	done
	;;
esac
rm -rf "$build/tmp"
exit $failed
