#!/bin/bash
# tests/scenario/print-db.sh - `dmake -p` against `make -p` (GNU make
# 4.3) on the same makefiles, section by section.
#
# Each makefile below is run by both programs, each in a copy of the same
# sandbox, with the same clean environment and arguments.  Compared:
#   variables   every "# ORIGIN (from 'FILE', line N)" comment with the
#               assignment under it (a define whole), as a sorted set
#               (GNU prints them in hash order); a few variables whose
#               values must differ are left out (MAKE_COMMAND: the
#               program's path; .FEATURES: what each supports; .LOADED,
#               .LIBPATTERNS, .INCLUDE_DIRS: features dmake lacks, see
#               doc/COMPATIBILITY.md);
#   pattern-specific variable values, and the vpath section: exactly;
#   implicit rules: in order, blanks squeezed, without GNU's empty "%.x:"
#               rules (kept only to stop match-anything rules);
#   files       the entries of the targets the makefile names, as a set,
#               with their automatic variables and hash statistics left
#               out and times replaced by TIME;
#   the status, and that both print the head and end lines.
# Also: the database comes after a fatal error too, and bash-completion's
# completion of make targets (which reads `make -npq` output) completes
# the same targets for dmake as for GNU make.  Output is TAP.

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

require_dmake
require_gmake
require_real_dmake
require_cmd awk sort diff timeout

sandbox_new
W=$SANDBOX
mapfile -t envw < <(clean_env "$W")

# section FILE TITLE: the lines of one section of a database
section() {
	awk -v t="# $2" '
	/^# (Variables|Pattern-specific Variable Values|Directories|Implicit Rules|Files|VPATH Search Paths)$/ {
		on = ($0 == t); next
	}
	/^# (Finished Make data base|strcache |files hash-table|variable set hash|Load=)/ { if (t != "# Files") on = 0; next }
	on' "$1"
}

# variables FILE: "ORIGIN | ASSIGNMENT" a line, sorted
variables() {
	section "$1" Variables | awk '
	/^# / { origin = $0; next }
	/^define / { def = $0; while ((getline l) > 0) { def = def "\\n" l; if (l == "endef") break }
		print origin " | " def; next }
	/./ { print origin " | " $0 }' |
	grep -v -E ' \| (MAKE_COMMAND|\.FEATURES|\.LOADED|\.INCLUDE_DIRS) :?= ' |
	LC_ALL=C sort
}

# rules FILE: the implicit rules, blank-separated blocks, normalised
rules() {
	section "$1" "Implicit Rules" | awk '
	BEGIN { RS = ""; ORS = "\n\n" }
	/^%[^ :]*:$/ { next }			# GNU: a suffix with no rule
	/^\(%\)/ { next }			# GNU: archive members
	/^# [0-9]+ implicit rules/ { next }
	{ gsub(/[ ]+\n/, "\n"); gsub(/\t[ ]+/, "\t"); sub(/[ ]+$/, ""); print }'
}

