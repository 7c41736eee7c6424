#!/bin/bash
# tests/scenario/jobserver.sh - GNU make 4.3's jobserver, both ways: dmake
# under `make -j3`, `make` under `dmake -j3` and dmake under dmake share
# one budget of 3 jobs.  Each job of two sub-makes records how many jobs
# of the whole tree run at that moment (files in a shared directory);
# the most seen must be 3 at most (without sharing it would be up to 6)
# and at least 2 (they did run in parallel).  Also: a command that is not
# recursive does not inherit the pipe, and a sub-make that was not given
# it says so as GNU make does and runs one job at a time.  Output is TAP.

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

require_dmake
require_gmake
require_real_dmake
require_cmd timeout sort

sandbox_new
cd "$SANDBOX" || exit 99
mapfile -t envw < <(clean_env "$SANDBOX")

cat > Makefile <<'EOF'
# each job records how many jobs of the tree run at once
N ?= 6
all: $(addprefix j,$(shell seq 1 $(N)))
j%:
	@mkdir -p run; touch run/$@.$$$$; ls run | wc -l >> counts; sleep 0.3; rm -f run/$@.$$$$
EOF
cat > top.mk <<'EOF'
all: a b
a b:
	+@$(SUBMAKE) -f Makefile --no-print-directory
EOF
cat > plain.mk <<'EOF'
all:
	@$(SUBMAKE) -f Makefile --no-print-directory N=4
EOF
cat > fds.mk <<'EOF'
all: r n
r:
	+@a=$$(echo "$(MAKEFLAGS)" | sed -n 's/.*--jobserver-auth=\([0-9]*\),.*/\1/p'); [ -n "$$a" ] && [ -e /proc/self/fd/$$a ] && echo recursive-has-it
n:
	@a=$$(echo "$(MAKEFLAGS)" | sed -n 's/.*--jobserver-auth=\([0-9]*\),.*/\1/p'); [ -n "$$a" ] && { [ -e /proc/self/fd/$$a ] && echo plain-has-it || echo plain-has-not; }
EOF

# tree TOP SUB: TOP -j3 -f top.mk with SUBMAKE=SUB; prints the most jobs
# seen at once and the number of jobs
tree() {
	rm -rf counts run
	timeout 60 "${envw[@]}" "$1" -j3 -f top.mk "SUBMAKE=$2" \
	    </dev/null > out 2> err || { tap_diag < err; echo "0 0"; return; }
	echo "$(sort -n counts | tail -n 1) $(wc -l < counts)"
}

check_tree() {
	local name=$1 res max n
	res=$(tree "$2" "$3")
	max=${res% *} n=${res#* }
	if [ "$n" = 12 ] && [ "$max" -le 3 ] && [ "$max" -ge 2 ]; then
		tap_ok "$name: 12 jobs, at most $max at once"
	else
		tap_not_ok "$name: $n jobs, $max at once (expected 12, 2 or 3)"
	fi
}

tap_plan 5
check_tree "dmake under make -j3" "$GMAKE" "$DMAKE"
check_tree "make under dmake -j3" "$DMAKE" "$GMAKE"
check_tree "dmake under dmake -j3" "$DMAKE" "$DMAKE"

rm -rf counts run
timeout 60 "${envw[@]}" "$GMAKE" -j3 -f plain.mk "SUBMAKE=$DMAKE" \
    </dev/null > out 2> err
max=$(sort -n counts | tail -n 1)
if grep -qx 'dmake\[1\]: warning: jobserver unavailable: using -j1.  Add .+. to parent make rule.' err &&
    [ "$max" = 1 ]; then
	tap_ok "a sub-make without the pipe warns as GNU make and runs one job at a time"
else
	tap_not_ok "a sub-make without the pipe: at most $max at once"
	tap_diag < err
fi

timeout 60 "${envw[@]}" "$DMAKE" -j3 -f fds.mk </dev/null > out 2> err
if [ "$(sort out | tr '\n' ' ')" = "plain-has-not recursive-has-it " ]; then
	tap_ok "only a recursive command ('+') inherits the jobserver pipe"
else
	tap_not_ok "the jobserver pipe's inheritance"
	tap_diag < out
	tap_diag < err
fi
tap_done
