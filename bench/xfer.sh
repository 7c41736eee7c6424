#!/bin/bash
# bench/xfer.sh - file transfers: dmake's @put and @get against the tools
# a user would otherwise pick, in one run, on one fleet of throwaway sshd
# servers on 127.0.0.1 (tests/remote/fleet.sh, grown to 10 servers).
# Usage: bench/xfer.sh [path/to/dmake] [runs]
#   dmake   default: build/src/dmake next to this script's directory
#   runs    timed runs of every command, 1..9 (default 3); the rounds
#           interleave the tools
#
# Cases (the median wall time of each command):
#   1  a 256 MiB file of random data put to h1: dmake, `scp` (OpenSSH,
#      the same ssh_config), Fabric 2 `Connection.put` (bench/xfer-fabric.py)
#   2  the same file fetched from h1: dmake's @get, `scp`
#   3  a 1 GiB file of random data put to h1: dmake's peak RSS
#      (/usr/bin/time %M) and time, no warm-up run
#   4  a tree of 10,000 small files (about 40 MB, random sizes and
#      content from a fixed seed, bench/xfer-mktree.py) put to h1: first
#      into an empty directory (dmake, `scp -r`, and `rsync -a` for
#      reference), then again with nothing changed (dmake, `rsync -a`)
#   5  the 256 MiB file put to 10 hosts at once (`@put h[1-10]:`) against
#      the same to one host (case 1's runs), and 10 `scp` run in parallel;
#      no warm-up run
# Cases 1, 2 and 4 start with one untimed warm-up round.  Before each run
# the destination is removed (except in the nothing-changed runs) and
# `sync` writes out what the previous run left in the page cache; neither
# is timed.  Every tool's result is checked once before the timing (cmp,
# diff -r), and the nothing-changed runs must move no file (dmake's
# --summary says 0 bytes, rsync's --stats 0 files transferred).
#
# Every tool reads the same ssh_config and known_hosts, offers only the
# fleet's key (no agent: SSH_AUTH_SOCK is unset, HOME is an empty
# directory) and checks host keys.  Each command may take at most $TMO
# seconds; a run that fails stops the benchmark.  As root, what is
# missing (python3-fabric, rsync, time) is installed with apt-get;
# otherwise a missing tool's rows say "n/a".  Prints progress on stderr,
# the Markdown tables on stdout.  Needs about 4 GiB free under $TMPDIR
# (or /tmp) and takes five to eight minutes with 3 runs on 2 cores.

set -u
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
BENCH=xfer.sh
# shellcheck source-path=SCRIPTDIR source=fleet-lib.sh
. "$here/fleet-lib.sh"
bench_args 9 3 "$@"

NHOSTS=10		# sshd servers
BIG_MIB=256		# cases 1, 2, 5
HUGE_MIB=1024		# case 3
NFILES=10000		# case 4
SEED=20261126		# case 4's tree
TMO=300			# seconds any one measured command may take
PY=/usr/bin/python3
fabric_py=$here/xfer-fabric.py
mktree_py=$here/xfer-mktree.py

# ---- tools -------------------------------------------------------------

have_fabric() { [ -x "$PY" ] && "$PY" -c 'import fabric' >/dev/null 2>&1; }

