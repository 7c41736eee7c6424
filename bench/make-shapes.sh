#!/bin/bash
# bench/make-shapes.sh - dmake against GNU make 4.3 on generated Makefiles,
# in one run: the no-op (everything up to date) of five shapes at 1,000,
# 10,000 and 100,000 targets, then `-n` of a full build and `-j2` of a
# 2,000-node graph with trivial recipes.
# Usage: bench/make-shapes.sh [path/to/dmake] [runs] [sizes]
#   runs   timed runs per command, best kept (default 3)
#   sizes  blank-separated target counts (default "1000 10000 100000")
# Shapes:
#   wide      N targets, each from its own up-to-date source, one goal
#   deep      a chain t1 <- t2 <- ... <- tN (GNU make recurses per level)
#   pattern   N objects from a pattern rule %.o: %.c
#   function  N targets whose prerequisites come from patsubst, foreach,
#             addprefix and a call per target
#   vars      the pattern shape with a target-specific variable on the
#             goal (inherited by every object) and pattern-specific
#             ones ('%.o: CFLAGS += -g', 'f1%.o: private DEFS := ...')
# all with -r; then pattern at 10,000 without it (GNU make's built-in
# rules searched for every source file), and the same through VPATH
# (vpath: objects in obj/, sources in src/, VPATH = inc lib src).
# Prints a Markdown table: best wall seconds (bash's `time` around the
# process), the median peak RSS of as many other runs (KiB, GNU time;
# it varies by about 100 KiB from run to run),
# and the ratios dmake / GNU make.  For the no-op rows also the floor:
# the best time of bench/stat-floor.c (start, then stat() every file of
# the tree once), the least any make must do there, and floor / GNU
# make, the lowest time ratio any make could reach.  Both makes run
# with an unlimited stack: GNU make recurses once per level of the deep
# chain and dies of SIGSEGV at 100,000 levels under the default 8 MiB.

set -euo pipefail
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
dmake=${1:-$here/../build/src/dmake}
runs=${2:-3}
sizes=${3:-1000 10000 100000}
GMAKE=/usr/bin/make
[ -x /usr/bin/time ] || { echo "make-shapes.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
ulimit -s unlimited 2>/dev/null ||
    echo "make-shapes.sh: cannot lift the stack limit; GNU make may crash on deep 100000" >&2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
${CC:-cc} -O2 -o "$dir/stat-floor" "$here/stat-floor.c"

gen() {	# SHAPE N DIR: write DIR/Makefile and its up-to-date files
	local shape=$1 n=$2 d=$3
	mkdir -p "$d"
	case $shape in
	wide)
		awk -v n="$n" 'BEGIN {
			printf "all:"; for (i = 1; i <= n; i++) printf " t%d", i; print ""
			for (i = 1; i <= n; i++) printf "t%d: s%d\n\t@cp $< $@\n", i, i }' > "$d/Makefile"
		(cd "$d" && awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++) print "s" i; for (i = 1; i <= n; i++) print "t" i }' |
		    xargs touch) ;;
	deep)
		awk -v n="$n" 'BEGIN {
			print "all: t1"
			for (i = 1; i < n; i++) printf "t%d: t%d\n\t@touch $@\n", i, i + 1
			printf "t%d:\n\t@touch $@\n", n }' > "$d/Makefile"
		(cd "$d" && awk -v n="$n" 'BEGIN { for (i = n; i >= 1; i--) print "t" i }' |
		    xargs touch) ;;
	pattern|vars)
		# (vars: the pattern shape and its variable lines)
		awk -v n="$n" -v vars="$([ "$shape" = vars ] && echo 1 || echo 0)" 'BEGIN {
			printf "OBJS ="; for (i = 1; i <= n; i++) printf " f%d.o", i; print ""
			if (vars) print "CFLAGS = -O2\nall: export LC_ALL = C"
			print "all: $(OBJS)"
			if (vars) print "%.o: CFLAGS += -g\nf1%.o: private DEFS := -DONE"
			print "%.o: %.c\n\t@cp $< $@" }' > "$d/Makefile"
		(cd "$d" && awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++) print "f" i ".c"; for (i = 1; i <= n; i++) print "f" i ".o" }' |
		    xargs touch) ;;
	vpath)
		mkdir -p "$d/src" "$d/inc" "$d/lib" "$d/obj"
		awk -v n="$n" 'BEGIN {
			print "VPATH = inc lib src"
			printf "OBJS ="; for (i = 1; i <= n; i++) printf " obj/f%d.o", i; print ""
			print "all: $(OBJS)"
			print "obj/%.o: %.c\n\t@cp $< $@" }' > "$d/Makefile"
		(cd "$d" && awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++) print "src/f" i ".c"; for (i = 1; i <= n; i++) print "obj/f" i ".o" }' |
		    xargs touch) ;;
	function)
		awk -v n="$n" 'BEGIN {
			printf "NAMES ="; for (i = 1; i <= n; i++) printf " m%d", i; print ""
			print "src = $(addprefix s/,$(1).c)"
			print "TARGETS = $(patsubst %,out/%.x,$(NAMES))"
			print "all: $(TARGETS)"
			print "$(foreach m,$(NAMES),$(eval out/$(m).x: $(call src,$(m))))"
			print "out/%.x:\n\t@cp $< $@" }' > "$d/Makefile"
		mkdir -p "$d/s" "$d/out"
		(cd "$d" && awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++) print "s/m" i ".c"; for (i = 1; i <= n; i++) print "out/m" i ".x" }' |
		    xargs touch) ;;
	esac
}

