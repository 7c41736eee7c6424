#!/bin/bash
# tests/scenario/handwritten-git.sh - a C project with a hand-written,
# non-recursive Makefile in the style of git's, redis's or sqlite's, built
# by GNU make and by dmake in turn: the same output, the same status and
# the same files, byte for byte, at every step.
#
# The project ("frob") is written by this script: one Makefile and two
# included fragments (mk/quiet.mk: git's QUIET_* prefixes under `ifndef V`,
# chosen by looking at $(firstword -$(MAKEFLAGS)) for -s and -w; mk/prog.mk:
# a define'd template for the programs' link rules), with
#   - VERSION-FILE remade through a FORCE target by a script that rewrites
#     it only when the version changed, then -include'd (GIT-VERSION-FILE);
#   - FROB-CFLAGS, the compiler flags written to a file when they changed,
#     which every object depends on (git's GIT-CFLAGS);
#   - -MMD -MP dependency files, -include'd unless the goal is clean;
#   - objects under build/ with order-only | $(dirs) and mkdir -p; a
#     generated config.h (a script) all objects depend on; a generated .c
#     from a tool that a sub-make ($(MAKE) -C sub, git's QUIET_SUBDIR) builds;
#   - a static library (ar rcs) and two programs from $(foreach $(eval
#     $(call))), target-specific LDLIBS += -lm, a pattern-specific and a
#     target-specific EXTRA_CPPFLAGS, override CFLAGS +=, export, uname
#     through $(shell), $(wildcard) $(patsubst) $(sort) $(addprefix),
#     .PHONY, .DELETE_ON_ERROR, .SUFFIXES:;
#   - check (the programs run), install with DESTDIR and $(INSTALL) (git's
#     _SQ quoting), dist (a reproducible tar of a file list), clean and
#     distclean.
# Each make gets a fresh copy of the project at the same absolute path (so
# that the objects' debug information is the same) and runs, in order: a
# build; a build again (nothing to do); a build after touching a header,
# after editing a .c, after changing the version; V=1 CFLAGS=-O1 (new build
# flags: all rebuilt, the sub-make shown); -s; -w; -o a touched header;
# -n -W a header; -t and a build after it; -B -j2 -O V=1; a build after a
# header is removed (-MP), after a source is added, with a config.mak and
# after it is removed; -n of the built tree; --debug=v,m; clean then -j4;
# check; install DESTDIR=; dist; a generator failing under
# .DELETE_ON_ERROR; a syntax error in a .c under plain make, -k and -j2 -k;
# clean then -n; a build; -q of all, of an up-to-date file and of a file
# whose prerequisite's recipe is a sub-make; clean; distclean.  Each step
# compares the output (the makes' names made the same; sorted under -j),
# the status, every file's hash and the files written; each test checks
# the GNU make side too, so that both failing alike does not pass.
#
# Differences it found, all fixed: a '+' that comes from a variable
# under -n and -q (diff case 1116); under -O a sub-make's parse-time
# output in a pair of directory lines of its own (1121); under
# --debug=v,m a missing -include'd makefile's remaking, "File ... was
# considered already" for a file made while the makefiles were remade,
# and a '::' goal's last "Pruning file" lines (1122-1124).
# Takes 10 to 20 seconds.  Needs gcc, ar, tar, gzip and install, else
# "1..0 # SKIP".

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

require_dmake
require_gmake
require_real_dmake
require_cmd timeout find sort diff sed grep xargs sha256sum gcc ar tar gzip install

makes_init	# W, the sandbox; mk, bad, names, envw
P=$W/p		# the project, for each make in turn: the same absolute path
I=$W/inst	# what install DESTDIR= writes
: "${STEP_TIMEOUT:=30}"	# a step that hangs (a makefile remade for ever) ends

# --- the project -----------------------------------------------------------------

# util_c [BROKEN]: lib/util.c, with a syntax error when BROKEN is given
util_c() {
	cat <<'EOF'
#include "config.h"
#include "util.h"
#include <stdlib.h>
#include <stdio.h>

void die(const char *msg)
{
	fprintf(stderr, "fatal: %s\n", msg);
	exit(128);
}
EOF
	if [ -n "${1:-}" ]; then
		echo "int broken(void) { return 1 }"
	fi
}