install_missing() {
	local -a pkgs=()
	have_fabric || pkgs+=(python3-fabric)
	command -v rsync >/dev/null 2>&1 || pkgs+=(rsync)
	[ -x /usr/bin/time ] || pkgs+=(time)
	[ ${#pkgs[@]} -gt 0 ] || return 0
	if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
		log "missing (not installed, not root or no apt-get): ${pkgs[*]}"
		return 0
	fi
	log "installing ${pkgs[*]}"
	DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -q \
		"${pkgs[@]}" >/dev/null 2>&1 ||
		{ timeout 300 apt-get update -q >/dev/null 2>&1 &&
		  DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install \
		  -y -q "${pkgs[@]}" >/dev/null 2>&1; } ||
		log "apt-get install ${pkgs[*]} failed; those rows will say n/a"
}
install_missing
fabric_ok=0; have_fabric && fabric_ok=1
rsync_ok=0; command -v rsync >/dev/null 2>&1 && rsync_ok=1
[ -x /usr/bin/time ] || die "/usr/bin/time is needed (apt-get install time)"
command -v scp >/dev/null 2>&1 || die "scp is needed (apt-get install openssh-client)"
[ -x "$PY" ] || die "$PY is needed to make the tree of small files"

# ---- the fleet: 10 sshd servers ----------------------------------------

work=$(mktemp -d "${TMPDIR:-/tmp}/dmake-bench-xfer.XXXXXX") || die "mktemp failed"
cleanup() {
	rm -rf "$work"
}
# fleet_start chains its own EXIT trap (fleet_stop) before this one
trap cleanup EXIT

avail=$(df -k --output=avail "$work" | tail -n 1)
[ "$avail" -gt $((4 * 1024 * 1024)) ] ||
	die "less than 4 GiB free under $work (${avail// /} KiB)"
# ssh_config: h1..h10
bench_fleet "$NHOSTS"
F=$FLEET_DIR

# ---- the data ------------------------------------------------------------------

log "making the files ($BIG_MIB MiB, $HUGE_MIB MiB, $NFILES small files)"
head -c $((BIG_MIB << 20)) /dev/urandom > "$work/big.bin" || die "cannot write big.bin"
head -c $((HUGE_MIB << 20)) /dev/urandom > "$work/huge.bin" || die "cannot write huge.bin"
tree_info=$("$PY" "$mktree_py" "$work/tree" "$NFILES" "$SEED") ||
	die "xfer-mktree.py failed"
tree_bytes=$(echo "$tree_info" | cut -d ' ' -f 3)
mkdir "$F/h1/src" || die "mkdir failed"
cp "$work/big.bin" "$F/h1/src/big.bin" || die "cannot copy big.bin to h1"
BIG=$((BIG_MIB << 20))
HUGE=$((HUGE_MIB << 20))

df=$work/Deployfile
# shellcheck disable=SC2016 # make expands them
{
	echo '.PHONY: put1 get1 huge tree put10'
	echo 'put1:'
	printf '\t@put h1: $(W)/big.bin $(FLEET)/h1/\n'
	echo 'get1:'
	printf '\t@get h1: $(FLEET)/h1/src/big.bin $(W)/got.bin\n'
	echo 'huge:'
	printf '\t@put h1: $(W)/huge.bin $(FLEET)/h1/\n'
	echo 'tree:'
	printf '\t@put h1: $(W)/tree $(FLEET)/h1/dm/\n'
	echo 'put10:'
	printf '\t@put h[1-%d]: $(W)/big.bin $(FLEET)/$(HOST)/\n' "$NHOSTS"
} > "$df"
# case 5's reference: 10 scp at once
cat > "$work/scp10.sh" <<'EOS'
cfg=$1 src=$2 fleet=$3 n=$4
for ((i = 1; i <= n; i++)); do
	scp -q -F "$cfg" -o BatchMode=yes "$src" "h$i:$fleet/h$i/" &
done
st=0
for ((i = 1; i <= n; i++)); do
	wait -n || st=1
done
exit $st
EOS
mkdir "$work/home" || die "mkdir failed"
export HOME=$work/home

DM=("$dmake" -s -r -f "$df" --ssh-config "$cfg" "FLEET=$F" "W=$work")
SCP=(scp -q -F "$cfg" -o BatchMode=yes)
FAB=("$PY" "$fabric_py" "$cfg" "$kh" "$key")
RSH="ssh -F $cfg -o BatchMode=yes"

# ---- measuring -----------------------------------------------------------

declare -A T=() RSS=() CPU=()
record=0

loadavg() { cut -d ' ' -f 1-3 /proc/loadavg; }

# run_cmd NAME CMD...: one run (stdin /dev/null, output thrown away) under
# /usr/bin/time, after `sync`; when $record is 1, its wall time (us) is
# added to T[NAME], peak RSS (KiB) to RSS[NAME], CPU time (ms) to
# CPU[NAME].  A failure stops the benchmark (timeout's 124 too).
run_cmd() {
	local name=$1 t0 t1 st w m u s
	shift
	sync
	t0=$EPOCHREALTIME
	timeout "$TMO" /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" \
		< /dev/null > /dev/null 2> "$work/err"
	st=$?
	t1=$EPOCHREALTIME
	[ "$st" = 0 ] || die "$name failed (status $st): $(head -c 800 "$work/err")"
	[ "$record" = 1 ] || return 0
	T[$name]+=" $((${t1/./} - ${t0/./}))"
	read -r w m u s < <(tail -n 1 "$work/time")
	: "$w"
	RSS[$name]+=" $m"
	CPU[$name]+=" $(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 }')"
}

# rounds WARM FUNC...: with WARM=1 an untimed warm-up round, then $runs
# timed rounds, each calling every FUNC once in order (so the tools
# share any drift of the machine)
rounds() {
	local warm=$1 r f
	shift
	for r in $(seq $((1 - warm)) "$runs"); do
		record=$((r > 0 ? 1 : 0))
		for f in "$@"; do
			"$f"
		done
	done
	record=0
}

# maxof NAME [ARRAY]: the largest of ARRAY[NAME]
maxof() {
	local -n arr=${2:-T}
	[ -n "${arr[$1]:-}" ] || return 0
	# shellcheck disable=SC2086 # a list of numbers
	printf '%s\n' ${arr[$1]} | sort -n | tail -n 1
}
# rate BYTES US: "1.23 s, 208 MiB/s"
rate() {
	[ -n "$2" ] || { echo "n/a"; return; }
	printf '%s, %s MiB/s' "$(sec "$2")" \
		"$(awk -v b="$1" -v u="$2" 'BEGIN { printf "%.0f", b / 1048576 / (u / 1e6) }')"
}
# speed A B: B / A as "1.07x" (how many times faster A is), n/a when unknown
speed() {
	if [ -z "$1" ] || [ -z "$2" ]; then echo "n/a"; return; fi
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", b / a }'
}
# verdict A B MIN: "yes" when B / A >= MIN
verdict() {
	if [ -z "$1" ] || [ -z "$2" ]; then echo "n/a"; return; fi
	awk -v a="$1" -v b="$2" -v m="$3" 'BEGIN { print (b / a >= m) ? "yes" : "**no**" }'
}
# spread NAME: every timed run of NAME in seconds, in the order run
spread() {
	[ -n "${T[$1]:-}" ] || { echo "n/a"; return; }
	# shellcheck disable=SC2086 # a list of numbers
	printf '%s\n' ${T[$1]} | awk '{ printf "%s%.2f", (NR > 1 ? ", " : ""), $1 / 1e6 }'
}
mib() { [ -n "$1" ] && awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }' || echo n/a; }

# ---- checks before timing ---------------------------------------------------

log "checking that every tool works"
rm -f "$F/h1/big.bin"
timeout "$TMO" "${DM[@]}" put1 < /dev/null || die "dmake put1 failed"
cmp -s "$work/big.bin" "$F/h1/big.bin" || die "dmake's put1 copy differs"
rm -f "$F/h1/big.bin"
timeout "$TMO" "${SCP[@]}" "$work/big.bin" "h1:$F/h1/" < /dev/null ||
	die "scp failed"
cmp -s "$work/big.bin" "$F/h1/big.bin" || die "scp's copy differs"
rm -f "$F/h1/big.bin"
if [ "$fabric_ok" = 1 ]; then
	timeout "$TMO" "${FAB[@]}" put h1 "$work/big.bin" "$F/h1/big.bin" \
		< /dev/null || die "Fabric put failed"
	cmp -s "$work/big.bin" "$F/h1/big.bin" || die "Fabric's copy differs"
	rm -f "$F/h1/big.bin"
fi
timeout "$TMO" "${DM[@]}" get1 < /dev/null || die "dmake get1 failed"
cmp -s "$work/big.bin" "$work/got.bin" || die "dmake's get1 copy differs"
rm -f "$work/got.bin"
timeout "$TMO" "${SCP[@]}" "h1:$F/h1/src/big.bin" "$work/got.bin" \
	< /dev/null || die "scp (get) failed"
cmp -s "$work/big.bin" "$work/got.bin" || die "scp's fetched copy differs"
rm -f "$work/got.bin"
rm -rf "$F/h1/dm" "$F/h1/sc" "$F/h1/rs" && mkdir "$F/h1/sc" "$F/h1/rs"
timeout "$TMO" "${DM[@]}" tree < /dev/null || die "dmake tree failed"
diff -r "$work/tree" "$F/h1/dm/tree" > /dev/null || die "dmake's tree differs"
out=$(timeout "$TMO" "${DM[@]}" --summary tree 2>&1 < /dev/null) ||
	die "dmake tree (again) failed: $out"
case $out in
*"h1: ok, 1 command, 0 bytes,"*) ;;
*) die "dmake's second tree upload moved data: $out" ;;
esac
timeout "$TMO" "${SCP[@]}" -r "$work/tree" "h1:$F/h1/sc/" < /dev/null ||
	die "scp -r failed"
