#!/bin/bash
# tests/scenario/handwritten.sh - a C project with a hand-written,
# non-recursive Makefile of the kind git, redis or sqlite have, built by
# GNU make and by dmake in turn in the same directory: the same output,
# status and files at every step.
#
# The Makefile ("tally": a static library and two programs) uses what
# such Makefiles use: quiet commands with V=1 ($(QUIET_CC) and friends
# under ifndef V); a version file rewritten by a script only when the
# version changed, made through a FORCE target and included (so that
# the makefile is remade and read again when it changes); -MMD -MP
# dependency files pulled in with -include; objects in a build directory
# made through order-only prerequisites; a generated config.h every
# object depends on; `ar rcs`; per-program link rules from
# $(foreach ... $(eval $(call ...))); target-specific `LDLIBS += -lm`;
# `override CFLAGS +=`; export; $(shell uname -s); $(wildcard),
# $(patsubst), $(sort), $(filter ... $(MAKECMDGOALS)); .DELETE_ON_ERROR,
# .SUFFIXES:, .PHONY; a check target; install with DESTDIR and
# $(INSTALL); a dist tarball; a sub-make for a subdirectory (`$(MAKE)
# -C doc`).
#
# Steps: build; again (nothing to do); a header touched (its dependents
# only); a .c edited; V=1 after clean; -j4 from clean (its lines as a
# set: -j orders them its own way); check; install DESTDIR=; dist; a
# build broken by a syntax error, plain, with -k and with -j2 -k (lines
# as a set); -n from clean; -q; clean; distclean.  Needs a C compiler
# (cc), ar, tar; else "1..0 # SKIP".

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

require_dmake
require_gmake
require_real_dmake
require_cmd timeout find sort diff sha256sum sed tar gzip cc ar install

makes_init	# W, the sandbox; mk, bad, names, envw
P=$W/tally

