#!/bin/bash
# tests/scenario/run.sh - run $DMAKE on each scenario case and compare what
# it did with what the case expects.  Output is TAP.
#
# Usage: run.sh [-v] [CASE...]
#   -v      show whole diffs (default: the first 40 lines of each)
#   CASE    run only these cases (names of directories in cases/)
#
# A case is a directory tests/scenario/cases/NAME/ holding:
#   Makefile, Deployfile  copied into a fresh sandbox (either, both, or
#                         none when setup.sh writes them)
#   files/                optional: its contents are copied into the sandbox
#   setup.sh              optional: run by bash in the sandbox first
#   args                  optional: one line of shell words, dmake's arguments
#   expected.status       required: the exit status; several blank-separated
#                         numbers allow any of them
#   expected.stdout       stdout exactly, or
#   expected.stdout.re    one extended regex (grep -E) a line, each of which
#                         must match some line of stdout; with neither file
#                         stdout must be empty
#   expected.stderr(.re)  the same for stderr
#   expected.files        optional: the sorted list of regular files in the
#                         sandbox afterwards (paths relative to it, without
#                         ./Makefile and ./Deployfile)
#   description           optional: what the case is about (not read)
#
# dmake runs with a 20 s timeout in a clean environment (clean_env in
# lib.sh), with stdin from /dev/null.  Before comparing, the sandbox path
# in the output becomes @SANDBOX@ and the name of the program under test
# at the start of a line ("make:", "make[1]:") becomes "dmake", so that
# `DMAKE=/usr/bin/make run.sh` checks the cases against GNU make.
# DMAKE_WRAPPER (words, e.g. "valgrind -q --error-exitcode=99") is put in
# front of the command.

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

verbose=0
names=()
while [ $# -gt 0 ]; do
	case $1 in
	-v) verbose=1 ;;
	-h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	-*) echo "run.sh: unknown option '$1'" >&2; exit 99 ;;
	*) names+=("$1") ;;
	esac
	shift
done

require_dmake
require_cmd timeout diff grep sed find sort

