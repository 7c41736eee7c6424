#!/bin/bash
# tests/remote/tutorial.sh - the README's five-minute tutorial, run as
# written against two hosts of the test fleet: its Deployfile (taken from
# README.md, after the "tutorial: Deployfile" marker) with HOSTS and DEST
# given on the command line, then the commands it shows.  Output is TAP;
# without a fleet, "1..0 # SKIP".

set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
# shellcheck source-path=SCRIPTDIR source=../scenario/lib.sh
. "$here/../scenario/lib.sh"
# shellcheck source-path=SCRIPTDIR source=fleet.sh
. "$here/fleet.sh"

require_dmake
require_cmd timeout make tar
[ -r "$top/README.md" ] || tap_skip_all "no README.md"
why=$(fleet_usable) || tap_skip_all "$why"
fleet_start 2 || tap_skip_all "cannot start the sshd fleet: $FLEET_ERROR"

sandbox_new
W=$SANDBOX
mkdir "$W/hello"
cd "$W/hello" || exit 99
awk '/<!-- tutorial: Deployfile/ { on = 1; next }
     on && /^```make$/ { body = 1; next }
     body && /^```$/ { exit }
     body { print }' "$top/README.md" > Deployfile
mkdir src && echo '<h1>hello</h1>' > src/index.html
mapfile -t envw < <(clean_env "$W")
# each host its own directory (they share this machine's file system)
vars=("HOSTS=h1 h2" "FLEET=$FLEET_DIR" 'DEST=$(FLEET)/$(HOST)/hello')

# dm ARGS...: dmake as the tutorial runs it; output in $W/out, $W/err
dm() {
	timeout 60 "${envw[@]}" "$DMAKE" --ssh-config "$FLEET_CONFIG" \
	    "${vars[@]}" "$@" </dev/null > "$W/out" 2> "$W/err"
}

tap_plan 6

ok=1
[ "$(wc -l < Deployfile)" -gt 15 ] || { ok=0; tap_diag "no Deployfile found in README.md"; }
dm --list || ok=0
for t in deploy status 'dist/hello.tar.gz'; do
	grep -q "^  $t  *[A-Z]" "$W/out" || { ok=0; tap_diag "--list lacks $t:"; tap_diag < "$W/out"; }
done
tap_result $((1 - ok)) "the README's Deployfile; --list shows its targets"

ok=1
dm -n deploy || ok=0
grep -q '^\[h2\] put dist/hello.tar.gz -> ' "$W/out" ||
	{ ok=0; tap_diag "-n output:"; tap_diag < "$W/out"; }
[ -e "$FLEET_DIR/h1/hello" ] && { ok=0; tap_diag "-n touched h1"; }
tap_result $((1 - ok)) "dmake -n deploy prints and contacts nothing"

ok=1
dm deploy || { ok=0; tap_diag < "$W/err"; }
for h in h1 h2; do
	f=$FLEET_DIR/$h/hello/current/src/index.html
	[ "$(cat "$f" 2>/dev/null)" = '<h1>hello</h1>' ] ||
		{ ok=0; tap_diag "$h: no $f"; }
	[ -e "$FLEET_DIR/$h/hello/current/hello.tar.gz" ] &&
		{ ok=0; tap_diag "$h: the tarball was not removed"; }
done
tap_result $((1 - ok)) "dmake deploy: both hosts have current/src/index.html"

ok=1
dm status || ok=0
for h in h1 h2; do
	grep -q "^\[$h\] $FLEET_DIR/$h/hello/releases/[0-9]\{14\}$" "$W/out" ||
		{ ok=0; tap_diag "status lacks $h:"; tap_diag < "$W/out"; }
done
tap_result $((1 - ok)) "dmake status names each host's release"

ok=1
sleep 1	# a new VERSION (whole seconds)
dm --limit h1 deploy || { ok=0; tap_diag < "$W/err"; }
n1=$(ls "$FLEET_DIR/h1/hello/releases" | wc -l)
n2=$(ls "$FLEET_DIR/h2/hello/releases" | wc -l)
[ "$n1" = 2 ] && [ "$n2" = 1 ] ||
	{ ok=0; tap_diag "releases: h1 $n1, h2 $n2 (expected 2 and 1)"; }
grep -q 'h2: skipped by --limit' "$W/err" || { ok=0; tap_diag < "$W/err"; }
tap_result $((1 - ok)) "dmake --limit h1 deploy: only h1"

ok=1
dm --emit-makefile > /dev/null || ok=0
cp "$W/out" Makefile.deploy
timeout 60 "${envw[@]}" make -f Makefile.deploy "${vars[@]}" status \
    </dev/null > "$W/out" 2> "$W/err" || { ok=0; tap_diag < "$W/err"; }
for h in h1 h2; do
	grep -q "^\[$h\] $FLEET_DIR/$h/hello/releases/" "$W/out" ||
		{ ok=0; tap_diag "emitted status lacks $h:"; tap_diag < "$W/out"; }
done
tap_result $((1 - ok)) "make -f Makefile.deploy status (the emitted file)"

tap_done