project() {
	rm -rf "$P"
	mkdir -p "$P/mk" "$P/lib" "$P/src" "$P/sub" "$P/tests" || tap_bail "mkdir $P"
	cd "$P" || tap_bail "cd $P"

	cat > Makefile <<'EOF'
# The default target of this Makefile is...
all::

# Define V=1 to have a more verbose compile.
# Put local settings in config.mak (not shipped).

.DELETE_ON_ERROR:
.SUFFIXES:
.PHONY: all check install dist clean distclean FORCE

SHELL_PATH = /bin/sh
CC = gcc
AR = ar
ARFLAGS = rcs
RM = rm -f
INSTALL = install
TAR = tar
CFLAGS = -g -O2 -Wall
LDFLAGS =
LDLIBS =
prefix = /usr/local
bindir = $(prefix)/bin
libdir = $(prefix)/lib
includedir = $(prefix)/include
mandir = $(prefix)/share/man

BUILD = build

VERSION-FILE: FORCE
	@$(SHELL_PATH) ./GEN-VERSION
-include VERSION-FILE

uname_S := $(shell sh -c 'uname -s 2>/dev/null || echo not')
uname_M := $(shell sh -c 'uname -m 2>/dev/null || echo not')

-include config.mak
include mk/quiet.mk

ifeq ($(uname_S),Linux)
	PLATFORM_CPPFLAGS = -DHAVE_LINUX
else ifeq ($(uname_S),Darwin)
	PLATFORM_CPPFLAGS = -DHAVE_DARWIN
else
	PLATFORM_CPPFLAGS =
endif

override CFLAGS += -std=gnu99
ALL_CPPFLAGS = -I$(BUILD) -Ilib $(PLATFORM_CPPFLAGS) $(CPPFLAGS)
ALL_CFLAGS = $(ALL_CPPFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(LDFLAGS)
export CC CFLAGS

LIB_SRCS := $(sort $(wildcard lib/*.c))
LIB_OBJS := $(patsubst %.c,$(BUILD)/%.o,$(LIB_SRCS)) $(BUILD)/version.o \
	$(BUILD)/table.o
LIB = $(BUILD)/libfrob.a
PROGRAMS = frob calc
PROG_OBJS := $(addprefix $(BUILD)/src/,$(addsuffix .o,$(PROGRAMS)))
OBJECTS := $(LIB_OBJS) $(PROG_OBJS)
GENERATED_H = $(BUILD)/config.h
dirs := $(sort $(dir $(OBJECTS)))

ifneq ($(filter clean distclean,$(MAKECMDGOALS)),)
NO_DEPS = YesPlease
endif
ifndef NO_DEPS
-include $(OBJECTS:.o=.d)
endif

include mk/prog.mk
$(foreach p,$(PROGRAMS),$(eval $(call PROGRAM_template,$(p))))

$(BUILD)/calc: LDLIBS += -lm

all:: $(ALL_PROGRAMS)

DESTDIR_SQ = $(subst ','\'',$(DESTDIR))
bindir_SQ = $(subst ','\'',$(bindir))
libdir_SQ = $(subst ','\'',$(libdir))
includedir_SQ = $(subst ','\'',$(includedir))
mandir_SQ = $(subst ','\'',$(mandir))

TRACK_CFLAGS = $(CC):$(subst ','\'',$(ALL_CFLAGS))

FROB-CFLAGS: FORCE
	@FLAGS='$(TRACK_CFLAGS)'; \
	    if test x"$$FLAGS" != x"`cat FROB-CFLAGS 2>/dev/null`" ; then \
		echo >&2 "    * new build flags"; \
		echo "$$FLAGS" >FROB-CFLAGS; \
	    fi

$(dirs):
	@mkdir -p $@

$(GENERATED_H): gen-config.sh | $(BUILD)/
	$(QUIET_GEN)$(SHELL_PATH) ./gen-config.sh '$(uname_S)' '$(uname_M)' >$@+ && mv $@+ $@

$(OBJECTS): $(GENERATED_H) FROB-CFLAGS

$(BUILD)/lib/%.o: EXTRA_CPPFLAGS = -DIN_LIBFROB
$(BUILD)/version.o: EXTRA_CPPFLAGS = -DFROB_VERSION='"$(FROB_VERSION)"'
$(BUILD)/version.o: VERSION-FILE

$(BUILD)/%.o: %.c | $(dirs)
	$(QUIET_CC)$(CC) -o $@ -c -MMD -MP $(ALL_CFLAGS) $(EXTRA_CPPFLAGS) $<

$(BUILD)/%.o: $(BUILD)/%.c | $(dirs)
	$(QUIET_CC)$(CC) -o $@ -c -MMD -MP $(ALL_CFLAGS) $(EXTRA_CPPFLAGS) $<

sub/mktable: FORCE
	$(QUIET_SUBDIR0)sub $(QUIET_SUBDIR1) mktable

$(BUILD)/table.c: sub/mktable | $(BUILD)/
	$(QUIET_GEN)sub/mktable >$@

$(LIB): $(LIB_OBJS)
	$(QUIET_AR)$(RM) $@ && $(AR) $(ARFLAGS) $@ $^

check: all
	@$(SHELL_PATH) tests/run.sh $(BUILD)

install: all
	$(INSTALL) -d -m 755 '$(DESTDIR_SQ)$(bindir_SQ)' '$(DESTDIR_SQ)$(libdir_SQ)'
	$(INSTALL) -d -m 755 '$(DESTDIR_SQ)$(includedir_SQ)/frob' '$(DESTDIR_SQ)$(mandir_SQ)/man1'
	$(INSTALL) $(ALL_PROGRAMS) '$(DESTDIR_SQ)$(bindir_SQ)'
	$(INSTALL) -m 644 $(LIB) '$(DESTDIR_SQ)$(libdir_SQ)'
	$(INSTALL) -m 644 $(sort $(wildcard lib/*.h)) '$(DESTDIR_SQ)$(includedir_SQ)/frob'
	$(INSTALL) -m 644 frob.1 '$(DESTDIR_SQ)$(mandir_SQ)/man1'

TARNAME = frob-$(FROB_VERSION)
DIST_FILES = Makefile VERSION GEN-VERSION gen-config.sh frob.1 \
	$(sort $(wildcard mk/*.mk lib/*.[ch] src/*.c sub/*.c tests/*)) sub/Makefile

dist: VERSION-FILE
	@$(RM) -r $(TARNAME) && mkdir $(TARNAME)
	@for f in $(DIST_FILES); do \
		mkdir -p $(TARNAME)/`dirname $$f` && cp $$f $(TARNAME)/$$f || exit 1; \
	done
	$(QUIET_GEN)$(TAR) --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner \
		-cf - $(TARNAME) | gzip -n -9 >$(TARNAME).tar.gz
	@$(RM) -r $(TARNAME)

clean:
	$(RM) -r $(BUILD) frob-*.tar.gz
	$(MAKE) -C sub clean

distclean: clean
	$(RM) VERSION-FILE FROB-CFLAGS
EOF

	cat > mk/quiet.mk <<'EOF'
# git's quiet rules: "CC foo.o" unless V=1 (or -s)
ifneq ($(findstring w,$(firstword -$(MAKEFLAGS))),w)
PRINT_DIR = --no-print-directory
else # "make -w"
NO_SUBDIR = :
endif

ifneq ($(findstring s,$(firstword -$(MAKEFLAGS))),s)
ifndef V
	QUIET_CC       = @echo '   ' CC $@;
	QUIET_AR       = @echo '   ' AR $@;
	QUIET_LINK     = @echo '   ' LINK $@;
	QUIET_GEN      = @echo '   ' GEN $@;
	QUIET_SUBDIR0  = +@subdir=
	QUIET_SUBDIR1  = ;$(NO_SUBDIR) echo '   ' SUBDIR $$subdir; \
			 $(MAKE) $(PRINT_DIR) -C $$subdir
	export V
endif
endif

ifndef QUIET_SUBDIR0
	QUIET_SUBDIR0  = +$(MAKE) -C # space to separate -C and subdir
	QUIET_SUBDIR1  =
endif
EOF

	cat > mk/prog.mk <<'EOF'
# PROGRAM_template NAME: the link rule of build/NAME
define PROGRAM_template
$(1)_OBJS := $$(BUILD)/src/$(1).o
ALL_PROGRAMS += $$(BUILD)/$(1)
$$(BUILD)/$(1): $$($(1)_OBJS) $$(LIB)
	$$(QUIET_LINK)$$(CC) $$(ALL_LDFLAGS) -o $$@ $$($(1)_OBJS) $$(LIB) $$(LDLIBS)
endef
EOF

	echo 1.2.3 > VERSION
	cat > GEN-VERSION <<'EOF'
#!/bin/sh
# writes VERSION-FILE only when the version changed
VF=VERSION-FILE
VN=$(cat VERSION) || exit 1
if test -r $VF; then
	VC=$(sed -e 's/^FROB_VERSION = //' <$VF)
else
	VC=unset
fi
test "$VN" = "$VC" || {
	echo >&2 "FROB_VERSION = $VN"
	echo "FROB_VERSION = $VN" >$VF
}
EOF
	cat > gen-config.sh <<'EOF'
#!/bin/sh
echo "/* generated by gen-config.sh */"
echo "#define FROB_OS \"$1\""
echo "#define FROB_MACHINE_LEN ${#2}"
EOF
	printf '%s\n' '.TH FROB 1' '.SH NAME' 'frob \- reverse words' > frob.1

	cat > lib/util.h <<'EOF'
#ifndef UTIL_H
#define UTIL_H
void die(const char *msg);
#endif
EOF
	util_c > lib/util.c
	cat > lib/strbuf.h <<'EOF'
#ifndef STRBUF_H
#define STRBUF_H
#include <stddef.h>
struct strbuf { size_t len, alloc; char *buf; };
void strbuf_add(struct strbuf *sb, const char *s);
#endif
EOF
	cat > lib/strbuf.c <<'EOF'
#include "config.h"
#include "strbuf.h"
#include "util.h"
#include <stdlib.h>
#include <string.h>

void strbuf_add(struct strbuf *sb, const char *s)
{
	size_t n = strlen(s);
	if (sb->len + n + 1 > sb->alloc) {
		sb->alloc = (sb->len + n + 1) * 2;
		sb->buf = realloc(sb->buf, sb->alloc);
		if (!sb->buf)
			die("out of memory");
	}
	memcpy(sb->buf + sb->len, s, n + 1);
	sb->len += n;
}
EOF
	cat > lib/hash.h <<'EOF'
#ifndef HASH_H
#define HASH_H
unsigned hash_str(const char *s);
#endif
EOF
	cat > lib/hash.c <<'EOF'
#include "config.h"
#include "hash.h"
#include "table.h"

unsigned hash_str(const char *s)
{
	unsigned h = 5381;
	while (*s)
		h = h * 33 + frob_table[(unsigned char)*s++ % FROB_TABLE_SIZE];
	return h;
}
EOF
	cat > lib/table.h <<'EOF'
#define FROB_TABLE_SIZE 16
extern const unsigned frob_table[FROB_TABLE_SIZE];
EOF
	cat > lib/version.h <<'EOF'
extern const char frob_version[];
EOF
	cat > version.c <<'EOF'
#include "version.h"
const char frob_version[] = FROB_VERSION;
EOF
	cat > src/frob.c <<'EOF'
#include "config.h"
#include "strbuf.h"
#include "hash.h"
#include "version.h"
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	struct strbuf sb = { 0, 0, NULL };
	int i;

	if (argc == 2 && !strcmp(argv[1], "--version")) {
		printf("frob %s (%s)\n", frob_version, FROB_OS);
		return 0;
	}
	for (i = argc - 1; i > 0; i--) {
		strbuf_add(&sb, argv[i]);
		if (i > 1)
			strbuf_add(&sb, " ");
	}
	printf("%s %u\n", sb.buf ? sb.buf : "", hash_str(sb.buf ? sb.buf : ""));
	return 0;
}
EOF
	echo '/* nothing yet */' > lib/compat.h
	cat > src/calc.c <<'EOF'
#include "config.h"
#include "compat.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	int i;
	for (i = 1; i < argc; i++)
		printf("%.3f\n", sqrt(atof(argv[i])));
	return 0;
}
EOF

	cat > sub/Makefile <<'EOF'
# the table generator, made by its own Makefile
CFLAGS ?= -O2
.SUFFIXES:
.DELETE_ON_ERROR:
.PHONY: clean
ifndef V
QUIET_CC   = @echo '   ' CC sub/$@;
QUIET_LINK = @echo '   ' LINK sub/$@;
else
$(info sub: CC=$(CC) CFLAGS=$(CFLAGS))
endif

mktable: mktable.o
	$(QUIET_LINK)$(CC) -o $@ $^

%.o: %.c
	$(QUIET_CC)$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

-include $(wildcard *.d)

clean:
	$(RM) mktable *.o *.d
EOF
	cat > sub/mktable.c <<'EOF'
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	int i;
	printf("#include \"table.h\"\nconst unsigned frob_table[FROB_TABLE_SIZE] = {\n");
	fflush(stdout);
	if (getenv("FROB_TABLE_FAIL"))
		return 1;
	for (i = 0; i < 16; i++)
		printf("\t%u,\n", (unsigned)(i * 2654435761u >> 7));
	printf("};\n");
	return 0;
}
EOF

	cat > tests/run.sh <<'EOF'
#!/bin/sh
# tests/run.sh BUILD: run the programs
B=$1 n=0 fail=0
t() {
	n=$((n + 1))
	want=$1
	shift
	got=$("$@" 2>&1)
	if test "$got" = "$want"; then
		echo "ok $n - $*"
	else
		echo "not ok $n - $*: got '$got'"
		fail=1
	fi
}
t "frob $(cat VERSION) (Linux)" "$B/frob" --version
n=$((n + 1))
case $("$B/frob" a b c) in
"c b a "[0-9]*) echo "ok $n - $B/frob a b c" ;;
*) echo "not ok $n - $B/frob a b c"; fail=1 ;;
esac
t "3.000" "$B/calc" 9
echo "$n tests, $([ $fail = 0 ] && echo all passed || echo FAILED)"
exit $fail
EOF
	chmod +x GEN-VERSION gen-config.sh tests/run.sh
}

