#!/bin/bash
# tests/scenario/self-build.sh - a real Autotools project built with dmake
# as its make: dmake's own source tree, configured out of tree twice, once
# driven by GNU make and once by dmake (MAKE is then dmake, so every
# recursive make of Automake's Makefile is dmake too): build with -j2,
# `check` of two unit-test programs through Automake's TAP driver,
# `install DESTDIR=`, `distclean`.  Both must succeed with the same
# results: the same files installed, the same test counts, the same
# files left after distclean; and the dmake that dmake built must run.
# Output is TAP; without a generated configure in the source tree (a
# fresh git clone before autoreconf), "1..0 # SKIP".

set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

require_dmake
require_gmake
[ -x "$top/configure" ] || tap_skip_all "no configure in $top (run autoreconf -fi)"
require_real_dmake
require_cmd timeout find sort diff

sandbox_new
W=$SANDBOX
mapfile -t envw < <(clean_env "$W")
tests='tests/unit/t-strbuf tests/unit/t-util'

# one NAME MAKE: configure in W/NAME and run the steps with MAKE; each
# step's output in W/NAME.STEP.log; prints the first step that failed
one() {
	local n=$1 d=$W/$1 m=$2 step
	mkdir -p "$d"
	(cd "$d" && timeout 300 "${envw[@]}" "$top/configure" --quiet \
	    CFLAGS='-O0 -g' </dev/null > "$W/$n.configure.log" 2>&1) ||
		{ echo configure; return; }
	for step in build check install distclean; do
		case $step in
		build) set -- -j2 ;;
		check) set -- check "TESTS=$tests" ;;
		install) set -- install "DESTDIR=$W/$n.inst" ;;
		distclean)
			[ "$n" = dmake ] && cp "$d/src/dmake" "$W/built-dmake"
			set -- distclean ;;
		esac
		(cd "$d" && timeout 300 "${envw[@]}" "$m" "$@" </dev/null \
		    > "$W/$n.$step.log" 2>&1) || { echo "$step"; return; }
	done
}

counts() {	# LOG: Automake's summary counts
	grep -E '^# (TOTAL|PASS|SKIP|XFAIL|FAIL|XPASS|ERROR):' "$1"
}

tap_plan 5
bad_g=$(one gnu "$GMAKE")
bad_d=$(one dmake "$DMAKE")
if [ -z "$bad_g" ]; then
	tap_ok "GNU make: configure, build -j2, check, install, distclean"
else
	tap_not_ok "GNU make failed at $bad_g"
	tail -n 20 "$W/gnu.$bad_g.log" | tap_diag
fi
if [ -z "$bad_d" ]; then
	tap_ok "dmake: configure, build -j2, check, install, distclean"
else
	tap_not_ok "dmake failed at $bad_d"
	tail -n 20 "$W/dmake.$bad_d.log" | tap_diag
fi

(cd "$W/gnu.inst" 2>/dev/null && find . | sort) > "$W/gnu.installed"
(cd "$W/dmake.inst" 2>/dev/null && find . | sort) > "$W/dmake.installed"
if [ -s "$W/gnu.installed" ] &&
    diff -u "$W/gnu.installed" "$W/dmake.installed" > "$W/inst.diff"; then
	tap_ok "the same $(wc -l < "$W/gnu.installed") files installed"
else
	tap_not_ok "installed files differ"
	tap_diag < "$W/inst.diff"
fi

counts "$W/gnu.check.log" > "$W/gnu.counts"
counts "$W/dmake.check.log" > "$W/dmake.counts"
(cd "$W/gnu" && find . | sort) > "$W/gnu.left"
(cd "$W/dmake" && find . | sort) > "$W/dmake.left"
if [ -s "$W/gnu.counts" ] && grep -q '^# FAIL: *0$' "$W/dmake.counts" &&
    cmp -s "$W/gnu.counts" "$W/dmake.counts" &&
    cmp -s "$W/gnu.left" "$W/dmake.left"; then
	# (no '#' in the description: "# SKIP" there would be TAP's)
	tap_ok "check: the same counts ($(tr -d '#' < "$W/dmake.counts" |
	    tr -s ' \n' ' ')); distclean: the same files left"
else
	tap_not_ok "check counts or distclean leftovers differ"
	diff "$W/gnu.counts" "$W/dmake.counts" | tap_diag
	diff "$W/gnu.left" "$W/dmake.left" | tap_diag
fi

printf 'all:\n\t@echo built by dmake\n' > "$W/hello.mk"
out=$("${envw[@]}" "$W/built-dmake" -f "$W/hello.mk" 2>&1)
if [ "$out" = "built by dmake" ]; then
	tap_ok "the dmake that dmake built runs a makefile"
else
	tap_not_ok "the dmake that dmake built: $out"
fi
tap_done
