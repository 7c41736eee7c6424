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

sandbox_new
W=$SANDBOX
mapfile -t envw < <(clean_env "$W")
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

declare -A mk=([gnu]=$GMAKE [dmake]=$DMAKE)

# run NAME STEP ARGS...: NAME's make in E; W/NAME.STEP.out (names of the
# makes made the same, then the status) and .tree (every file under W
# but the outputs, with its hash: the extension and what was installed)
run() {
	local n=$1 s=$2
	shift 2
	(cd "$E" && timeout 120 "${envw[@]}" "${mk[$n]}" "$@" </dev/null 2>&1;
	    echo "status $?") | sed -E -e "s|$DMAKE|make|g" -e "s|$GMAKE|make|g" \
	    -e 's/^d?make(\[[0-9]+\])?:/make\1:/' > "$W/$n.$s.out"
	(cd "$W" && find ext inst -type f 2>/dev/null | LC_ALL=C sort |
	    xargs -r sha256sum) > "$W/$n.$s.tree"
}

for n in gnu dmake; do
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

# compare STEP WHAT...: the two makes' files for STEP are equal
compare() {
	local s=$1 w ok=0
	shift
	for w in "$@"; do
		if ! diff -u --label "gnu.$s.$w" --label "dmake.$s.$w" \
		    "$W/gnu.$s.$w" "$W/dmake.$s.$w" > "$W/diff"; then
			# shellcheck disable=SC2119 # tap_diag reads stdin
			head -n 30 "$W/diff" | tap_diag
			ok=1
		fi
	done
	return $ok
}

tap_plan 6
compare all out tree && grep -q '^status 0$' "$W/gnu.all.out" &&
    grep -q 'greet\.so' "$W/gnu.all.tree"
tap_result $? "all: the same commands, greet.so and its bitcode byte for byte"
compare again out tree && ! grep -q 'gcc\|clang' "$W/gnu.again.out"
tap_result $? "all again: nothing compiled, the same output"
compare header out tree
tap_result $? "a header touched: the same (PGXS tracks no headers by default)"
compare install out tree && grep -q 'inst/.*/greet\.control' "$W/gnu.install.tree"
tap_result $? "install DESTDIR=: the same files installed, byte for byte"
compare uninstall out tree && ! grep -q 'inst/.*/greet\.control' "$W/gnu.uninstall.tree"
tap_result $? "uninstall: the same files removed"
compare clean out tree && ! grep -q '\.so$' "$W/gnu.clean.tree"
tap_result $? "clean: the same output, the same files left"
tap_done