# --- the steps ---------------------------------------------------------------------

# tick: wait for the file system's clock to move on, so that a file
# touched next is newer than everything made before (and a file made next
# newer than the stamp)
tick() {
	sleep 0.03
}

# run NAME STEP ARGS...: NAME's make in P with ARGS, the words of the
# array step_env (NAME=VALUE) added to its environment; W/NAME.STEP.out:
# its output with the makes' names made the same, then its status; .tree:
# every file under P and I with its hash; .newer: the files under P and I
# it wrote
step_env=()
run() {
	local n=$1 s=$2 st a
	shift 2
	touch "$W/stamp"
	tick
	step_run "$n" "$s" "$P" ${step_env[@]+"${step_env[@]}"} "${mk[$n]}" "$@"
	st=$?
	{ cat "$W/$n.$s.log"; echo "status $st"; } | unname_makes > "$W/$n.$s.out"
	tree_sums "$W" p inst > "$W/$n.$s.tree"
	for a in p inst; do
		[ -d "$W/$a" ] && files_newer "$W/$a" "$W/stamp" | sed "s|^\.|$a|"
	done > "$W/$n.$s.newer"
	return 0
}

for n in $names; do
	rm -rf "$I"
	project
	run "$n" build
	run "$n" again
	tick; touch lib/strbuf.h
	run "$n" header
	tick; sed -i 's/h = 5381/h = 5387/' lib/hash.c
	run "$n" edit
	tick; echo 1.3.0 > VERSION
	run "$n" version
	run "$n" verbose V=1 CFLAGS=-O1
	run "$n" silent -s
	tick; touch lib/util.h
	run "$n" w -w
	tick; touch lib/strbuf.h
	run "$n" old -o lib/strbuf.h
	run "$n" what-if -n -W lib/hash.h
	run "$n" touch -t
	run "$n" again2
	run "$n" jO -B -j2 -O V=1
	tick; rm lib/compat.h; sed -i '/compat\.h/d' src/calc.c
	run "$n" header-gone
	tick; printf '%s\n' '#include "util.h"' 'int frob_extra(void) { return 1; }' > lib/extra.c
	run "$n" new-source
	tick; printf '%s\n' 'CFLAGS = -O0' 'prefix = /opt/frob' > config.mak
	run "$n" config-mak
	rm config.mak
	run "$n" config-gone -s
	run "$n" dry-built -n
	run "$n" debug --debug=v,m
	run "$n" clean1 clean
	run "$n" j4 -j4
	run "$n" check check
	run "$n" install install "DESTDIR=$I"
	run "$n" dist dist
	tick; touch sub/mktable.c
	step_env=(FROB_TABLE_FAIL=1)
	run "$n" delete
	step_env=()
	tick; util_c broken > lib/util.c
	run "$n" fail
	run "$n" fail-k -k
	run "$n" fail-jk -j2 -k
	tick; util_c > lib/util.c
	run "$n" clean2 clean
	run "$n" dry -n
	run "$n" rebuild
	run "$n" q-all -q
	run "$n" q-file -q build/config.h
	run "$n" q-table -q build/table.c
	run "$n" clean3 clean
	run "$n" distclean distclean
	cd "$W" || tap_bail "cd $W"
	rm -rf "$P" "$I"