# files FILE NAME...: the entries of those targets, a line each, sorted
files() {
	local f=$1
	shift
	section "$f" Files | awk -v names="$*" '
	BEGIN { RS = ""; n = split(names, a, " "); for (i = 1; i <= n; i++) want[a[i]] = 1 }
	{
		k = split($0, l, "\n"); out = ""; name = ""; nv = 0
		for (i = 1; i <= k; i++) {
			if (l[i] == "# automatic") { i++; continue }
			# target-specific variables: a line each (GNU: hash order)
			if (name == "" && l[i] ~ /^# / && i < k && l[i + 1] ~ /^[^#].*: .*=/) {
				v[++nv] = "V " l[i + 1] " | " l[i]; i++; continue
			}
			if (l[i] ~ /^# (variable set hash|Load=)/) continue
			sub(/Last modified .*/, "Last modified TIME", l[i])
			if (name == "" && l[i] !~ /^#/) {
				name = l[i]; sub(/:.*/, "", name)
			}
			out = out (out == "" ? "" : " / ") l[i]
		}
		if (!(name in want)) next
		print out
		for (i = 1; i <= nv; i++) print v[i]
	}' | LC_ALL=C sort
}

# run_both NAME ARGS...: run both programs on W/NAME (a directory with
# the makefile and files); outputs in W/NAME.gnu.out, W/NAME.dmake.out,
# statuses in W/NAME.gnu.st, W/NAME.dmake.st
run_both() {
	local name=$1 p d
	shift
	for p in gnu dmake; do
		d=$W/$name.$p
		rm -rf "$d"
		cp -a "$W/$name" "$d"
		if [ $p = gnu ]; then prog=$GMAKE; else prog=$DMAKE; fi
		(cd "$d" && timeout 20 "${envw[@]}" "$prog" "$@") \
			> "$W/$name.$p.out" 2> "$W/$name.$p.err" < /dev/null
		echo $? > "$W/$name.$p.st"
		# the two ran in different directories ($(CURDIR))
		sed -i "s|$d|@DIR@|g" "$W/$name.$p.out"
	done
}

# same WHAT NAME FUNCTION ARGS...: one test, FUNCTION's output for both
same() {
	local what=$1 name=$2 fn=$3
	shift 3
	"$fn" "$W/$name.gnu.out" "$@" > "$W/$name.gnu.$fn"
	"$fn" "$W/$name.dmake.out" "$@" > "$W/$name.dmake.$fn"
	if [ ! -s "$W/$name.gnu.$fn" ]; then
		tap_not_ok "$name: $what"
		tap_diag "GNU make's database has no $what"
	elif diff -u "$W/$name.gnu.$fn" "$W/$name.dmake.$fn" > "$W/diff"; then
		tap_ok "$name: $what ($(wc -l < "$W/$name.gnu.$fn") lines)"
	else
		tap_not_ok "$name: $what"
		tap_diag "$(head -n 40 "$W/diff")"
	fi
}

exact() {	# FILE TITLE: a section, trailing blank lines dropped
	section "$1" "$2" | awk '/./ { while (b > 0) { print ""; b-- } print; next } { b++ }'
}
patvars() { exact "$1" "Pattern-specific Variable Values"; }
vpaths() { exact "$1" "VPATH Search Paths"; }

frame() {	# FILE: the shape of the head and end lines
	grep -E '^# (Make data base, printed on|Finished Make data base on) ' "$1" |
		sed -E 's/ on .*/ on DATE/'
	grep -c '^# ' "$1" | awk '$1 > 20 { print "comments" }'
}

# --- a makefile with most of what a database holds --------------------------------
mkdir -p "$W/full/inc"
cat > "$W/full/Makefile" <<'EOF'
# variables of every flavor and origin
REC = $(SIMPLE) rec
SIMPLE := simple $$dollar
APP = one
APP += two
COND ?= cond
override OVR = over
export EXP = exported
BLANK := $(subst x, ,x)
define MULTI
line one
line two
endef
EMPTY =
prog: CFLAGS += -g
prog: private PRIV = secret
%.o: POBJ = pattern $(REC)
%.x: PX := px
%.x: COND ?= pattern's, though COND is defined
%.y: LATE ?= pattern's, though LATE is defined later
# (a shorter pattern printed first, as GNU make keeps them; one the
# command line overrides shows the command line's flavor)
p%: SHORT = defined last, printed before the longer ones
%.z: CMDV := the command line's value is printed
LATE = global

vpath %.h inc
vpath %.c src:lib
VPATH = gen other

.PHONY: all clean
.PRECIOUS: keep.out
.SECONDARY: sec.mid
.PHONY: order
.NOTPARALLEL:
.SUFFIXES: .raw

all: prog keep.out dc | order
	@echo all
prog: main.o util.o
	@echo link $@ from $^
%.o: %.c
	@echo cc $< > $@
%.mid %.side: %.in
	@echo mid
%.out:: %.raw
	@cp $< $@
static.a static.b: static.%: %.src
	@echo static $*
dc::
	@echo dc one
dc:: main.c
	@echo dc two
keep.out:
	@echo keep > $@
order: ; @echo order
clean: ; rm -f *.o
EOF
printf 'int main;\n' > "$W/full/main.c"
printf 'int util;\n' > "$W/full/util.c"
# the special targets too: GNU make keeps them as files
names="all prog main.o util.o main.c util.c dc keep.out order clean static.a static.b"
names+=" .PHONY .PRECIOUS .SECONDARY .NOTPARALLEL .SUFFIXES"
run_both full -p CMDV=cmd
[ "$(cat "$W/full.gnu.st")" = 0 ] && [ "$(cat "$W/full.dmake.st")" = 0 ]
tap_result $? "full: both succeed ($(cat "$W/full.gnu.st"), $(cat "$W/full.dmake.st"))"
same "variables" full variables
same "pattern-specific variable values" full patvars
same "implicit rules" full rules
# shellcheck disable=SC2086 # names: words
same "files" full files $names
same "vpath search paths" full vpaths
same "head and end lines" full frame

# --- without built-in rules, a goal given, a command-line variable, -q ----------
mkdir -p "$W/plain"
cat > "$W/plain/Makefile" <<'EOF'
X = file
up: dep
	@touch $@
dep:
	@echo never
%.z: %.y ; @cp $< $@
EOF
touch -d '2020-01-01' "$W/plain/dep"
touch -d '2021-01-01' "$W/plain/up"
run_both plain -r -R -q -p X=cmd up
[ "$(cat "$W/plain.gnu.st")" = "$(cat "$W/plain.dmake.st")" ]
tap_result $? "plain: the same status under -q ($(cat "$W/plain.gnu.st"), $(cat "$W/plain.dmake.st"))"
same "variables (-r -R, X=cmd)" plain variables
same "implicit rules (-r)" plain rules
same "files (a command line target)" plain files up dep .SUFFIXES .PHONY

# --- -q with work to do: "Needs to be updated (-q is set)" ----------------------
# (the prerequisite's recipe is the one found needed, so its $* was set:
# a stem line, the name less its suffix; the goal only inherits the
# answer)
mkdir -p "$W/question"
cat > "$W/question/Makefile" <<'EOF'
.PHONY: all
all: x.o
	@echo never
x.o: x.c
	@cp $< $@
EOF
touch "$W/question/x.c"
run_both question -q -p
[ "$(cat "$W/question.gnu.st")" = 1 ] && [ "$(cat "$W/question.dmake.st")" = 1 ]
tap_result $? "question: status 1 from both ($(cat "$W/question.gnu.st"), $(cat "$W/question.dmake.st"))"
same "files (-q, work to do)" question files all x.o x.c

# --- a fatal error: the database still comes -------------------------------------
mkdir -p "$W/fatal"
printf 'X = 1\n' > "$W/fatal/Makefile"
run_both fatal -p
[ "$(cat "$W/fatal.gnu.st")" = 2 ] && [ "$(cat "$W/fatal.dmake.st")" = 2 ] &&
	grep -q 'No targets' "$W/fatal.dmake.err"
tap_result $? "fatal: 'No targets' and status 2 from both"
same "variables after a fatal error" fatal variables
same "head and end lines after a fatal error" fatal frame

# --- a makefile that cannot be remade: the database still comes -----------------
mkdir -p "$W/remakefail"
printf 'X = 1\ninclude gen.mk\ngen.mk: ; @exit 1\n' > "$W/remakefail/Makefile"
run_both remakefail -p
[ "$(cat "$W/remakefail.gnu.st")" = 2 ] && [ "$(cat "$W/remakefail.dmake.st")" = 2 ]
tap_result $? "remakefail: status 2 from both ($(cat "$W/remakefail.gnu.st"), $(cat "$W/remakefail.dmake.st"))"
same "variables after a makefile's failed update" remakefail variables
same "head and end lines after a makefile's failed update" remakefail frame

# --- files VPATH found: under the names they go by -------------------------------
mkdir -p "$W/vpath/src" "$W/vpath/inc"
cat > "$W/vpath/Makefile" <<'EOF'
VPATH = src inc
all: a.o b.o
a.o: a.c a.h
	@echo cc $< -o $@
b.o: b.c | a.h
	@echo cc $< -o $@
.SECONDEXPANSION:
obj/%.o: %.c | $$(@D)/.st
	@echo cc $< -o $@
EOF
printf 'int a;\n' > "$W/vpath/src/a.c"
printf 'int b;\n' > "$W/vpath/src/b.c"
printf 'int h;\n' > "$W/vpath/inc/a.h"
run_both vpath -p
[ "$(cat "$W/vpath.gnu.st")" = 0 ] && [ "$(cat "$W/vpath.dmake.st")" = 0 ]
tap_result $? "vpath: both succeed ($(cat "$W/vpath.gnu.st"), $(cat "$W/vpath.dmake.st"))"
same "files found through VPATH" vpath files all a.o b.o src/a.c src/b.c inc/a.h
same "implicit rules (one of a second expansion)" vpath rules

# --- a phony file is a target, with a rule or not --------------------------------
# (no "# Not a target:" line, and the global .EXTRA_PREREQS, as any
# target's; with variables of its own, its own .EXTRA_PREREQS only)
mkdir -p "$W/phony"
cat > "$W/phony/Makefile" <<'EOF'
.EXTRA_PREREQS := x.h
all: p q | o
.PHONY: p q o
q: V = 1
x.h: ; @echo make $@
EOF
run_both phony -p
[ "$(cat "$W/phony.gnu.st")" = 0 ] && [ "$(cat "$W/phony.dmake.st")" = 0 ] &&
	grep -q '^make x.h$' "$W/phony.dmake.out"
tap_result $? "phony: both succeed, x.h made for p ($(cat "$W/phony.gnu.st"), $(cat "$W/phony.dmake.st"))"
same "files (phony ones without rules)" phony files all p q o x.h

# --- bash-completion reads make -npq ---------------------------------------------
comp=/usr/share/bash-completion/completions/make
lib=/usr/share/bash-completion/bash_completion
if [ -r "$comp" ] && [ -r "$lib" ]; then
	complete_targets() {	# PROGRAM: the targets bash-completion offers
		(cd "$W/full" && "${envw[@]}" bash -c '
			. "$1"; . "$2"
			COMP_WORDS=("$3" ""); COMP_CWORD=1
			COMP_LINE="$3 "; COMP_POINT=${#COMP_LINE}
			_make "$3" "" "$3"
			printf "%s\n" "${COMPREPLY[@]}"' bash "$lib" "$comp" "$1") |
			LC_ALL=C sort
	}
	complete_targets "$GMAKE" > "$W/comp.gnu"
	complete_targets "$DMAKE" > "$W/comp.dmake"
	if [ -s "$W/comp.gnu" ] && diff -u "$W/comp.gnu" "$W/comp.dmake" > "$W/diff"; then
		tap_ok "bash-completion completes the same $(wc -l < "$W/comp.gnu") targets for both"
	else
		tap_not_ok "bash-completion completes the same targets for both"
		tap_diag "$(head -n 40 "$W/diff")"
	fi
else
	tap_skip "bash-completion completes the same targets for both" \
		"bash-completion's make completion is not installed"
fi

tap_done
