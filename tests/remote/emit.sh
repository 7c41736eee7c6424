#!/bin/bash
# shellcheck disable=SC2016 # make and shell text in single quotes
# tests/remote/emit.sh - what `dmake --emit-makefile` promises beyond the
# remote cases (which run.sh --emit runs through the emitted file):
# `make -n` contacts no host, the ssh connections and their private
# directory are gone when make ends, dmake's options become variables
# make's command line overrides, the regex functions give what dmake
# gives, and what cannot be translated is an error at file:line with
# nothing on stdout.  Output is TAP; without a fleet, "1..0 # SKIP".

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=../scenario/lib.sh
. "$here/../scenario/lib.sh"
# shellcheck source-path=SCRIPTDIR source=fleet.sh
. "$here/fleet.sh"

require_dmake
require_cmd timeout make python3 pgrep
why=$(fleet_usable) || tap_skip_all "$why"
fleet_start 1 || tap_skip_all "cannot start the sshd fleet: $FLEET_ERROR"

sandbox_new
W=$SANDBOX
mkdir -p "$W/tmp"
# the emitted file's ssh sockets go under TMPDIR: here, to be watched
export TMPDIR=$W/tmp

# dmake and make run in a clean environment (no MAKEFLAGS of the make
# running the tests), HOME the sandbox
mapfile -t envw < <(clean_env "$W")

# emit DIR ARGS...: dmake --emit-makefile in DIR into DIR/M.mk; status
emit() {
	local d=$1
	shift
	(cd "$d" && timeout 30 "${envw[@]}" "$DMAKE" \
	    --ssh-config "$FLEET_CONFIG" --emit-makefile "$@" \
	    </dev/null > M.mk 2> emit.err)
}

# mk DIR ARGS...: GNU make on DIR/M.mk, output in DIR/out, DIR/err
mk() {
	local d=$1
	shift
	(cd "$d" && timeout 30 "${envw[@]}" make -f M.mk "FLEET=$FLEET_DIR" \
	    "$@" </dev/null > out 2> err)
}

# A TCP listener on 127.0.0.1 that records every connection in FILE;
# its port in $listen_port.
listen() {
	local f=$1
	python3 -c '
import socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(8)
print(s.getsockname()[1], flush=True)
sys.stdout.close()
while True:
    c, _ = s.accept()
    open(sys.argv[1], "a").write("connection\n")
    c.close()
' "$f" > "$W/listen.port" &
	listen_pid=$!
	for _ in $(seq 1 100); do
		[ -s "$W/listen.port" ] && break
		sleep 0.05
	done
	listen_port=$(cat "$W/listen.port")
}

tap_plan 10

# 1. make -n prints and contacts nothing; without -n the same file does
# contact the host (so the listener would have seen it).
d=$W/dry
mkdir "$d"
listen "$W/conns"
printf 'x\n' > "$d/f"
cat > "$d/Deployfile" <<EOF
H = 127.0.0.1:$listen_port
all:
	@remote \$(H): touch \$(FLEET)/h1/ran
	@put \$(H): f \$(FLEET)/h1/
	@remote \$(H):
	echo block
	@end
EOF
ok=1
emit "$d" || { ok=0; tap_diag "emit failed: $(cat "$d/emit.err")"; }
mk "$d" -n || { ok=0; tap_diag "make -n failed: $(cat "$d/err")"; }
grep -q 'DMAKE_RUN\|dmake remote' "$d/out" ||
	{ ok=0; tap_diag "make -n printed no translated line:"; tap_diag < "$d/out"; }
sleep 0.3
[ -e "$W/conns" ] && { ok=0; tap_diag "make -n connected to the host"; }
mk "$d" SSH_CONNECT_TIMEOUT=2
sleep 0.3
[ -e "$W/conns" ] || { ok=0; tap_diag "the real run did not connect (the check is blind)"; }
kill "$listen_pid" 2>/dev/null
wait "$listen_pid" 2>/dev/null
tap_result $((1 - ok)) "make -n on the emitted file contacts no host"