done

# --- the comparisons ---------------------------------------------------------------

# sorted STEP: W/NAME.STEP.sorted, the output lines of each make sorted
# (the steps under -j, where the order of the lines is the jobs')
sorted() {
	local n
	for n in $names; do
		LC_ALL=C sort "$W/$n.$1.out" > "$W/$n.$1.sorted"
	done
}

# same STEP: the same output and status, the same files, the same files
# written
same() {
	same_files "$1.out" "$1.tree" "$1.newer"
}

tap_plan 43

same build && has "$W/gnu.build.out" 'FROB_VERSION = 1.2.3' \
    '    * new build flags' '    GEN build/config.h' '    CC build/lib/util.o' \
    '    SUBDIR sub' '    CC sub/mktable.o' '    GEN build/table.c' \
    '    AR build/libfrob.a' '    LINK build/calc' 'status 0' &&
    has_re "$W/gnu.build.tree" ' p/build/frob$' ' p/build/lib/hash\.d$'
tap_result $? "build: the same output, the same files byte for byte"

same again && has "$W/gnu.again.out" 'status 0' &&
    lacks "$W/gnu.again.out" ' (CC|AR|LINK|GEN) ' &&
    [ ! -s "$W/gnu.again.newer" ]
tap_result $? "build again: nothing made, the same output"