casedir=$here/cases
if [ ${#names[@]} -eq 0 ]; then
	for d in "$casedir"/*/; do
		[ -d "$d" ] && names+=("$(basename "$d")")
	done
fi

prog=$(basename "$DMAKE")
read -r -a wrapper <<< "${DMAKE_WRAPPER:-}"

# normalise SANDBOX PHYSICAL < raw > normalised
normalise() {
	local re_prog
	re_prog=$(printf '%s' "$prog" | sed 's/[.[\*^$+?(){}|/]/\\&/g')
	sed -e "s|$2|@SANDBOX@|g" -e "s|$1|@SANDBOX@|g" \
	    -E -e "s/^$re_prog(\[[0-9]+\])?:/dmake\1:/"
}

# show_diff FILE: its first 40 lines (all with -v) as TAP comments
show_diff() {
	local n
	if [ $verbose = 1 ]; then
		tap_diag < "$1"
		return
	fi
	head -n 40 "$1" | tap_diag
	n=$(wc -l < "$1")
	[ "$n" -gt 40 ] && tap_diag "... $((n - 40)) more lines (run.sh -v $name)"
}

# check_stream WHAT GOT CASEDIR WORK: compare one output stream;
# diagnostics go to WORK/why.  Returns 0 when it matches.
check_stream() {
	local what=$1 got=$2 exp=$3/expected.$1 why=$4/why pat bad=0
	if [ -f "$exp" ]; then
		diff -u --label "expected.$what" --label "$what" "$exp" "$got" \
			> "$4/diff" && return 0
		echo "$what differs:" >> "$why"
		cat "$4/diff" >> "$why"
		return 1
	fi
	if [ -f "$exp.re" ]; then
		while IFS= read -r pat || [ -n "$pat" ]; do
			[ -n "$pat" ] || continue
			if ! grep -a -E -q -e "$pat" "$got"; then
				echo "$what: no line matches: $pat" >> "$why"
				bad=1
			fi
		done < "$exp.re"
		if [ $bad = 1 ]; then
			echo "$what was:" >> "$why"
			head -n 20 "$got" >> "$why"
		fi
		return $bad
	fi
	[ -s "$got" ] && {
		echo "$what should be empty but was:" >> "$why"
		head -n 20 "$got" >> "$why"
		return 1
	}
	return 0
}

# run_case NAME: print one TAP line (and diagnostics)
run_case() {
	local name=$1 c=$casedir/$1 sb phys w rc ok=1 st want
	local -a args=() envw=()

	if [ ! -f "$c/expected.status" ]; then
		tap_not_ok "$name"
		tap_diag "no expected.status in $c"
		return
	fi
	sandbox_new; sb=$SANDBOX
	sandbox_new; w=$SANDBOX
	phys=$(cd "$sb" && pwd -P)
	mapfile -t envw < <(clean_env "$sb")
	: > "$w/why"

	[ -f "$c/Makefile" ] && cp "$c/Makefile" "$sb/"
	[ -f "$c/Deployfile" ] && cp "$c/Deployfile" "$sb/"
	[ -d "$c/files" ] && cp -R "$c/files/." "$sb/"
	# cp keeps a read-only source's mode (make distcheck's source tree)
	chmod -R u+w "$sb"
	if [ -f "$c/setup.sh" ]; then
		if ! (cd "$sb" && timeout 60 "${envw[@]}" bash "$c/setup.sh") \
		    </dev/null > "$w/setup.log" 2>&1; then
			tap_not_ok "$name"
			tap_diag "setup.sh failed:"
			tap_diag < "$w/setup.log"
			return
		fi
	fi
	if [ -f "$c/args" ]; then
		eval "args=($(head -n 1 "$c/args"))"
	fi

	(cd "$sb" && exec timeout -k 5 20 "${envw[@]}" \
		${wrapper[@]+"${wrapper[@]}"} "$DMAKE" ${args[@]+"${args[@]}"}) \
		</dev/null > "$w/stdout.raw" 2> "$w/stderr.raw"
	rc=$?

	normalise "$sb" "$phys" < "$w/stdout.raw" > "$w/stdout"
	normalise "$sb" "$phys" < "$w/stderr.raw" > "$w/stderr"

	read -r -a want < "$c/expected.status"
	st=1
	for x in "${want[@]}"; do
		[ "$x" = "$rc" ] && st=0
	done
	if [ $st != 0 ]; then
		ok=0
		case $rc in
		124) echo "timed out after 20 s" >> "$w/why" ;;
		12[5-7]) echo "exit status $rc: could not run $DMAKE" >> "$w/why" ;;
		*)
			echo "exit status $rc, expected ${want[*]}" >> "$w/why"
			[ "$rc" -gt 128 ] &&
				echo "killed by signal $((rc - 128)) ($(kill -l $((rc - 128)) 2>/dev/null))" >> "$w/why"
			;;
		esac
	fi
	check_stream stdout "$w/stdout" "$c" "$w" || ok=0
	check_stream stderr "$w/stderr" "$c" "$w" || ok=0
	if [ -f "$c/expected.files" ]; then
		(cd "$sb" && find . -type f ! -path ./Makefile ! -path ./Deployfile) |
			sed 's|^\./||' | LC_ALL=C sort > "$w/files"
		if ! diff -u --label expected.files --label files \
		    "$c/expected.files" "$w/files" > "$w/diff"; then
			ok=0
			echo "files differ:" >> "$w/why"
			cat "$w/diff" >> "$w/why"
		fi
	fi

	if [ $ok = 1 ]; then
		tap_ok "$name"
	else
		tap_not_ok "$name"
		show_diff "$w/why"
	fi
}

tap_plan ${#names[@]}
for n in "${names[@]}"; do
	if [ ! -d "$casedir/$n" ]; then
		tap_not_ok "$n"
		tap_diag "no such case: $casedir/$n"
		continue
	fi
	run_case "$n"
	sandbox_cleanup
done
tap_done
