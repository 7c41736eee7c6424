#!/bin/bash
# tests/diff/run.sh -- differential tests: dmake against GNU make 4.3.
#
# Each case tests/diff/cases/NNN-name.mk is copied to `Makefile` in a fresh
# sandbox and run (without -f) once under /usr/bin/make and once under
# $DMAKE, each in its own sandbox.  stdout, stderr, exit status and the files
# left behind are normalised and compared.  Output is TAP.  See README.
#
# Usage: run.sh [-v] [-j N] [--only PATTERN]... [--show] [--update-known]
#   -v               print the whole diff of every differing case, TODO
#                    ones included (otherwise: first 40 lines, non-TODO only)
#   -j N             run N cases at once (default: number of CPUs)
#   --only PATTERN   run only the cases whose name matches the shell glob
#                    *PATTERN* (may be repeated; e.g. --only '2??-' --only 312)
#   --show           print GNU make's normalised report for each case run,
#                    as TAP comments (for writing a case)
#   --update-known   rewrite known-failures with the cases that differ now
#
# Case header lines (anywhere in the case, conventionally at the top):
#   #? args: WORDS     shell words given to both programs (quote $ and ')
#   #? env: A=1 B=2    extra environment, shell words
#   #? setup: CMDS     bash commands run in the sandbox before make (set -e);
#                      several setup lines run in order, as one script
#
# Exit status: 0 when every case agrees or is a known difference, 1 when a
# case differs unexpectedly, a known difference passes, or a case is broken.

set -u

GMAKE=/usr/bin/make
here=$(cd "$(dirname "$0")" && pwd)
casedir=$here/cases
known=$here/known-failures

verbose=0
update=0
show=0
jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
only=()
while [ $# -gt 0 ]; do
	case $1 in
	-v) verbose=1 ;;
	-j) shift; jobs=${1:-1} ;;
	-j*) jobs=${1#-j} ;;
	--only) shift; only+=("${1:-}") ;;
	--only=*) only+=("${1#--only=}") ;;
	--show) show=1 ;;
	--update-known) update=1 ;;
	-h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	*) echo "run.sh: unknown option '$1' (try --help)" >&2; exit 99 ;;
	esac
	shift
done
[[ $jobs =~ ^[1-9][0-9]*$ ]] || jobs=1

# --- prerequisites -------------------------------------------------------------
if [ ! -x "$GMAKE" ] ||
   ! "$GMAKE" --version 2>/dev/null | head -n1 | grep -q '^GNU Make 4\.'; then
	echo "1..0 # SKIP GNU make 4.3 not found"
	exit 0
fi
if [ -z "${DMAKE:-}" ]; then
	top_builddir=${top_builddir:-$(cd "$here/../.." && pwd)}
	if [ -x "$top_builddir/src/dmake" ]; then
		DMAKE=$top_builddir/src/dmake
	else
		echo "1..0 # SKIP DMAKE unset and $top_builddir/src/dmake not built"
		exit 0
	fi