same header && has "$W/gnu.header.newer" p/build/lib/strbuf.o \
    p/build/src/frob.o p/build/frob &&
    lacks "$W/gnu.header.newer" 'hash\.o' 'calc\.o'
tap_result $? "a header touched: only the objects including it (-MMD) rebuilt, the same"

same edit && has "$W/gnu.edit.newer" p/build/lib/hash.o p/build/libfrob.a &&
    lacks "$W/gnu.edit.newer" 'strbuf\.o'
tap_result $? "a .c edited: it rebuilt, the library and programs relinked, the same"

same version && has "$W/gnu.version.out" 'FROB_VERSION = 1.3.0' &&
    has "$W/gnu.version.newer" p/VERSION-FILE p/build/version.o &&
    lacks "$W/gnu.version.newer" 'util\.o'
tap_result $? "the version changed: VERSION-FILE rewritten, reread, version.o rebuilt, the same"

same verbose && has "$W/gnu.verbose.out" '    * new build flags' \
    'make -C sub  mktable' &&
    has_re "$W/gnu.verbose.out" '^gcc -o build/lib/util\.o -c -MMD -MP .* -O1 -std=gnu99 -DIN_LIBFROB lib/util\.c$' \
    '^make\[1\]: Entering directory' '^sub: CC=gcc CFLAGS=-O1$'
