#!/bin/bash
# bench/noop-10k.sh - parse-and-no-op time and peak memory of a generated
# 10,000-target Makefile, GNU make 4.3 against dmake, in one run.
# Usage: bench/noop-10k.sh [path/to/dmake] [targets]
set -euo pipefail
dmake=${1:-$(dirname "$0")/../build/src/dmake}
n=${2:-10000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
{
	echo "all: $(seq -f 't%g' 1 "$n" | tr '\n' ' ')"
	for i in $(seq 1 "$n"); do
		printf 't%d: s%d\n\t@cp $< $@\n' "$i" "$i"
	done
} > "$dir/Makefile"
(cd "$dir" && for i in $(seq 1 "$n"); do : > "s$i"; : > "t$i"; done)
run() { # run PROG: best of 5 wall seconds, then peak RSS in KiB
	local best=999 t rss
	for _ in 1 2 3 4 5; do
		t=$( { /usr/bin/time -f '%e %M' "$1" -C "$dir" -s -r all \
		    >/dev/null; } 2>&1 | tail -n1)
		rss=${t#* }; t=${t% *}
		best=$(echo "$t $best" | awk '{print ($1 < $2) ? $1 : $2}')
	done
	echo "$best $rss"
}
read -r gt gr < <(run /usr/bin/make)
read -r dt dr < <(run "$dmake")
echo "targets=$n gnu_make_s=$gt dmake_s=$dt time_ratio=$(awk -v a="$dt" -v b="$gt" 'BEGIN{printf "%.2f", a/b}') gnu_make_rss_kib=$gr dmake_rss_kib=$dr"
