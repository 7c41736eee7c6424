#!/bin/bash
# tests/scenario/pgxs.sh - a PostgreSQL extension built through PGXS, the
# makefiles PostgreSQL installs for extensions (pgxs.mk, Makefile.global,
# Makefile.shlib: $(shell pg_config --pgxs), conditionals on what the
# server was configured with, LLVM bitcode rules, installdirs and
# DESTDIR), by GNU make and by dmake in turn in the same directory: the
# same output, the same files built and installed, byte for byte.
#
# The extension ("greet") has a C module in two files with a header,
# DATA, DOCS and a control file.  Steps: all; all again (nothing to do);
# all after touching the header (PGXS has no header dependencies without
# --enable-depend: nothing to do, in both); install DESTDIR=; uninstall;
# clean.  Needs pg_config and the server headers (Debian:
# postgresql-server-dev-15, which scripts/setup-debian.sh installs), else
# "1..0 # SKIP".

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

require_dmake
require_gmake
require_real_dmake
require_cmd timeout find sort diff sha256sum sed pg_config
pgxs=$(pg_config --pgxs 2>/dev/null)
[ -f "$pgxs" ] || tap_skip_all "pg_config --pgxs names no file"
[ -f "$(pg_config --includedir-server)/postgres.h" ] ||
	tap_skip_all "no PostgreSQL server headers (Debian: postgresql-server-dev-15)"

makes_init	# W, the sandbox; mk, bad, names, envw
E=$W/ext

fresh() {
	rm -rf "$E"
	mkdir -p "$E" || tap_bail "mkdir $E"
	cat > "$E/Makefile" <<'EOF'
MODULE_big = greet
OBJS = greet.o words.o
EXTENSION = greet
DATA = greet--1.0.sql
DOCS = README.greet
PG_CPPFLAGS = -DGREET_TIMES=2
PG_CONFIG = pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)
EOF
	cat > "$E/greet.c" <<'EOF'
#include "postgres.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "words.h"

PG_MODULE_MAGIC;
PG_FUNCTION_INFO_V1(greet);

Datum
greet(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(greet_word(GREET_TIMES)));
}
EOF
	cat > "$E/words.h" <<'EOF'
const char *greet_word(int times);
EOF
	cat > "$E/words.c" <<'EOF'
#include "postgres.h"
#include "words.h"

const char *
greet_word(int times)
{
	return times > 1 ? "hello hello" : "hello";
}
EOF
	printf '%s\n' "CREATE FUNCTION greet() RETURNS text" \
	    "AS 'MODULE_PATHNAME' LANGUAGE C STRICT;" > "$E/greet--1.0.sql"
	printf '%s\n' "comment = 'dmake test'" "default_version = '1.0'" \
	    "module_pathname = '\$libdir/greet'" > "$E/greet.control"
	echo "greet: says hello" > "$E/README.greet"
}

# run NAME STEP ARGS...: NAME's make in E; W/NAME.STEP.out (its output
# with the names of the makes made the same, then the status) and .tree
# (every file under W but the outputs, with its hash: the extension and
# what was installed)
run() {
	local n=$1 s=$2 st
	shift 2
	step_run "$n" "$s" "$E" "${mk[$n]}" "$@"
	st=$?
	{ cat "$W/$n.$s.log"; echo "status $st"; } | unname_makes > "$W/$n.$s.out"
	tree_sums "$W" ext inst > "$W/$n.$s.tree"
}

for n in $names; do
	rm -rf "$W/inst"
	fresh
	run "$n" all all
	run "$n" again all
	touch "$E/words.h"
	run "$n" header all
	run "$n" install install "DESTDIR=$W/inst"
	run "$n" uninstall uninstall "DESTDIR=$W/inst"
	run "$n" clean clean
done

# (same_files STEP.out STEP.tree: the two makes' files for STEP are equal)
tap_plan 6
same_files all.out all.tree && has "$W/gnu.all.out" 'status 0' &&
    has_re "$W/gnu.all.tree" 'greet\.so'
tap_result $? "all: the same commands, greet.so and its bitcode byte for byte"
same_files again.out again.tree && lacks "$W/gnu.again.out" 'gcc|clang'
tap_result $? "all again: nothing compiled, the same output"
same_files header.out header.tree
tap_result $? "a header touched: the same (PGXS tracks no headers by default)"
same_files install.out install.tree &&
    has_re "$W/gnu.install.tree" 'inst/.*/greet\.control'
tap_result $? "install DESTDIR=: the same files installed, byte for byte"
same_files uninstall.out uninstall.tree &&
    lacks "$W/gnu.uninstall.tree" 'inst/.*/greet\.control'
tap_result $? "uninstall: the same files removed"
same_files clean.out clean.tree && lacks "$W/gnu.clean.tree" '\.so$'
tap_result $? "clean: the same output, the same files left"
tap_done