tap_result $? "V=1 CFLAGS=-O1: new build flags, every object rebuilt, whole commands, the same"

same silent && has "$W/gnu.silent.out" '    * new build flags' 'status 0' &&
    has "$W/gnu.silent.newer" p/build/lib/util.o && lacks "$W/gnu.silent.out" 'gcc|CC'
tap_result $? "-s: the flags back, all rebuilt silently, the same"

same w && has "$W/gnu.w.out" "make: Entering directory '$P'" \
    "make[1]: Entering directory '$P/sub'" '    CC build/lib/util.o'
tap_result $? "-w (git's NO_SUBDIR): the directories printed, the same"

same old && lacks "$W/gnu.old.out" ' CC ' && [ ! -s "$W/gnu.old.newer" ]
tap_result $? "-o a touched header: nothing rebuilt, the same"

has "$W/gnu.what-if.out" "echo '   ' CC build/lib/hash.o;gcc -o build/lib/hash.o -c -MMD -MP -Ibuild -Ilib -DHAVE_LINUX  -g -O2 -Wall -std=gnu99 -DIN_LIBFROB lib/hash.c" \
    "make[1]: 'mktable' is up to date." && [ ! -s "$W/gnu.what-if.newer" ]
tap_result $? "-n -W a header: GNU make lists the rebuild, writes nothing"
same what-if
tap_result $? "-n -W a header: the same"