diff -r "$work/tree" "$F/h1/sc/tree" > /dev/null || die "scp -r's tree differs"
if [ "$rsync_ok" = 1 ]; then
	timeout "$TMO" rsync -a -e "$RSH" "$work/tree" "h1:$F/h1/rs/" \
		< /dev/null || die "rsync failed"
	diff -r "$work/tree" "$F/h1/rs/tree" > /dev/null || die "rsync's tree differs"
	out=$(timeout "$TMO" rsync -a --stats -e "$RSH" "$work/tree" "h1:$F/h1/rs/" \
		< /dev/null 2>&1) || die "rsync (again) failed: $out"
	case $out in
	*"Number of regular files transferred: 0"*) ;;
	*) die "rsync's second upload transferred files: $out" ;;
	esac
fi
timeout "$TMO" "${DM[@]}" put10 < /dev/null || die "dmake put10 failed"
for i in $(seq 1 "$NHOSTS"); do
	cmp -s "$work/big.bin" "$F/h$i/big.bin" || die "dmake's put10 copy on h$i differs"
done
rm -f "$F"/h*/big.bin

# ---- timing -----------------------------------------------------------------

c1_dmake() { rm -f "$F/h1/big.bin"; run_cmd c1_dmake "${DM[@]}" put1; }
c1_scp() { rm -f "$F/h1/big.bin"; run_cmd c1_scp "${SCP[@]}" "$work/big.bin" "h1:$F/h1/"; }
c1_fab() {
	rm -f "$F/h1/big.bin"
	run_cmd c1_fab "${FAB[@]}" put h1 "$work/big.bin" "$F/h1/big.bin"
}
c2_dmake() { rm -f "$work/got.bin"; run_cmd c2_dmake "${DM[@]}" get1; }
c2_scp() {
	rm -f "$work/got.bin"
	run_cmd c2_scp "${SCP[@]}" "h1:$F/h1/src/big.bin" "$work/got.bin"
}
c3_dmake() { rm -f "$F/h1/huge.bin"; run_cmd c3_dmake "${DM[@]}" huge; }
c4_dmake() {
	rm -rf "$F/h1/dm" && mkdir "$F/h1/dm"
	run_cmd c4_dmake "${DM[@]}" tree
}
c4_scp() {
	rm -rf "$F/h1/sc" && mkdir "$F/h1/sc"
	run_cmd c4_scp "${SCP[@]}" -r "$work/tree" "h1:$F/h1/sc/"
}
c4_rsync() {
	rm -rf "$F/h1/rs" && mkdir "$F/h1/rs"
	run_cmd c4_rsync rsync -a -e "$RSH" "$work/tree" "h1:$F/h1/rs/"
}
# the same again, nothing changed (what the last first upload made)
c4_dmake2() { run_cmd c4_dmake2 "${DM[@]}" tree; }
c4_rsync2() { run_cmd c4_rsync2 rsync -a -e "$RSH" "$work/tree" "h1:$F/h1/rs/"; }
c5_dmake() { rm -f "$F"/h*/big.bin; run_cmd c5_dmake "${DM[@]}" put10; }
c5_scp() {
	rm -f "$F"/h*/big.bin
	run_cmd c5_scp bash "$work/scp10.sh" "$cfg" "$work/big.bin" "$F" "$NHOSTS"
}