rflag=-r	# no built-in rules (but in the "built-in rules" row)
measure() {	# PROG DIR ARGS...: "best-seconds median-peak-rss-kib"
	local prog=$1 d=$2 best=999999 t
	local -a rss=()
	shift 2
	for _ in $(seq 1 "$runs"); do
		# the time of the process alone (bash's clock, 1 ms)
		t=$( { TIMEFORMAT=%3R; time "$prog" -C "$d" -s ${rflag:+"$rflag"} "$@" \
		    >/dev/null 2>&1 || true; } 2>&1 )
		best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b) ? a : b }')
		# its peak RSS, in a run of its own
		/usr/bin/time -o "$dir/time" -f '%M' "$prog" -C "$d" -s ${rflag:+"$rflag"} \
		    "$@" >/dev/null 2>&1 || true
		rss+=("$(tail -n 1 "$dir/time")")
	done
	echo "$best $(printf '%s\n' "${rss[@]}" | sort -n |
	    awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
}

floor() {	# DIR: the best seconds of stat-floor on DIR
	local best=999999 t
	for _ in $(seq 1 "$runs"); do
		t=$( { TIMEFORMAT=%3R; time "$dir/stat-floor" "$1"; } 2>&1 )
		best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b) ? a : b }')
	done
	echo "$best"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }

noop_row() {	# SHAPE N LABEL: generate, time both and the floor, print
	local d=$dir/$1-$2 gt gr dt dr ft
	gen "$1" "$2" "$d"
	read -r gt gr < <(measure "$GMAKE" "$d" all)
	read -r dt dr < <(measure "$dmake" "$d" all)
	ft=$(floor "$d")
	echo "| $3 | $2 | $gt | $dt | $(ratio "$dt" "$gt") | $gr | $dr | $(ratio "$dr" "$gr") | $ft | $(ratio "$ft" "$gt") |"
	rm -rf "$d"
}

echo "| shape | targets | GNU make s | dmake s | time ratio | GNU make RSS KiB | dmake RSS KiB | RSS ratio | floor s | floor ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in $sizes; do
	for shape in wide deep pattern function vars; do
		noop_row "$shape" "$n" "$shape no-op"
	done
done

# the pattern shape again with GNU make's built-in rules, as a plain
# `make` runs: each source file is searched against ~90 rules, the RCS
# and SCCS ones among them; then a VPATH build (sources in src/, found
# through VPATH = inc lib src, objects in obj/), where each of those
# candidates is looked for in every VPATH directory too
if [ -n "${sizes// /}" ]; then
	n=10000
	rflag=
	for shape in pattern vpath; do
		noop_row "$shape" "$n" "$shape no-op, built-in rules (no -r)"
	done
	rflag=-r
fi

# -n of a full build and -j2 of 2,000 nodes with trivial recipes
d=$dir/build
awk 'BEGIN {
	printf "all:"; for (i = 1; i <= 2000; i++) printf " t%d", i; print ""
	for (i = 1; i <= 2000; i++) {
		printf "t%d:", i; if (i > 10) printf " t%d", i - 10; print ""
		print "\t@:"
	} }' > "$dir/graph.mk"
mkdir -p "$d"
cp "$dir/graph.mk" "$d/Makefile"
read -r gt gr < <(measure "$GMAKE" "$d" -n all)
read -r dt dr < <(measure "$dmake" "$d" -n all)
echo "| -n, 2,000 nodes | 2000 | $gt | $dt | $(ratio "$dt" "$gt") | $gr | $dr | $(ratio "$dr" "$gr") | – | – |"
read -r gt gr < <(measure "$GMAKE" "$d" -j2 all)
read -r dt dr < <(measure "$dmake" "$d" -j2 all)
echo "| -j2, 2,000 nodes, trivial recipes | 2000 | $gt | $dt | $(ratio "$dt" "$gt") | $gr | $dr | $(ratio "$dr" "$gr") | – | – |"