same touch && has "$W/gnu.touch.out" 'touch build/frob' 'touch build/table.c' &&
    has "$W/gnu.touch.newer" p/build/frob
tap_result $? "-t: the same files touched"

same again2 && lacks "$W/gnu.again2.out" ' CC '
tap_result $? "a build after -t: nothing to do, the same"

sorted jO
same_files jO.tree jO.newer && has "$W/gnu.jO.sorted" 'sub: CC=gcc CFLAGS=-g -O2 -Wall -std=gnu99' \
    'gcc -o mktable mktable.o' 'status 0' && has "$W/gnu.jO.newer" p/sub/mktable p/build/frob
tap_result $? "-B -j2 -O V=1: all remade, the sub-make too; the same files"
same_files jO.sorted
tap_result $? "-B -j2 -O V=1: the same output lines (sorted)"

same header-gone && has "$W/gnu.header-gone.out" '    CC build/src/calc.o' 'status 0'
tap_result $? "a header removed (its .d names it, -MP): no error, the same"

same new-source && has "$W/gnu.new-source.out" '    CC build/lib/extra.o' \
    '    AR build/libfrob.a'
tap_result $? "a new source file (\$(wildcard)): built into the library, the same"

same config-mak && has "$W/gnu.config-mak.out" '    * new build flags' &&
    has "$W/gnu.config-mak.newer" p/FROB-CFLAGS p/build/lib/util.o
tap_result $? "a config.mak: read, new build flags, the same"

same config-gone && has "$W/gnu.config-gone.out" '    * new build flags' 'status 0'
tap_result $? "config.mak removed: the flags back, the same"

has "$W/gnu.dry-built.out" "subdir=sub ; echo '   ' SUBDIR \$subdir; make --no-print-directory -C \$subdir mktable" \
    "echo '   ' LINK build/calc;gcc  -o build/calc build/src/calc.o build/libfrob.a -lm" &&
    lacks "$W/gnu.dry-built.out" 'GEN build/table\.c' && [ ! -s "$W/gnu.dry-built.newer" ]
tap_result $? "-n of a built tree: GNU make runs the sub-make, lists no table.c, writes nothing"
same dry-built
tap_result $? "-n of a built tree: the same"

# --debug: the makes' version banners aside
for n in $names; do
	grep -v -E -e '^(GNU Make 4\.3|Built for |Copyright |License |This is free software|There is NO WARRANTY|dmake [0-9]|No license has been chosen)' \
	    "$W/$n.debug.out" > "$W/$n.debug.norm"
done
has "$W/gnu.debug.norm" "Reading makefile 'VERSION-FILE' (search path) (don't care) (no ~ expansion)..." \
    "Updating makefiles...." "Updating goal targets...." 'status 0'
tap_result $? "--debug=v,m: GNU make says what it reads and considers"
same_files debug.norm debug.tree
tap_result $? "--debug=v,m: the same, banners aside"

