#!/bin/bash
# tests/scenario/kbuild.sh - the Linux kernel's own build system (Kbuild),
# run by GNU make and by dmake on the same out-of-tree module: the same
# results expected.
#
# Kbuild is the kernel-style recursive build: a top Makefile of 2,000
# lines that re-invokes itself and scripts/Makefile.build once per
# directory ($(MAKE) -f ... obj=DIR), MAKEFLAGS edited by the makefiles
# (-rR, --include-dir, --no-print-directory) and inspected ($(findstring
# s,$(firstword -$(MAKEFLAGS)))), if_changed and its .*.cmd files read
# back with -include, fixdep's header dependencies, FORCE, .SECONDARY,
# $(eval), $(call) five levels deep, rules whose targets expand to
# nothing.  The installed headers package (linux-headers-ARCH on Debian,
# which scripts/setup-debian.sh installs) holds all of it.
#
# The module ("greet": two objects, a private header, a subdirectory with
# a second module) is built in the same directory by each make in turn,
# so that paths, and so every file, can be byte for byte the same.  The
# steps: modules; modules again (nothing to do); modules after touching a
# header only util.c includes; modules with KCFLAGS changed and V=1 (every
# object rebuilt by if_changed, the commands shown); modules with a
# compile error (status 2); modules -j2 after the fix; clean.  Each step's
# output is compared with the names of the makes made the same, and the
# files each step wrote.  Takes 10-30 s.  Without the headers or a C
# compiler: "1..0 # SKIP".
# shellcheck disable=SC2016 # check's conditions: quoted, check evals them

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

require_dmake
require_gmake
require_real_dmake
require_cmd timeout find sort diff sha256sum sed grep
command -v gcc >/dev/null 2>&1 || tap_skip_all "no gcc (the kernel's compiler)"

# The configured headers: a directory with the kernel's top Makefile and
# the configuration it was built with (Debian's linux-headers-*-ARCH).
K=
for d in /usr/src/linux-headers-*; do
	[ -f "$d/Makefile" ] && [ -f "$d/include/config/auto.conf" ] &&
	    [ -x "$d/scripts/basic/fixdep" ] && K=$d
done
[ -n "$K" ] || tap_skip_all "no configured kernel headers in /usr/src (Debian: apt-get install linux-headers-$(dpkg --print-architecture 2>/dev/null || echo ARCH))"

sandbox_new
W=$SANDBOX
mapfile -t envw < <(clean_env "$W")
M=$W/mod	# the module's directory, the same for both makes

# --- the module -------------------------------------------------------------------

