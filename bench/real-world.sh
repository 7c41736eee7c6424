#!/bin/bash
# bench/real-world.sh - the no-op ("nothing to be done") of three real
# build systems, GNU make 4.3 against dmake, in one run:
#   automake  dmake's own build tree (an Automake-generated Makefile of
#             ~2,000 lines: `make all` in the build directory given);
#   kbuild    a one-file Linux kernel module through the kernel's Kbuild
#             (Debian's linux-headers-*: the top Makefile recurses into
#             scripts/Makefile.build and runs $(shell) checks);
#   pgxs      a PostgreSQL extension through PGXS (pg_config --pgxs).
# A row is skipped (and says so) when its tools are missing.  Each tree
# is built once by GNU make first; then each program runs it RUNS times
# (best wall time kept, bash's clock) and once more under GNU time for
# its peak RSS.  GNU time's RSS is that of the make or of its biggest
# child, whichever is larger: Kbuild's children (the compiler's checks)
# dominate it.
# Usage: bench/real-world.sh [path/to/dmake] [runs] [build-dir]
set -euo pipefail
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
dmake=${1:-$here/../build/src/dmake}
runs=${2:-5}
build=${3:-$here/../build}
GMAKE=/usr/bin/make
[ -x /usr/bin/time ] || { echo "real-world.sh: needs /usr/bin/time" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

measure() {	# PROG ARGS...: "best-seconds peak-rss-kib"
	local prog=$1 best=999999 t
	shift
	for _ in $(seq 1 "$runs"); do
		t=$( { TIMEFORMAT=%3R; time "$prog" "$@" >/dev/null 2>&1 || true; } 2>&1 )
		best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b) ? a : b }')
	done
	/usr/bin/time -o "$dir/time" -f '%M' "$prog" "$@" >/dev/null 2>&1 || true
	echo "$best $(tail -n 1 "$dir/time")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }

row() {	# NAME ARGS...: both programs on the same arguments
	local name=$1 gt gr dt dr
	shift
	read -r gt gr < <(measure "$GMAKE" "$@")
	read -r dt dr < <(measure "$dmake" "$@")
	echo "| $name | $gt | $dt | $(ratio "$dt" "$gt") | $gr | $dr | $(ratio "$dr" "$gr") |"
}

echo "| no-op of | GNU make s | dmake s | time ratio | GNU make RSS KiB | dmake RSS KiB | RSS ratio |"
echo "|---|---|---|---|---|---|---|"

if [ -f "$build/Makefile" ]; then
	"$GMAKE" -C "$build" -s all >/dev/null 2>&1 || true
	row "automake: dmake's build tree" -C "$build" -s all
else
	echo "| automake: skipped (no $build/Makefile) | | | | | | |"
fi

K=
for d in /usr/src/linux-headers-*; do
	[ -f "$d/include/config/auto.conf" ] && K=$d
done
if [ -n "$K" ] && command -v gcc >/dev/null; then
	mkdir -p "$dir/kmod"
	printf '#include <linux/module.h>\nMODULE_LICENSE("GPL");\n' > "$dir/kmod/a.c"
	echo 'obj-m := a.o' > "$dir/kmod/Kbuild"
	"$GMAKE" -C "$K" "M=$dir/kmod" modules >/dev/null 2>&1
	row "kbuild: a module ($(basename "$K"))" -s -C "$K" "M=$dir/kmod" modules
else
	echo "| kbuild: skipped (no configured /usr/src/linux-headers-*) | | | | | | |"
fi

if command -v pg_config >/dev/null &&
    [ -f "$(pg_config --includedir-server)/postgres.h" ]; then
	mkdir -p "$dir/pgx"
	printf '#include "postgres.h"\n#include "fmgr.h"\nPG_MODULE_MAGIC;\n' > "$dir/pgx/x.c"
	# shellcheck disable=SC2016 # make's $(...), not the shell's
	printf 'MODULES = x\nPG_CONFIG = pg_config\nPGXS := $(shell $(PG_CONFIG) --pgxs)\ninclude $(PGXS)\n' \
	    > "$dir/pgx/Makefile"
	"$GMAKE" -C "$dir/pgx" >/dev/null 2>&1
	row "pgxs: an extension" -s -C "$dir/pgx"
else
	echo "| pgxs: skipped (no pg_config or server headers) | | | | | | |"
fi
