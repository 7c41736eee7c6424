#!/bin/bash
# tests/scenario/output-sync.sh - -O (--output-sync) for local recipes:
# under -j2, two targets writing lines slowly (stdout and stderr, into
# one file as on a terminal) come out each in one piece with -O / -Otarget,
# as GNU make 4.3 prints them, while without -O their lines interleave;
# a recipe's output comes before its failure message; an $(error) in a
# recipe under -O is shown, after what the expansion said before it
# (GNU make 4.3 loses both in the job's temporary file); an unknown type
# is refused as GNU make refuses it.  Output is TAP.

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

require_dmake
require_cmd timeout
require_gmake

sandbox_new
cd "$SANDBOX" || exit 99
mapfile -t envw < <(clean_env "$SANDBOX")
cat > Makefile <<'MK'
all: a b
a b:
	@for i in 1 2 3; do echo $@$$i; sleep 0.15; done
	@echo $@-err >&2
	@echo $@-last
fail:
	@echo before-failure
	@exit 3
experr:
	@echo $(info said-first) $(warning warned) $(error stopped here)
MK

run() {	# PROGRAM ARGS...: stdout and stderr together in $SANDBOX/out
	timeout 30 "${envw[@]}" "$@" </dev/null > out 2>&1
}
# grouped: each target's 5 lines are contiguous and in order
grouped() {
	local t
	for t in a b; do
		grep -A4 -x "${t}1" out | tr '\n' ' ' |
		    grep -qx "${t}1 ${t}2 ${t}3 ${t}-err ${t}-last " || return 1
	done
}

tap_plan 6
for o in -O -Otarget; do
	run "$DMAKE" -j2 "$o"
	if grouped; then
		tap_ok "dmake -j2 $o: each target's output in one piece"
	else
		tap_not_ok "dmake -j2 $o: output interleaved"
		tap_diag < out
	fi
done
run "$DMAKE" -j2
if ! grouped && [ "$(wc -l < out)" = 10 ]; then
	tap_ok "without -O the lines interleave (the check above can fail)"
else
	tap_not_ok "without -O: not interleaved, or lines lost"
	tap_diag < out
fi
run "$DMAKE" -O fail
st=$?
if [ $st = 2 ] && [ "$(head -n 1 out)" = before-failure ] &&
    grep -qx 'dmake: \*\*\* \[Makefile:8: fail\] Error 3' out; then
	tap_ok "-O: the output, then the failure message, status 2"
else
	tap_not_ok "-O with a failing recipe (status $st)"
	tap_diag < out
fi
mkdir tmp
run TMPDIR="$SANDBOX/tmp" "$DMAKE" -Otarget -j2 a experr
st=$?
if [ $st = 2 ] && [ "$(sed -n 1,3p out)" = "said-first
Makefile:10: warned
Makefile:10: *** stopped here.  Stop." ] && [ -z "$(ls tmp)" ]; then
	tap_ok "-O: an \$(error) in a recipe is shown, after what came before"
else
	tap_not_ok "-O: \$(error) in a recipe (status $st), or files in TMPDIR"
	tap_diag < out
	find tmp -mindepth 1 | tap_diag
fi
run "$DMAKE" -Obogus
st=$?
run "$GMAKE" -Obogus
gst=$?
if [ $st = 2 ] && [ $gst = 2 ]; then
	tap_ok "an unknown -O type: status 2, as GNU make"
else
	tap_not_ok "an unknown -O type: dmake $st, make $gst"
fi
tap_done
