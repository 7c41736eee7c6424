#!/bin/bash
# bench/emit.sh - the Makefile that `dmake --emit-makefile` prints, run by
# GNU make and OpenSSH, against dmake itself and against OpenSSH used by
# hand, in one run on a fleet of throwaway sshd servers on 127.0.0.1
# (tests/remote/fleet.sh).
# Usage: bench/emit.sh [path/to/dmake] [runs]
#   dmake   default: build/src/dmake next to this script's directory
#   runs    timed runs of every command, 1..15 (default 5), after one
#           untimed warm-up run; the rounds interleave the tools
#
# Cases (median wall time; ratio = emitted / other):
#   1  50 sequential `@remote h1: true` lines in one target: dmake, the
#      emitted file, and a loop of 50 `ssh h1 true` over one ControlMaster
#   2  10 lines of `@remote h[1-3]: uptime`: dmake and the emitted file
#   3  `@put h1:` of a 64 MiB file: dmake, the emitted file, and scp
#      (the emitted file always copies; dmake and scp copy too, the target
#      is removed before every run)
# Prints progress on stderr, the Markdown table on stdout.

set -u
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
BENCH=emit.sh
# shellcheck source-path=SCRIPTDIR source=fleet-lib.sh
. "$here/fleet-lib.sh"
bench_args 15 5 "$@"

# shellcheck source-path=SCRIPTDIR source=../tests/scenario/lib.sh
. "$here/../tests/scenario/lib.sh"
bench_fleet 3

sandbox_new
W=$SANDBOX
cd "$W" || exit 1
export TMPDIR=$W

{
	echo 'seq:'
	for _ in $(seq 1 50); do printf '\t@remote h1: true\n'; done
	echo 'fan:'
	for _ in $(seq 1 10); do printf '\t@remote h[1-3]: uptime\n'; done
	echo 'put:'
	printf '\t@put h1: big.bin $(FLEET)/h1/big.bin\n'
} > Deployfile
head -c $((64 << 20)) /dev/urandom > big.bin
"$dmake" --ssh-config "$FLEET_CONFIG" --emit-makefile > M.mk ||
	{ log "emit failed"; exit 1; }

ctl=$W/ctl
mkdir -m 700 "$ctl"
sshm=(ssh -F "$FLEET_CONFIG" -o ControlMaster=auto -o "ControlPath=$ctl/%C"
	-o ControlPersist=60)

# time_ms CMD...: the wall time of CMD in ms; stops the bench on failure
time_ms() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null 2>&1 </dev/null || { log "failed: $*"; exit 1; }
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000000))
}

run_dmake() { "$dmake" --ssh-config "$FLEET_CONFIG" "FLEET=$FLEET_DIR" "$1"; }
run_emit() { make -f M.mk "FLEET=$FLEET_DIR" "$1"; }
run_ssh_seq() {
	local i
	for i in $(seq 1 50); do "${sshm[@]}" h1 true || return 1; done
	"${sshm[@]}" -O exit h1 2>/dev/null
	return 0
}
run_scp() { scp -q -F "$FLEET_CONFIG" big.bin "h1:$FLEET_DIR/h1/big.bin"; }

declare -A samples
# sample NAME CMD...: one timed run into samples[NAME]
sample() {
	local name=$1
	shift
	rm -f "$FLEET_DIR/h1/big.bin"
	samples[$name]="${samples[$name]:-} $(time_ms "$@")"
}

median() {
	tr ' ' '\n' <<< "$1" | grep . | sort -n |
		awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

for round in $(seq 0 "$runs"); do
	log "round $round of $runs"
	for c in "dmake-seq run_dmake seq" "emit-seq run_emit seq" \
	    "ssh-seq run_ssh_seq" "dmake-fan run_dmake fan" \
	    "emit-fan run_emit fan" "dmake-put run_dmake put" \
	    "emit-put run_emit put" "scp-put run_scp"; do
		# shellcheck disable=SC2086 # words on purpose
		set -- $c
		if [ "$round" = 0 ]; then
			time_ms "${@:2}" >/dev/null
		else
			sample "$@"
		fi
	done
done

m() { median "${samples[$1]}"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

echo "| case | emitted Makefile | dmake | OpenSSH by hand | emitted / dmake | emitted / OpenSSH |"
echo "|---|---|---|---|---|---|"
echo "| 50 sequential commands on one host | $(m emit-seq) ms | $(m dmake-seq) ms | $(m ssh-seq) ms (ControlMaster loop) | $(ratio "$(m emit-seq)" "$(m dmake-seq)") | $(ratio "$(m emit-seq)" "$(m ssh-seq)") |"
echo "| 10 lines on 3 hosts | $(m emit-fan) ms | $(m dmake-fan) ms | | $(ratio "$(m emit-fan)" "$(m dmake-fan)") | |"
echo "| @put of 64 MiB | $(m emit-put) ms | $(m dmake-put) ms | $(m scp-put) ms (scp) | $(ratio "$(m emit-put)" "$(m dmake-put)") | $(ratio "$(m emit-put)" "$(m scp-put)") |"