funcs1=(c1_dmake c1_scp)
[ "$fabric_ok" = 1 ] && funcs1+=(c1_fab)
funcs4=(c4_dmake c4_scp)
funcs42=(c4_dmake2)
[ "$rsync_ok" = 1 ] && funcs4+=(c4_rsync) && funcs42+=(c4_rsync2)

# whatever else runs on the machine meanwhile disturbs the timing: the
# CPU time the machine spent busy minus this benchmark's says how much
t_start=$EPOCHREALTIME
m_start=$(machine_ticks)
o_start=$(own_ticks)
load_start=$(loadavg)
log "case 1: $BIG_MIB MiB put to h1 (1 + $runs rounds; load $(loadavg))"
rounds 1 "${funcs1[@]}"
log "case 2: $BIG_MIB MiB fetched from h1 (load $(loadavg))"
rounds 1 c2_dmake c2_scp
log "case 3: $HUGE_MIB MiB put to h1 (load $(loadavg))"
rounds 0 c3_dmake
log "case 4: $NFILES small files put to h1 (load $(loadavg))"
rounds 1 "${funcs4[@]}"
rounds 1 "${funcs42[@]}"
log "case 5: $BIG_MIB MiB put to $NHOSTS hosts (load $(loadavg))"
rounds 0 c5_dmake c5_scp
load_end=$(loadavg)
o_end=$(own_ticks)
m_end=$(machine_ticks)
t_end=$EPOCHREALTIME
rm -f "$F"/h*/big.bin "$F/h1/huge.bin"
other_ms=$(((m_end - m_start - (o_end - o_start)) * 1000 / hz))
[ "$other_ms" -lt 0 ] && other_ms=0
span_ms=$(((${t_end/./} - ${t_start/./}) / 1000))
other_pct=$((other_ms * 100 / (span_ms * $(nproc))))
[ "$other_pct" -ge 5 ] &&
	log "other processes used ${other_pct}% of the CPU meanwhile: the times are disturbed"

