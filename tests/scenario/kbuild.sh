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

makes_init	# W, the sandbox; mk, bad, names, envw
STEP_TIMEOUT=300	# step_run's limit
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

# step NAME STEP ARGS...: NAME's make with ARGS in the kernel's directory
# for the module; W/NAME.STEP.log its output, .out the output with the
# makes' names made the same, .rc its status, .changed the files it wrote
# (sorted), .files every file with its hash
step() {
	local n=$1 s=$2 m=${mk[$1]}
	shift 2
	touch "$W/stamp"
	sleep 1
	step_run "$n" "$s" "$W" "$m" -C "$K" "M=$M" "$@"
	echo $? > "$W/$n.$s.rc"
	unname_makes < "$W/$n.$s.log" > "$W/$n.$s.out"
	files_newer "$M" "$W/stamp" > "$W/$n.$s.changed"
	tree_sums "$M" > "$W/$n.$s.files"
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
count() { wc -l < "$W/$1.$2.files"; }

tap_plan 8
check "modules: both succeed with the same output" \
    '[ "$(rc gnu build)" = 0 ]' '[ "$(rc dmake build)" = 0 ]' \
    'has_re "$W/gnu.build.out" "LD \[M\]  .*/greet.ko"' \
    'same_files build.out'
check "modules: the same $(count gnu build) files, byte for byte (greet.ko, sub/extra.ko, the .cmd files)" \
    'has_re "$W/gnu.build.files" "\./greet\.ko$"' \
    'has_re "$W/gnu.build.files" "\./sub/extra\.ko$"' \
    'has_re "$W/gnu.build.files" "\./\.util\.o\.cmd$"' \
    'same_files build.files'
check "modules again: nothing written, the same output" \
    '[ "$(rc gnu noop)" = 0 ]' '[ "$(rc dmake noop)" = 0 ]' \
    '[ ! -s "$W/gnu.noop.changed" ]' '[ ! -s "$W/dmake.noop.changed" ]' \
    'same_files noop.out'
check "a header only util.c includes: util.o and what links it made again, not main.o" \
    '[ "$(rc dmake header)" = 0 ]' \
    'has_re "$W/gnu.header.changed" "^\./util\.o$"' \
    'lacks "$W/gnu.header.changed" "^\./main\.o$"' \
    'same_files header.changed' 'same_files header.out' 'same_files header.files'
check "KCFLAGS changed, V=1: if_changed makes every object again, the same commands" \
    '[ "$(rc dmake flags)" = 0 ]' \
    'has_re "$W/gnu.flags.changed" "^\./main\.o$"' \
    'has_re "$W/gnu.flags.changed" "^\./sub/extra\.o$"' \
    'has_re "$W/gnu.flags.out" "GREET_EXTRA=2"' \
    'same_files flags.changed' 'same_files flags.out' 'same_files flags.files'
check "a compile error: status 2, the same messages, the same files left" \
    '[ "$(rc gnu error)" = 2 ]' '[ "$(rc dmake error)" = 2 ]' \
    'has_re "$W/gnu.error.out" "Error 1"' \
    'same_files error.out' 'same_files error.files'
# -j2: the lines may come in another order
for n in $names; do
	LC_ALL=C sort "$W/$n.parallel.out" > "$W/$n.parallel.sorted"
done
check "modules -j2 after the fix: the same files, byte for byte, the same lines" \
    '[ "$(rc gnu parallel)" = 0 ]' '[ "$(rc dmake parallel)" = 0 ]' \
    'same_files parallel.files' 'same_files parallel.sorted'
check "clean: the same output, only the sources left" \
    '[ "$(rc dmake clean)" = 0 ]' \
    'lacks "$W/gnu.clean.files" "\.ko$"' \
    'same_files clean.out' 'same_files clean.files'
tap_done