same clean1 && lacks "$W/gnu.clean1.tree" ' p/build/'
tap_result $? "clean: the same"

sorted j4
same_files j4.sorted j4.tree && has "$W/gnu.j4.sorted" '    LINK build/frob' \
    '    CC build/lib/util.o' 'status 0' &&
    has_re "$W/gnu.j4.tree" ' p/build/calc$'
tap_result $? "-j4 from clean: the same output lines (sorted), the same files"

same check && has "$W/gnu.check.out" '3 tests, all passed'
tap_result $? "check: the programs run, the same"

same install && has_re "$W/gnu.install.tree" ' inst/usr/local/bin/frob$' \
    ' inst/usr/local/include/frob/strbuf\.h$' ' inst/usr/local/share/man/man1/frob\.1$'
tap_result $? "install DESTDIR=: the same files installed, byte for byte"

same dist && has_re "$W/gnu.dist.tree" ' p/frob-1\.3\.0\.tar\.gz$'
tap_result $? "dist: the same tarball, byte for byte"

same delete && has "$W/gnu.delete.out" "make: *** Deleting file 'build/table.c'" &&
    lacks "$W/gnu.delete.tree" ' p/build/table\.c$'
tap_result $? "a generator failing: .DELETE_ON_ERROR deletes its output, the same"

same fail && has "$W/gnu.fail.out" 'status 2' &&
    has_re "$W/gnu.fail.out" "^make: \*\*\* \[Makefile:[0-9]+: build/lib/util\.o\] Error 1$"
tap_result $? "a syntax error: the same messages, status and files"

same fail-k && has "$W/gnu.fail-k.out" 'status 2' \
    "make: Target 'all' not remade because of errors."
tap_result $? "a syntax error under -k: the same messages, status and files"

sorted fail-jk
same_files fail-jk.sorted fail-jk.tree && has "$W/gnu.fail-jk.sorted" 'status 2' \
    "make: Target 'all' not remade because of errors." \
    "lib/util.c:11:28: error: expected ';' before '}' token"
tap_result $? "a syntax error under -j2 -k: the same messages (sorted), status and files"

same clean2
tap_result $? "clean again: the same"

same dry && has "$W/gnu.dry.out" 'echo '"'"'   '"'"' CC build/lib/util.o;gcc -o build/lib/util.o -c -MMD -MP -Ibuild -Ilib -DHAVE_LINUX  -g -O2 -Wall -std=gnu99 -DIN_LIBFROB lib/util.c' \
    'echo '"'"'   '"'"' CC sub/mktable.o;gcc -g -O2 -Wall -std=gnu99 -MMD -MP -c -o mktable.o mktable.c' 'status 0' &&
    lacks "$W/gnu.dry.tree" ' p/build/'
tap_result $? "-n from clean: the same commands printed (the sub-make's too), nothing built"

same rebuild && has_re "$W/gnu.rebuild.tree" ' p/build/frob$'
tap_result $? "a build after -n: the same"

same q-all && has "$W/gnu.q-all.out" 'status 1'
tap_result $? "-q: not up to date (FORCE), the same status and output"

same q-file && has "$W/gnu.q-file.out" 'status 0'
tap_result $? "-q of an up-to-date file: the same"

has "$W/gnu.q-table.out" 'status 0'
tap_result $? "-q build/table.c: up to date to GNU make (the sub-make it runs changes nothing)"
same q-table
tap_result $? "-q build/table.c: the same status"

same clean3
tap_result $? "clean: the same"

same distclean && lacks "$W/gnu.distclean.tree" 'VERSION-FILE|FROB-CFLAGS|/build/'
tap_result $? "distclean: the same"

# the steps that failed, of each make: those meant to fail, no other (but
# q-table, which its own test judges)
for n in $names; do
	b=" ${bad[$n]} "
	b=${b/ q-table / }
	b=${b# }
	if [ "${b% }" = "delete fail fail-k fail-jk q-all" ]; then
		tap_ok "$n: only the steps meant to fail failed"
	else
		tap_not_ok "$n: the steps that failed: ${bad[$n]}"
	fi
done

tap_done
