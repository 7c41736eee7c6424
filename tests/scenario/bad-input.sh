#!/bin/bash
# tests/scenario/bad-input.sh - how a build that goes wrong ends, compared
# with GNU make 4.3 on the same makefile: a dependency cycle, a missing
# prerequisite under -k -j, a recursive make that fails, a recipe killed
# by a signal while another runs (-j), and a failure under -j without
# -k.  For each, both programs must give the same exit status and the
# same messages (stderr's lines as a set: under -j their order is the
# jobs'), make the same files, and leave no process behind: every recipe
# runs with a tag in its environment, and when make has exited no process
# may carry it (a make that exits without waiting for its jobs leaves
# their sleeps running).  Last, SIGTERM while no job runs (the walk
# under -n, a recipe's $(shell) command, a long expansion): both must
# die of it at once, and dmake must kill the $(shell) command.  And a
# -j too big for the jobserver's pipe must not hang dmake.  Output is
# TAP.

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

require_dmake
require_gmake
require_cmd timeout sort diff grep

sandbox_new
W=$SANDBOX
mapfile -t envw < <(clean_env "$W")

# tagged TAG: pids of processes whose environment holds BAD_INPUT_TAG=TAG
tagged() {
	local f pid
	for f in /proc/[0-9]*/environ; do
		pid=${f#/proc/}
		pid=${pid%/environ}
		[ "$pid" = $$ ] && continue
		grep -q -a -z -x -F "BAD_INPUT_TAG=$1" "$f" 2>/dev/null &&
			echo "$pid"
	done
}

# one NAME ARGS...: run both makes on W/NAME/Makefile (and its other
# files) in copies of it; compare; four TAP lines
one() {
	local name=$1 p prog d tag left
	shift
	for p in gnu dmake; do
		if [ $p = gnu ]; then prog=$GMAKE; else prog=$DMAKE; fi
		d=$W/$name.$p
		rm -rf "$d"
		cp -a "$W/$name" "$d"
		tag=$name.$p.$$.$RANDOM
		(cd "$d" && timeout 30 "${envw[@]}" BAD_INPUT_TAG="$tag" \
			"$prog" "$@") > "$W/$name.$p.out" 2> "$W/$name.$p.err" \
			< /dev/null
		echo $? > "$W/$name.$p.st"
		left=$(tagged "$tag")
		echo "$left" > "$W/$name.$p.left"
		for pid in $left; do kill -9 "$pid" 2>/dev/null; done
		# the program's name and the sandbox, as tests/diff does
		sed -E -e "s|$d|@DIR@|g" \
		    -e "s/(^|[[:space:]'\"\`])d?make(\[[0-9]+\])?:/\1MAKE\2:/g" \
		    "$W/$name.$p.err" | LC_ALL=C sort > "$W/$name.$p.errs"
		(cd "$d" && find . -type f | LC_ALL=C sort) > "$W/$name.$p.files"
	done
	if [ "$(cat "$W/$name.gnu.st")" = "$(cat "$W/$name.dmake.st")" ]; then
		tap_ok "$name: exit status $(cat "$W/$name.gnu.st") from both"
	else
		tap_not_ok "$name: exit status"
		tap_diag "GNU make $(cat "$W/$name.gnu.st"), dmake $(cat "$W/$name.dmake.st")"
	fi
	if diff -u "$W/$name.gnu.errs" "$W/$name.dmake.errs" > "$W/diff"; then
		tap_ok "$name: the same messages ($(wc -l < "$W/$name.gnu.errs") lines)"
	else
		tap_not_ok "$name: the same messages"
		tap_diag "$(cat "$W/diff")"
	fi
	if diff -u "$W/$name.gnu.files" "$W/$name.dmake.files" > "$W/diff"; then
		tap_ok "$name: the same files made"
	else
		tap_not_ok "$name: the same files made"
		tap_diag "$(cat "$W/diff")"
	fi
	if [ -z "$(tr -d ' \n' < "$W/$name.dmake.left")" ]; then
		tap_ok "$name: no process left behind by dmake"
	else
		tap_not_ok "$name: no process left behind by dmake"
		tap_diag "still running: $(tr '\n' ' ' < "$W/$name.dmake.left")"
	fi
}

mkdir "$W/cycle"
cat > "$W/cycle/Makefile" <<'EOF'
all: a
	@echo all > $@
a: b
	@echo a > $@
b: a
	@echo b > $@
EOF
one cycle

mkdir "$W/missing-k-j"
cat > "$W/missing-k-j/Makefile" <<'EOF'
all: slow1 bad slow2
	@echo never
slow1 slow2:
	@sleep 1; echo $@ > $@
bad: no-such-source
	@echo never
EOF
one missing-k-j -k -j3

mkdir "$W/recursive"
cat > "$W/recursive/Makefile" <<'EOF'
all: sub
	@echo never
sub:
	@$(MAKE) --no-print-directory -f sub.mk
EOF
cat > "$W/recursive/sub.mk" <<'EOF'
x: y
	@echo never
y:
	@echo failing; exit 3
EOF
one recursive

mkdir "$W/killed"
cat > "$W/killed/Makefile" <<'EOF'
all: slow killed
	@echo never
slow:
	@sleep 1; echo done > $@
killed:
	@sleep 0.2; kill -9 $$$$
EOF
one killed -j2

mkdir "$W/fail-j"
cat > "$W/fail-j/Makefile" <<'EOF'
all: slow1 slow2 fails
	@echo never
slow1 slow2:
	@sleep 1; echo $@ > $@
fails:
	@sleep 0.2; exit 1
EOF
one fail-j -j3

# term NAME ARGS...: SIGTERM to make (alone, as kill(1) sends it) half
# a second after it starts on W/NAME/Makefile.  Both programs must die of
# it at once: status 143, within 1.5 s.  And dmake must leave no process
# behind (GNU make 4.3 does not kill a $(shell) command; its are killed
# here).  Two TAP lines per program, and one.
term() {
	local name=$1 p prog pid st ms tag left
	shift
	for p in gnu dmake; do
		if [ $p = gnu ]; then prog=$GMAKE; else prog=$DMAKE; fi
		tag=$name.$p.$$.$RANDOM
		(cd "$W/$name" && exec "${envw[@]}" BAD_INPUT_TAG="$tag" \
		    "$prog" "$@") > /dev/null 2>&1 < /dev/null &
		pid=$!
		sleep 0.5
		t0=$(date +%s%N)
		kill -TERM "$pid"
		wait "$pid"
		st=$?
		ms=$(( ($(date +%s%N) - t0) / 1000000 ))
		if [ "$st" = 143 ] && [ "$ms" -lt 1500 ]; then
			tap_ok "$name: $p dies of SIGTERM at once (status $st, $ms ms)"
		else
			tap_not_ok "$name: $p dies of SIGTERM at once"
			tap_diag "status $st (want 143), $ms ms after the signal (want < 1500)"
		fi
		sleep 0.1	# (a killed child's exit)
		left=$(tagged "$tag")
		for pid in $left; do kill -9 "$pid" 2>/dev/null; done
		[ $p = gnu ] && continue
		if [ -z "$left" ]; then
			tap_ok "$name: no process left behind by dmake"
		else
			tap_not_ok "$name: no process left behind by dmake"
			tap_diag "still running: ${left//$'\n'/ }"
		fi
	done
}

# SIGTERM while the walk runs no job: under -n the recipes only expand,
# each line's $(shell sleep) taking the time, so no poll() comes before
# the walk ends (3.6 s).  GNU make dies of the signal at once; dmake
# must too (it looked at its signal pipe only in poll() and died at the
# end of the walk).
mkdir "$W/term-walk"
cat > "$W/term-walk/Makefile" <<'EOF'
T := $(foreach a,1 2 3 4 5 6 7 8 9,$(foreach b,1 2 3 4,t$a$b))
all: $(T)
$(T): ; @echo $@ $(shell sleep 0.1)
EOF
term term-walk -n

# ... while a recipe's $(shell) command runs (dmake read only its pipe,
# and then waited for it: 20 s); the command must die with dmake
mkdir "$W/term-shell"
cat > "$W/term-shell/Makefile" <<'EOF'
all: ; @echo $(shell sleep 20)
EOF
term term-shell

# ... while one recipe's expansion runs long, with no command (10 s):
# GNU make dies at once; dmake looked at the signal only between targets
mkdir "$W/term-expand"
cat > "$W/term-expand/Makefile" <<'EOF'
L := $(foreach a,1 2 3 4 5 6 7 8 9 10,$(foreach b,1 2 3 4 5 6 7 8 9 10,$a$b))
all: ; @echo $(foreach a,$(L),$(foreach b,$(L),$(foreach c,$(L),$(foreach d,$(L),))))
EOF
term term-expand

# -j beyond what a pipe holds (64 KiB of jobserver slots): GNU make 4.3
# blocks for ever writing the slots into its pipe; dmake must run.
mkdir "$W/huge-j"
printf 'all: a b\na b: ; @echo $@\n' > "$W/huge-j/Makefile"
(cd "$W/huge-j" && timeout 20 "${envw[@]}" "$DMAKE" -j 200000) \
    > "$W/huge-j.out" 2>&1 < /dev/null
st=$?
if [ "$st" = 0 ] && [ "$(sort "$W/huge-j.out" | tr '\n' ' ')" = "a b " ]; then
	tap_ok "huge-j: dmake -j 200000 runs (status 0)"
else
	tap_not_ok "huge-j: dmake -j 200000 runs"
	tap_diag "status $st (124: it hung)"
	tap_diag < "$W/huge-j.out"
fi

# A makefile that includes itself, and two that include each other:
# GNU make 4.3 overflows its stack (SIGSEGV); dmake must stop with an
# error at the include line, exit 2, and not crash, under the default
# stack limit and an unlimited one.
mkdir "$W/self-include"
printf 'include Makefile\nall: ; @echo x\n' > "$W/self-include/Makefile"
printf 'include b.mk\nall: ; @echo x\n' > "$W/self-include/a.mk"
printf 'include a.mk\n' > "$W/self-include/b.mk"
for stack in default unlimited; do
	for mk in Makefile a.mk; do
		(cd "$W/self-include" &&
		    if [ $stack = unlimited ]; then ulimit -s unlimited; fi &&
		    timeout 60 "${envw[@]}" "$DMAKE" -f $mk) \
		    > "$W/self-include.out" 2>&1 < /dev/null
		st=$?
		want="^(Makefile|a[.]mk|b[.]mk):1: [*]{3} includes nested too deeply[.]  Stop[.]$"
		if [ "$st" = 2 ] && [ "$(wc -l < "$W/self-include.out")" = 1 ] &&
		    grep -q -E "$want" "$W/self-include.out"; then
			tap_ok "self-include: -f $mk, $stack stack: an error at the include line, status 2"
		else
			tap_not_ok "self-include: -f $mk, $stack stack"
			tap_diag "status $st (139: a crash, 124: it ran 60 s)"
			tap_diag < "$W/self-include.out"
		fi
	done
done

tap_done