fresh_module() {
	rm -rf "$M"
	mkdir -p "$M/sub" || tap_bail "mkdir $M"
	cat > "$M/Kbuild" <<'EOF'
obj-m := greet.o sub/
greet-y := main.o util.o
ccflags-y := -DGREET_DEFAULT=1
EOF
	cat > "$M/main.c" <<'EOF'
#include <linux/module.h>
#include <linux/init.h>
#include "util.h"

static int times = GREET_DEFAULT;
module_param(times, int, 0444);

static int __init greet_init(void)
{
	greet_say(times);
	return 0;
}

static void __exit greet_exit(void)
{
}

module_init(greet_init);
module_exit(greet_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("dmake's Kbuild test");
EOF
	cat > "$M/util.h" <<'EOF'
void greet_say(int times);
EOF
	cat > "$M/util-private.h" <<'EOF'
#define GREET_WORD "hello"
EOF
	cat > "$M/util.c" <<'EOF'
#include <linux/kernel.h>
#include <linux/printk.h>
#include "util.h"
#include "util-private.h"

void greet_say(int times)
{
	int i;

	for (i = 0; i < times; i++)
		pr_info("%s\n", GREET_WORD);
}
EOF
	cat > "$M/sub/Kbuild" <<'EOF'
obj-m := extra.o
EOF
	cat > "$M/sub/extra.c" <<'EOF'
#include <linux/module.h>
MODULE_LICENSE("GPL");
EOF
}

# --- running the two makes -------------------------------------------------------

declare -A mk=([gnu]=$GMAKE [dmake]=$DMAKE)
names='gnu dmake'

# norm: the output with each make's name and path made "make"
norm() {
	sed -E -e "s|$DMAKE|make|g" -e "s|$GMAKE|make|g" \
	    -e 's/^d?make(\[[0-9]+\])?:/make\1:/'
}

# step NAME STEP ARGS...: NAME's make with ARGS in the kernel's directory
# for the module; W/NAME.STEP.out its output (normalised), .rc its status,
# .changed the files it wrote (sorted), .files every file with its hash
step() {
	local n=$1 s=$2 m=${mk[$1]}
	shift 2
	touch "$W/stamp"
	sleep 1
	(cd "$W" && timeout 300 "${envw[@]}" "$m" -C "$K" "M=$M" "$@" \
	    </dev/null > "$W/$n.$s.raw" 2>&1)
	echo $? > "$W/$n.$s.rc"
	norm < "$W/$n.$s.raw" > "$W/$n.$s.out"
	(cd "$M" && find . ! -type d -newer "$W/stamp" | LC_ALL=C sort) \
	    > "$W/$n.$s.changed"
	(cd "$M" && find . -type f | LC_ALL=C sort | xargs -r sha256sum) \
	    > "$W/$n.$s.files"
}

for n in $names; do
	fresh_module
	step "$n" build modules
	step "$n" noop modules
	touch "$M/util-private.h"
	step "$n" header modules
	step "$n" flags modules V=1 KCFLAGS=-DGREET_EXTRA=2
	cp "$M/main.c" "$W/main.c.good"
	echo 'int broken(void) { return }' >> "$M/main.c"
	step "$n" error modules
	cp "$W/main.c.good" "$M/main.c"
	step "$n" parallel -j2 modules
	step "$n" clean clean
done

# same S WHAT: the two makes' W/NAME.S.WHAT files are equal, else the
# diff as diagnostics
same() {
	diff -u --label "gnu.$1.$2" --label "dmake.$1.$2" \
	    "$W/gnu.$1.$2" "$W/dmake.$1.$2" > "$W/diff" && return 0
	head -n 40 "$W/diff" | tap_diag
	return 1
}

# check NAME COND...: one TAP test, ok when every command in COND passes
check() {
	local name=$1 ok=0
	shift
	for c in "$@"; do
		eval "$c" || { tap_diag "failed: $c"; ok=1; }
	done
	tap_result $ok "$name"
}

rc() { cat "$W/$1.$2.rc"; }
has() { grep -q -- "$3" "$W/$1.$2.$4"; }
count() { wc -l < "$W/$1.$2.files"; }

tap_plan 8
check "modules: both succeed with the same output" \
    '[ "$(rc gnu build)" = 0 ]' '[ "$(rc dmake build)" = 0 ]' \
    'has gnu build "LD \[M\]  .*/greet.ko" out' \
    'same build out'
check "modules: the same $(count gnu build) files, byte for byte (greet.ko, sub/extra.ko, the .cmd files)" \
    'has gnu build "\./greet\.ko$" files' \
    'has gnu build "\./sub/extra\.ko$" files' \
    'has gnu build "\./\.util\.o\.cmd$" files' \
    'same build files'
check "modules again: nothing written, the same output" \
    '[ "$(rc gnu noop)" = 0 ]' '[ "$(rc dmake noop)" = 0 ]' \
    '[ ! -s "$W/gnu.noop.changed" ]' '[ ! -s "$W/dmake.noop.changed" ]' \
    'same noop out'
check "a header only util.c includes: util.o and what links it made again, not main.o" \
    '[ "$(rc dmake header)" = 0 ]' \
    'has gnu header "^\./util\.o$" changed' \
    '! has gnu header "^\./main\.o$" changed' \
    'same header changed' 'same header out' 'same header files'
check "KCFLAGS changed, V=1: if_changed makes every object again, the same commands" \
    '[ "$(rc dmake flags)" = 0 ]' \
    'has gnu flags "^\./main\.o$" changed' \
    'has gnu flags "^\./sub/extra\.o$" changed' \
    'has gnu flags "GREET_EXTRA=2" out' \
    'same flags changed' 'same flags out' 'same flags files'
check "a compile error: status 2, the same messages, the same files left" \
    '[ "$(rc gnu error)" = 2 ]' '[ "$(rc dmake error)" = 2 ]' \
    'has gnu error "Error 1" out' \
    'same error out' 'same error files'
# -j2: the lines may come in another order
for n in $names; do
	LC_ALL=C sort "$W/$n.parallel.out" > "$W/$n.parallel.sorted"
done
check "modules -j2 after the fix: the same files, byte for byte, the same lines" \
    '[ "$(rc gnu parallel)" = 0 ]' '[ "$(rc dmake parallel)" = 0 ]' \
    'same parallel files' 'same parallel sorted'
check "clean: the same output, only the sources left" \
    '[ "$(rc dmake clean)" = 0 ]' \
    '! has gnu clean "\.ko$" files' \
    'same clean out' 'same clean files'
tap_done