# ---- report -------------------------------------------------------------------

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
deb=$(cat /etc/debian_version 2>/dev/null || echo "?")
v_ssh=$(ssh -V 2>&1 | cut -d ',' -f 1)
v_libssh=$(dpkg-query -W -f '${Version}' libssh-4 2>/dev/null || echo "?")
v_dmake=$("$dmake" --version 2>/dev/null | head -n 1)
v_fab=n/a v_rsync=n/a
[ "$fabric_ok" = 1 ] && v_fab=$("$PY" -c 'import fabric, paramiko
print("Fabric %s (paramiko %s)" % (fabric.__version__, paramiko.__version__))')
[ "$rsync_ok" = 1 ] && v_rsync=$(rsync --version | head -n 1 | awk '{ print "rsync " $3 }')

d1=$(med c1_dmake) s1=$(med c1_scp) f1=$(med c1_fab)
d2=$(med c2_dmake) s2=$(med c2_scp)
d3=$(med c3_dmake)
d4=$(med c4_dmake) s4=$(med c4_scp) r4=$(med c4_rsync)
d42=$(med c4_dmake2) r42=$(med c4_rsync2)
d5=$(med c5_dmake) s5=$(med c5_scp)
rss3=$(maxof c3_dmake RSS)
mb=$(awk -v b="$tree_bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

cat <<EOT
Machine: $cpu, $(nproc) cores, $mem, Debian $deb; everything on
127.0.0.1 ($NHOSTS \`sshd\` servers of OpenSSH on the same machine, the
hosts' directories on the same disk as the sources).
Versions: $v_dmake with libssh $v_libssh; $v_ssh (its \`scp\` speaks SFTP);
$v_fab; $v_rsync.
Medians of $runs runs, the tools interleaved; wall time of the whole
command (process start, connecting and authenticating included).
Load average (1, 5, 15 min) at the start: $load_start; at the end:
$load_end.  While this ran ($((span_ms / 1000)) s), other processes used
$((other_ms / 1000)).$((other_ms % 1000 / 100)) s of CPU time (${other_pct}% of the machine).

| case | dmake | compared with | its time | dmake's speed-up (its time / dmake's) | target | met |
|---|---|---|---|---|---|---|
| 1. one $BIG_MIB MiB file, \`@put h1:\` | $(rate $BIG "$d1") | \`scp\` | $(rate $BIG "$s1") | $(speed "$d1" "$s1") | ≥ 1.0x | $(verdict "$d1" "$s1" 1.0) |
| | | Fabric \`Connection.put\` | $(rate $BIG "$f1") | $(speed "$d1" "$f1") | ≥ 8x | $(verdict "$d1" "$f1" 8) |
| 2. the same file, \`@get h1:\` | $(rate $BIG "$d2") | \`scp h1:…\` | $(rate $BIG "$s2") | $(speed "$d2" "$s2") | ≥ 1.0x (DESIGN §2: as fast as scp) | $(verdict "$d2" "$s2" 1.0) |
| 4a. $NFILES small files ($mb MB) into an empty directory | $(sec "$d4") | \`scp -r\` | $(sec "$s4") | $(speed "$d4" "$s4") | – | – |
| | | \`rsync -a\` (reference) | $(sec "$r4") | $(speed "$d4" "$r4") | – | – |
| 4b. the same again, nothing changed | $(sec "$d42") | \`rsync -a\` (nothing changed) | $(sec "$r42") | $(speed "$d42" "$r42") | – | – |
| 5. the $BIG_MIB MiB file to $NHOSTS hosts, \`@put h[1-$NHOSTS]:\` | $(rate $((BIG * NHOSTS)) "$d5") | $NHOSTS \`scp\` at once | $(rate $((BIG * NHOSTS)) "$s5") | $(speed "$d5" "$s5") | – | – |

Fan-out: $NHOSTS hosts took $(awk -v a="$d5" -v b="$d1" 'BEGIN { printf "%.1f", a / b }')x the time of one host (case 1) for
$NHOSTS times the bytes; the rates above count all $NHOSTS copies.

Memory and CPU of dmake (\`/usr/bin/time\`: peak RSS, user + system time;
medians of the same runs):

| transfer | dmake peak RSS | dmake CPU time | target | met |
|---|---|---|---|---|
| 3. one $HUGE_MIB MiB file, \`@put h1:\` ($(rate $HUGE "$d3")) | $(mib "$(med c3_dmake RSS)") (largest $(mib "$rss3")) | $(med c3_dmake CPU) ms | < 32 MiB | $(awk -v k="$rss3" 'BEGIN { print (k < 32768) ? "yes" : "**no**" }') |
| 1. one $BIG_MIB MiB file, \`@put h1:\` | $(mib "$(med c1_dmake RSS)") | $(med c1_dmake CPU) ms | – | – |
| 2. one $BIG_MIB MiB file, \`@get h1:\` | $(mib "$(med c2_dmake RSS)") | $(med c2_dmake CPU) ms | – | – |
| 4a. $NFILES small files, first upload | $(mib "$(med c4_dmake RSS)") | $(med c4_dmake CPU) ms | – | – |
| 4b. $NFILES small files, nothing changed | $(mib "$(med c4_dmake2 RSS)") | $(med c4_dmake2 CPU) ms | – | – |
| 5. $BIG_MIB MiB to $NHOSTS hosts | $(mib "$(med c5_dmake RSS)") | $(med c5_dmake CPU) ms | – | – |

Every timed run (s), to show the noise: $(for n in c1_dmake c1_scp c1_fab \
    c2_dmake c2_scp c3_dmake c4_dmake c4_scp c4_rsync c4_dmake2 c4_rsync2 \
    c5_dmake c5_scp; do
	[ -n "${T[$n]:-}" ] && printf '%s %s; ' "$n" "$(spread "$n")"
done | sed 's/; $/./')
EOT