fi
case $DMAKE in
/*) ;;
*) DMAKE=$(cd "$(dirname "$DMAKE")" && pwd)/$(basename "$DMAKE") ;;
esac
if [ ! -x "$DMAKE" ] || [ -d "$DMAKE" ]; then
	echo "1..0 # SKIP DMAKE '$DMAKE' is not an executable file"
	exit 0
fi

# --- case list and known failures ----------------------------------------------
cases=()
for f in "$casedir"/*.mk; do
	[ -e "$f" ] || continue
	name=${f##*/}
	name=${name%.mk}
	if [ ${#only[@]} -gt 0 ]; then
		keep=0
		for p in "${only[@]}"; do
			# shellcheck disable=SC2053
			[[ $name == *$p* ]] && keep=1
		done
		[ $keep = 1 ] || continue
	fi
	cases+=("$name")
done

# known_name LINE: the case name on a known-failures line ('' for comments)
known_name() {
	local l=${1%%#*}
	l=${l//[[:space:]]/}
	printf '%s' "$l"
}
declare -A is_known=()
if [ -f "$known" ]; then
	while IFS= read -r line; do
		line=$(known_name "$line")
		[ -n "$line" ] && is_known[$line]=1
	done < "$known"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/dmake-diff.XXXXXX") || exit 99
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# --- normalisation ---------------------------------------------------------------
# re_quote STRING: STRING as a literal sed extended regular expression
re_quote() {
	printf '%s' "$1" | sed 's/[][\\.*^$|/()+?{}]/\\&/g'
}
work_phys=$(cd "$work" && pwd -P)
q_work=$(re_quote "$work")
q_work_phys=$(re_quote "$work_phys")
D=$'\001'	# sed delimiter for the path rules: cannot occur in a path

# normalise < raw > normalised.  Uses $n_sb, $n_phys (the sandbox as created
# and as `pwd -P` gives it) and $n_prog (the program), as sed regexps, set by
# run_one.  The rules, in order:
#  1. the sandbox path -> @SANDBOX@ (the two programs run in different
#     directories; the physical path first, it may be the longer);
#  2. the program's path as invoked (the value of $(MAKE)) -> @MAKE@;
#  3. make's own message prefix `make:`, `make[N]:`, `dmake:`, `dmake[N]:`
#     -> `MAKE:` / `MAKE[N]:` at the start of a line or after a blank or a
#     quote (GNU prints argv[0]'s base name there: "make: *** ...",
#     "make: Entering directory ...").
#  4. the version banner that --debug (and -p, after "# ") starts with:
#     its first line ("GNU Make 4.3", "dmake 0.1.0") -> @VERSION@, its
#     other lines (build, copyright, licence, warranty) dropped.
#  5. in --debug=j's lines about the chain of children ("Putting child
#     0x55d0c1b0a2a0 (all) PID 4242 on the chain.", "Live child",
#     "Reaping winning child", "Removing child"), the address and the
#     process id -> @ADDR@, @PID@.
# Nothing else is rewritten.
normalise() {
	sed -E -e "s$D$n_phys$D@SANDBOX@${D}g" -e "s$D$n_sb$D@SANDBOX@${D}g" \
	    -e "s$D$n_prog$D@MAKE@${D}g" \
	    -e "s/(^|[[:space:]'\"\`])d?make(\[[0-9]+\])?:/\1MAKE\2:/g" \
	    -e 's/^(# )?(GNU Make 4\.3|dmake [0-9][0-9.]*)$/\1@VERSION@/' \
	    -e '/^(# )?(Built for |Copyright \(C\) |License GPLv3|This is free software|No license has been chosen|There is NO WARRANTY)/d' \
	    -e 's/^((Putting|Live|Reaping winning|Reaping losing|Removing) child) 0x[0-9a-f]+( .*)? PID [0-9]+/\1 @ADDR@\3 PID @PID@/'
}

# listing: every path left in the current directory (the sandbox) with its
# type (find's %y letter) and symlink target, and for regular files the first
# 12 hex digits of the md5 of the contents.  Files whose contents hold the
# sandbox path are normalised in place first (rule 1 above), so a file with
# $(CURDIR) in it compares equal.  Modes and times are not compared.
listing() {
	grep -rlZF -e "$sb" -e "$phys" . 2>/dev/null |
		xargs -0r sed -i -E -e "s$D$n_phys$D@SANDBOX@${D}g" -e "s$D$n_sb$D@SANDBOX@${D}g"
	find . -mindepth 1 -printf '%y %p -> %l\n' -type f -exec md5sum -- {} + |
		sed -E -e 's/ -> $//' -e 's/^\\?([0-9a-f]{12})[0-9a-f]{20}  (.*)/md5 \2 \1/' \
		       -e "s$D$n_phys$D@SANDBOX@${D}g" -e "s$D$n_sb$D@SANDBOX@${D}g" |
		LC_ALL=C sort
}

# header KEY: the values of the case's `#? KEY:` lines (from $case_text),
# joined by SEP (default a space)
header() {
	local line out='' sep=${2:- }
	while IFS= read -r line; do
		if [[ $line == "#? $1:"* ]]; then
			line=${line#"#? $1:"}
			line=${line#"${line%%[![:space:]]*}"}
			out+=${out:+$sep}$line
		fi
	done <<< "$case_text"
	printf '%s' "$out"
}

# run_one CASEFILE PROG OUTDIR: run PROG on the case in a fresh sandbox and
# write OUTDIR/report (exit status, stdout, stderr, files, all normalised),
# or create OUTDIR/setup-failed.
run_one() {
	local mk=$1 prog=$2 out=$3 sb phys rc case_text setup sbname line
	local n_sb n_phys n_prog
	local -a args=() envw=()
	mkdir -p "$out"
	sb=$(mktemp -d "$work/sb.XXXXXX") || return 1
	phys=$work_phys/${sb##*/}
	sbname=${sb##*/}
	sbname=${sbname//./\\.}	# mktemp's name: letters, digits and the dot
	n_sb=$q_work/$sbname
	n_phys=$q_work_phys/$sbname
	if [ "$prog" = "$GMAKE" ]; then n_prog=$q_gmake; else n_prog=$q_dmake; fi
	case_text=$(<"$mk")
	while IFS= read -r line; do
		case $line in
		'#? args:'*|'#? env:'*|'#? setup:'*) ;;
		'#?'*) echo "unknown header line: $line" >&2 ;;
		esac
	done <<< "$case_text"
	eval "args=($(header args))"
	eval "envw=($(header env))"
	setup=$(header setup $'\n')
	cp "$mk" "$sb/Makefile"
	local -a base=(env -i PATH=/usr/bin:/bin HOME="$sb" LC_ALL=C)
	if [ -n "$setup" ]; then
		if ! (cd "$sb" && "${base[@]}" "${envw[@]}" /bin/bash -ec "$setup" \
		      </dev/null >"$out/setup.log" 2>&1); then
			: > "$out/setup-failed"
			return 0
		fi
	fi
	(cd "$sb" && exec timeout -k 2 30 "${base[@]}" "${envw[@]}" "$prog" "${args[@]}" \
		</dev/null >"$out/stdout" 2>"$out/stderr")
	rc=$?
	{
		echo "== exit status"
		echo "$rc"
		echo "== stdout"
		normalise < "$out/stdout"
		echo "== stderr"
		normalise < "$out/stderr"
		echo "== files"
		(cd "$sb" && listing)
		echo "== end"
	} > "$out/report"
}
q_gmake=$(re_quote "$GMAKE")
q_dmake=$(re_quote "$DMAKE")

# do_case NAME: run both programs; leave $work/NAME/result (same, differ or
# "error WHY") and $work/NAME/diff.  A broken case or runner must not pass
# just because both sides broke alike, hence the checks.
do_case() {
	local name=$1 dir=$work/$1 why='' side last st
	mkdir -p "$dir"
	{
		run_one "$casedir/$name.mk" "$GMAKE" "$dir/gnu" &
		run_one "$casedir/$name.mk" "$DMAKE" "$dir/dmake"
		wait
	} 2> "$dir/runner.err"
	for side in gnu dmake; do
		if [ -e "$dir/$side/setup-failed" ]; then
			why="setup failed"
			cat "$dir/$side/setup.log" >> "$dir/runner.err"
			continue
		fi
		last=
		[ -f "$dir/$side/report" ] && last=$(tail -n1 "$dir/$side/report")
		[ "$last" = "== end" ] || why=${why:-incomplete report for $side}
	done
	[ -s "$dir/runner.err" ] && why=${why:-runner error}
	if [ -z "$why" ]; then
		{ read -r _; read -r st; } < "$dir/gnu/report"
		case $st in 124|137) why="GNU make timed out" ;; esac
	fi
	if [ -n "$why" ]; then
		echo "error $why" > "$dir/result"
		cp "$dir/runner.err" "$dir/diff"
	elif diff -u --label "gnu-make/$name" --label "dmake/$name" \
	      "$dir/gnu/report" "$dir/dmake/report" > "$dir/diff"; then
		echo same > "$dir/result"
	else
		echo differ > "$dir/result"
	fi
}

# --- run, at most $jobs cases at a time --------------------------------------------
running=0
for name in "${cases[@]}"; do
	if [ $running -ge "$jobs" ]; then
		wait -n
		running=$((running - 1))
	fi
	do_case "$name" &
	running=$((running + 1))
done
wait

# --- TAP report ----------------------------------------------------------------------
# diag FILE [all]: FILE as TAP diagnostics, the first 40 lines unless 'all'
diag() {
	local lines
	if [ "${2:-}" = all ]; then
		sed 's/^/# /' "$1"
		return
	fi
	sed -n '1,40s/^/# /p' "$1"
	lines=$(wc -l < "$1")
	[ "$lines" -le 40 ] || echo "# ... $((lines - 40)) more lines (run with -v)"
}

echo "1..${#cases[@]}"
n=0 bad=0
failing=()
for name in "${cases[@]}"; do
	n=$((n + 1))
	dir=$work/$name
	result=differ
	[ -f "$dir/result" ] && result=$(<"$dir/result")
	if [ $show = 1 ] && [ -f "$dir/gnu/report" ]; then
		sed 's/^/# /' "$dir/gnu/report"
	fi
	case $result in
	same)
		if [ -n "${is_known[$name]:-}" ]; then
			echo "ok $n $name # TODO known difference, but it passes now: remove it from known-failures"
			bad=$((bad + 1))
		else
			echo "ok $n $name"
		fi ;;
	error*)
		echo "not ok $n $name - case error: ${result#error }"
		bad=$((bad + 1))
		diag "$dir/diff" ;;
	*)
		failing+=("$name")
		if [ -n "${is_known[$name]:-}" ]; then
			echo "not ok $n $name # TODO known difference"
			[ $verbose = 1 ] && diag "$dir/diff" all
		else
			echo "not ok $n $name"
			bad=$((bad + 1))
			if [ $verbose = 1 ]; then diag "$dir/diff" all; else diag "$dir/diff"; fi
		fi ;;
	esac
done

# --- --update-known ---------------------------------------------------------------------
# The new file: the leading comment block of the old one, then, sorted, the
# lines of the cases that differ now (an old line is kept with its '# reason')
# and the old lines of cases not run this time (--only).
if [ $update = 1 ]; then
	{
		if [ -f "$known" ]; then
			while IFS= read -r line; do
				[ -z "$(known_name "$line")" ] || break
				printf '%s\n' "$line"
			done < "$known"
		else
			echo "# Differential cases dmake does not pass yet; see README."
		fi
		{
			declare -A ran=() old=()
			for name in "${cases[@]}"; do ran[$name]=1; done
			if [ -f "$known" ]; then
				while IFS= read -r line; do
					k=$(known_name "$line")
					[ -n "$k" ] || continue
					old[$k]=$line
					[ -n "${ran[$k]:-}" ] || printf '%s\n' "$line"
				done < "$known"
			fi
			for name in "${failing[@]}"; do
				printf '%s\n' "${old[$name]:-$name}"
			done
		} | LC_ALL=C sort -u
	} > "$work/known.new" && cp "$work/known.new" "$known"
	echo "# $known rewritten: ${#failing[@]} differing case(s) among the ${#cases[@]} run"
fi

[ $bad -eq 0 ]