fresh() {
	rm -rf "$P"
	mkdir -p "$P/lib" "$P/src" "$P/include" "$P/doc" "$P/scripts" ||
		tap_bail "mkdir $P"
	cat > "$P/Makefile" <<'EOF'
# tally - counts words and sums numbers
all::

-include tally-version.mk
tally-version.mk: FORCE
	@$(SHELL) scripts/gen-version.sh $@

uname_S := $(shell uname -s 2>/dev/null || echo unknown)
ifeq ($(uname_S),Linux)
  PLATFORM_CFLAGS = -DTALLY_LINUX
endif

CC ?= cc
AR = ar
INSTALL ?= install
CFLAGS = -O1 -g0
override CFLAGS += -Wall -Iinclude -Ibuild $(PLATFORM_CFLAGS)
prefix = /usr/local
bindir = $(prefix)/bin
export TALLY_TOP := $(CURDIR)

ifndef V
  QUIET_CC   = @echo '   ' CC $@;
  QUIET_AR   = @echo '   ' AR $@;
  QUIET_LINK = @echo '   ' LINK $@;
  QUIET_GEN  = @echo '   ' GEN $@;
endif

LIB_SRCS := $(sort $(wildcard lib/*.c))
LIB_OBJS := $(patsubst %.c,build/%.o,$(LIB_SRCS))
PROGRAMS := words sum
ALL_OBJS := $(LIB_OBJS) $(PROGRAMS:%=build/src/%.o)
DEP_FILES := $(ALL_OBJS:.o=.d)
OBJ_DIRS := $(sort $(dir $(ALL_OBJS)))

.SUFFIXES:
.DELETE_ON_ERROR:
.PHONY: all check install clean distclean dist FORCE

all:: $(PROGRAMS) docs

build/config.h: tally-version.mk | build/
	$(QUIET_GEN)printf '#define TALLY_VERSION "%s"\n' '$(TALLY_VERSION)' > $@

$(OBJ_DIRS) build/:
	@mkdir -p $@

build/%.o: %.c build/config.h | $(OBJ_DIRS)
	$(QUIET_CC)$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

build/libtally.a: $(LIB_OBJS)
	$(QUIET_AR)rm -f $@ && $(AR) rcs $@ $^

define program_rule
$(1): build/src/$(1).o build/libtally.a
	$$(QUIET_LINK)$$(CC) $$(CFLAGS) -o $$@ $$^ $$(LDLIBS)
endef
$(foreach p,$(PROGRAMS),$(eval $(call program_rule,$(p))))

sum: LDLIBS += -lm

docs:
	@$(MAKE) -C doc --no-print-directory

check: all
	@printf 'a b  c\nd\n' | ./words | grep -qx 4 && echo 'words: ok'
	@./sum 1.5 2.5 4 | grep -qx 8 && echo 'sum: ok'
	@echo "tested $(TALLY_VERSION) on $(uname_S)"

install: all
	$(INSTALL) -d $(DESTDIR)$(bindir)
	$(INSTALL) -m 755 $(PROGRAMS) $(DESTDIR)$(bindir)

DIST_FILES := Makefile $(sort $(wildcard lib/*.c include/*.h src/*.c scripts/*.sh doc/Makefile doc/*.txt))
dist: tally-$(TALLY_VERSION).tar.gz
tally-$(TALLY_VERSION).tar.gz: $(DIST_FILES)
	$(QUIET_GEN)rm -rf tally-$(TALLY_VERSION) && mkdir tally-$(TALLY_VERSION) && \
	  tar cf - $^ | (cd tally-$(TALLY_VERSION) && tar xf -) && \
	  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - tally-$(TALLY_VERSION) | gzip -n > $@ && \
	  rm -rf tally-$(TALLY_VERSION)

clean:
	rm -rf build $(PROGRAMS)
	@$(MAKE) -C doc --no-print-directory clean

distclean: clean
	rm -f tally-version.mk tally-*.tar.gz

ifeq ($(filter clean distclean,$(MAKECMDGOALS)),)
-include $(DEP_FILES)
endif
EOF
	cat > "$P/scripts/gen-version.sh" <<'EOF'
#!/bin/sh
# writes TALLY_VERSION into $1 only when it changed
v=$(cat VERSION 2>/dev/null || echo 0.0)
new="TALLY_VERSION = $v"
if [ "$(cat "$1" 2>/dev/null)" != "$new" ]; then
	echo "$new" > "$1"
	echo "version $v" >&2
fi
EOF
	echo 1.4 > "$P/VERSION"
	cat > "$P/include/tally.h" <<'EOF'
#ifndef TALLY_H
#define TALLY_H
long tally_words(const char *s);
double tally_sum(int n, char **v);
#endif
EOF
	cat > "$P/include/strutil.h" <<'EOF'
#ifndef STRUTIL_H
#define STRUTIL_H
int is_blank(int c);
#endif
EOF
	cat > "$P/lib/strutil.c" <<'EOF'
#include "strutil.h"
int is_blank(int c) { return c == ' ' || c == '\t' || c == '\n'; }
EOF
	cat > "$P/lib/words.c" <<'EOF'
#include "strutil.h"
#include "tally.h"
long
tally_words(const char *s)
{
	long n = 0;
	int in = 0;

	for (; *s; s++) {
		if (is_blank((unsigned char)*s))
			in = 0;
		else if (!in++)
			n++;
	}
	return n;
}
EOF
	cat > "$P/lib/sum.c" <<'EOF'
#include <math.h>
#include <stdlib.h>
#include "tally.h"
double
tally_sum(int n, char **v)
{
	double t = 0;

	while (n-- > 0)
		t += strtod(*v++, NULL);
	return floor(t * 1000 + 0.5) / 1000;
}
EOF
	cat > "$P/src/words.c" <<'EOF'
#include <stdio.h>
#include "config.h"
#include "tally.h"
int
main(void)
{
	char buf[4096];
	long n = 0;

	while (fgets(buf, sizeof(buf), stdin))
		n += tally_words(buf);
	printf("%ld\n", n);
	return 0;
}
EOF
	cat > "$P/src/sum.c" <<'EOF'
#include <math.h>
#include <stdio.h>
#include "config.h"
#include "tally.h"
int
main(int argc, char **argv)
{
	printf("%g\n", fabs(tally_sum(argc - 1, argv + 1)));
	return 0;
}
EOF
	cat > "$P/doc/Makefile" <<'EOF'
all: tally.1
tally.1: tally.txt
	@echo '   ' MAN $@ in $(notdir $(CURDIR)) for $(notdir $(TALLY_TOP))
	@sed 's/^/.\\" /' $< > $@
clean:
	rm -f tally.1
EOF
	echo "tally counts words and sums numbers" > "$P/doc/tally.txt"
}

# run NAME STEP [SORT] ARGS...: NAME's make in P; W/NAME.STEP.out (its
# output with the makes' names made the same, sorted if SORT is "sort",
# then the status) and W/NAME.STEP.tree (every file under P and the
# install tree, with its hash)
run() {
	local n=$1 s=$2 how=cat st
	shift 2
	if [ "${1:-}" = sort ]; then
		how='env LC_ALL=C sort'
		shift
	fi
	step_run "$n" "$s" "$P" "${mk[$n]}" "$@"
	st=$?
	{ unname_makes < "$W/$n.$s.log" | $how; echo "status $st"; } \
		> "$W/$n.$s.out"
	tree_sums "$W" tally inst > "$W/$n.$s.tree"
}

for n in $names; do
	rm -rf "$W/inst"
	fresh
	run "$n" build
	run "$n" again
	touch "$P/include/strutil.h"
	run "$n" header
	sed -i 's/return n;/return n + 0;/' "$P/lib/words.c"
	run "$n" edit
	run "$n" verbose-clean clean
	run "$n" verbose V=1
	run "$n" j4-clean clean
	run "$n" j4 sort -j4
	run "$n" check check
	run "$n" install install "DESTDIR=$W/inst"
	echo 1.5 > "$P/VERSION"
	run "$n" dist dist
	echo 'int broken(void) { return }' >> "$P/lib/strutil.c"
	run "$n" broken
	run "$n" broken-k -k
	run "$n" broken-j sort -j2 -k
	sed -i '$d' "$P/lib/strutil.c"
	run "$n" n-clean clean
	run "$n" dry-run -n
	run "$n" question -q
	run "$n" built
	run "$n" question-built -q
	run "$n" clean clean
	run "$n" distclean distclean
done

tap_plan 16
same_files build.out build.tree && has "$W/gnu.build.out" 'status 0' &&
    has "$W/gnu.build.out" '    LINK words' '    AR build/libtally.a' \
    'version 1.4' '    MAN tally.1 in doc for tally' &&
    has_re "$W/gnu.build.tree" '  tally/build/lib/words\.d$' '  tally/sum$'
tap_result $? "build: the same lines, programs, objects and dependency files"
same_files again.out again.tree && lacks "$W/gnu.again.out" ' CC | LINK '
tap_result $? "again: nothing made, the same output"
same_files header.out header.tree && has "$W/gnu.header.out" \
    '    CC build/lib/strutil.o' '    CC build/lib/words.o' '    LINK sum' &&
    lacks "$W/gnu.header.out" 'CC build/src/' 'CC build/lib/sum'
tap_result $? "a header touched: what includes it, through the .d files, the same"
same_files edit.out edit.tree && has "$W/gnu.edit.out" '    CC build/lib/words.o' \
    '    LINK words' && lacks "$W/gnu.edit.out" 'CC build/lib/sum'
tap_result $? "a .c edited: its object, the library and the programs, the same"
same_files verbose.out verbose.tree &&
    has_re "$W/gnu.verbose.out" '^cc -O1 -g0 -Wall -Iinclude -Ibuild -DTALLY_LINUX -MMD -MP -c -o build/lib/sum\.o lib/sum\.c$' \
    '^cc .* -o sum build/src/sum\.o build/libtally\.a -lm$'
tap_result $? "V=1: the whole commands, the target-specific LDLIBS, the same"
same_files j4.out j4.tree && has "$W/gnu.j4.out" 'status 0'
tap_result $? "-j4 from clean: the same lines (as a set) and files"
same_files check.out && has "$W/gnu.check.out" 'words: ok' 'sum: ok' \
    'tested 1.4 on Linux'
tap_result $? "check: the programs work, the same output"
same_files install.out install.tree &&
    has_re "$W/gnu.install.tree" '  inst/usr/local/bin/words$'
tap_result $? "install DESTDIR=: the same files installed"
same_files dist.out dist.tree && has "$W/gnu.dist.out" 'version 1.5' &&
    has_re "$W/gnu.dist.tree" '  tally/tally-1\.5\.tar\.gz$'
tap_result $? "dist: the version file remade and read again, the same tarball"
same_files broken.out broken.tree && has "$W/gnu.broken.out" 'status 2' &&
    has_re "$W/gnu.broken.out" '^make: \*\*\* \[Makefile:[0-9]+: build/lib/strutil\.o\] Error 1$'
tap_result $? "a syntax error: the same messages and status"
same_files broken-k.out broken-k.tree &&
    has_re "$W/gnu.broken-k.out" 'Target .all. not remade because of errors'
tap_result $? "-k: the same messages, the same targets made despite it"
same_files broken-j.out broken-j.tree && has "$W/gnu.broken-j.out" 'status 2'
tap_result $? "-j2 -k: the same lines (as a set), status and files"
same_files dry-run.out dry-run.tree && has_re "$W/gnu.dry-run.out" \
    'cc .* -c -o build/lib/words\.o lib/words\.c$' '^make -C doc' &&
    lacks "$W/gnu.dry-run.tree" '  tally/build/'
tap_result $? "-n from clean: the same commands printed, nothing built"
same_files question.out question-built.out &&
    has "$W/gnu.question.out" 'status 1' && has "$W/gnu.question-built.out" 'status 0'
tap_result $? "-q: 1 when something is to do, 0 after a build, the same"
same_files clean.out clean.tree && lacks "$W/gnu.clean.tree" '  tally/build/'
tap_result $? "clean: the same output, the same files left"
same_files distclean.out distclean.tree &&
    lacks "$W/gnu.distclean.tree" 'tally-version\.mk|\.tar\.gz$'
tap_result $? "distclean: the same output, the same files left"
tap_done