# 2. A real run: the hosts' state, then no ssh master and no socket
# directory once make has ended.
d=$W/run
mkdir "$d"
printf 'one\n' > "$d/one.txt"
cat > "$d/Deployfile" <<'EOF'
all:
	@remote h1: echo first > $(FLEET)/h1/a
	@put h1: one.txt $(FLEET)/h1/
	@remote h1: cat $(FLEET)/h1/one.txt >> $(FLEET)/h1/a
EOF
ok=1
emit "$d" && mk "$d" || { ok=0; tap_diag "run failed:"; tap_diag < "$d/err"; }
[ "$(cat "$FLEET_DIR/h1/a" 2>/dev/null)" = "first
one" ] || { ok=0; tap_diag "h1/a holds: $(cat "$FLEET_DIR/h1/a" 2>&1)"; }
gone=0
for _ in $(seq 1 60); do
	if ! ls "$TMPDIR"/dmake-ssh.* >/dev/null 2>&1 &&
	    ! pgrep -f "$TMPDIR/dmake-ssh" >/dev/null; then
		gone=1
		break
	fi
	sleep 0.1
done
[ $gone = 1 ] || {
	ok=0
	tap_diag "left after make ended:"
	ls -la "$TMPDIR" | tap_diag
	pgrep -a -f "$TMPDIR/dmake-ssh" | tap_diag
}
tap_result $((1 - ok)) "emitted run: hosts updated, connection and socket directory gone within 6 s of make's end"

# 3. The options become variables that make's command line overrides.
ok=1
emit "$d" --connect-timeout 7 --forks 3 --limit 'h[0-9]' --accept-new-host-keys ||
	ok=0
for l in "SSH_CONFIG ?= $FLEET_CONFIG" 'SSH_CONNECT_TIMEOUT ?= 7' \
    'DMAKE_FORKS ?= 3' 'DMAKE_LIMIT ?= h[0-9]' 'SSH_HOST_KEYS ?= accept-new'; do
	grep -qxF "$l" "$d/M.mk" || { ok=0; tap_diag "no line '$l'"; }
done
grep -q '^# Deployfile:2: @remote h1: echo first' "$d/M.mk" ||
	{ ok=0; tap_diag "no comment quoting Deployfile:2"; }
# under a make -w (MAKEFLAGS), stdout is still only the makefile
(cd "$d" && "${envw[@]}" MAKEFLAGS=w MAKELEVEL=1 "$DMAKE" --emit-makefile \
    </dev/null > M2.mk 2>/dev/null)
head -n 1 "$d/M2.mk" | grep -q '^# Made by ' ||
	{ ok=0; tap_diag "under MAKEFLAGS=w the output starts: $(head -n 1 "$d/M2.mk")"; }
if mk "$d" SSH_CONFIG=/nonexistent/ssh_config; then
	ok=0
	tap_diag "SSH_CONFIG=/nonexistent did not make the run fail"
fi
rm -f "$FLEET_DIR/h1/a"
mk "$d" DMAKE_LIMIT=nomatch || { ok=0; tap_diag "DMAKE_LIMIT run failed"; }
[ -e "$FLEET_DIR/h1/a" ] && { ok=0; tap_diag "DMAKE_LIMIT=nomatch still ran on h1"; }
grep -q 'h1: skipped by --limit' "$d/err" ||
	{ ok=0; tap_diag "no 'skipped by --limit' note"; tap_diag < "$d/err"; }
tap_result $((1 - ok)) "options become variables; SSH_CONFIG= and DMAKE_LIMIT= on make's command line take effect; no directory lines in the output"

# 4. regex-filter and regex-subst through the emitted definitions give
# what dmake gives, commas in the last argument included.
d=$W/re
mkdir "$d"
cat > "$d/Deployfile" <<'EOF'
comma := ,
W = web1 db1 web22 cache
all:
	@echo '[$(regex-filter ^web\d+$$,$(W))]'
	@echo '[$(regex-subst ([a-z]+)(\d+),\2-\1\\,$(W))]'
	@echo '[$(regex-subst o,0,x,o,y foo)]'
	@echo '[$(regex-filter b,$(regex-subst a,b,a c))]'
EOF
ok=1
(cd "$d" && "${envw[@]}" "$DMAKE" all > dmake.out 2>&1) ||
	{ ok=0; tap_diag "dmake failed"; }
emit "$d" && mk "$d" all || { ok=0; tap_diag < "$d/err"; }
diff -u "$d/dmake.out" "$d/out" > "$d/diff" ||
	{ ok=0; tap_diag "dmake and the emitted file differ:"; tap_diag < "$d/diff"; }
grep -qF '[1-web\ 1-db\ 22-web\ cache]' "$d/out" ||
	{ ok=0; tap_diag "unexpected regex-subst result"; tap_diag < "$d/out"; }
tap_result $((1 - ok)) "regex-filter and regex-subst: the emitted file agrees with dmake"

# 5. A makefile whose name holds a quote and a dollar: the emitted
# directive names it as dmake does ("[it's $x.mk:2: all] h1: Error 1"),
# so the single-quoted, $-doubled word reached the library intact.
d=$W/quote
mkdir "$d"
printf 'all:\n\t@remote h1: exit 3\n' > "$d/it's \$x.mk"
ok=1
(cd "$d" && "${envw[@]}" "$DMAKE" --ssh-config "$FLEET_CONFIG" \
    -f "it's \$x.mk" > dmake.out 2> dmake.err)
emit "$d" -f "it's \$x.mk" || { ok=0; tap_diag < "$d/emit.err"; }
mk "$d"
want="dmake: *** [it's \$x.mk:2: all] h1: Error 3"
for f in dmake.err err; do
	grep -qxF "$want" "$d/$f" ||
		{ ok=0; tap_diag "$f has no line '$want':"; tap_diag < "$d/$f"; }
done
tap_result $((1 - ok)) "a makefile name with ' and \$: the emitted file names it as dmake does"

# 6-10. What cannot be translated: an error naming file:line, exit 2,
# nothing on stdout.
# bad NAME WANT-PATTERN DEPLOYFILE-TEXT [ARGS...]
bad() {
	local name=$1 pat=$2 text=$3 st
	shift 3
	d=$W/bad-$name
	mkdir "$d"
	printf '%s' "$text" > "$d/Deployfile"
	emit "$d" "$@"
	st=$?
	ok=1
	[ $st = 2 ] || { ok=0; tap_diag "exit status $st, expected 2"; }
	[ -s "$d/M.mk" ] && { ok=0; tap_diag "something was written to stdout"; }
	grep -qE "$pat" "$d/emit.err" ||
		{ ok=0; tap_diag "no message matching $pat:"; tap_diag < "$d/emit.err"; }
	tap_result $((1 - ok)) "refused: $name"
}
bad eval-made '^Deployfile:5: \*\*\* --emit-makefile: a directive made by \$\(eval\)' \
'define T
x:
	@remote h1: true
endef
$(eval $(T))
'
bad conditional-in-block '^Deployfile:4: \*\*\* --emit-makefile: a conditional inside a remote block \(opened at line 2\)' \
'all:
	@remote h1:
	true
ifdef X
	false
endif
	@end
'
bad after-semicolon '^Deployfile:1: \*\*\* --emit-makefile: a directive made by \$\(eval\) or written after' \
'all: ; @remote h1: true
'
bad reserved-variable 'the makefile sets SSH_CONFIG' \
'SSH_CONFIG = mine
all:
	@remote h1: true
'
bad directive-in-block "^Deployfile:3: \\*\\*\\* '@put' inside a remote block \\(opened at line 2\\)" \
'all:
	@remote h1:
	@put h1: a b
	@end
'

tap_done
