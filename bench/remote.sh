#!/bin/bash
# bench/remote.sh - remote execution: dmake against the tools a user would
# otherwise pick, in one run, on one fleet of throwaway sshd servers on
# 127.0.0.1 (tests/remote/fleet.sh, grown to 20 servers).
# Usage: bench/remote.sh [path/to/dmake] [runs]
#   dmake   default: build/src/dmake next to this script's directory
#   runs    timed runs of every command, 1..15 (default 5), after one
#           untimed warm-up run; the rounds interleave the tools
#
# Cases (the median wall time of each command; ratio = dmake / other):
#   1  100 sequential `@remote h1: true` lines in one target, against one
#      OpenSSH ControlMaster (the first `ssh h1 true` starts the master,
#      ControlPersist, 99 more reuse it, `ssh -O exit`) and against one
#      Fabric 2 Connection running `true` 100 times
#   2  a 100-line remote block against `ssh h1 sh -s < script` (the same
#      100 lines), with OpenSSH's default key exchange and with
#      curve25519-sha256 (libssh 0.10's, see LIBSSH-NOTES.md)
#   3  `@remote h[1-20]: uptime` against Fabric's ThreadingGroup of 20
#      and `pdsh -R ssh -f 32 -w h[1-20] uptime`
#   4  `uptime` on 20 hosts and on 200 host words (aliases a1..a200, ten
#      on each of the 20 sshd servers) with --forks 16 (the default) and
#      --forks 200: wall time, peak RSS and CPU time of dmake
# Then: how many TCP connections dmake opened (strace, counted connect()s
# to 127.0.0.1) and whether the login shell skipped root's ~/.bashrc.
#
# Every tool reads the same ssh_config and known_hosts, offers only the
# fleet's key (no agent: SSH_AUTH_SOCK is unset, HOME is an empty
# directory) and checks host keys.  Output goes to /dev/null; a run that
# fails stops the benchmark.  As root, what is missing (python3-fabric,
# pdsh, time, strace) is installed with apt-get; otherwise a missing tool's
# rows say "n/a".  Prints progress on stderr, the Markdown table on stdout.
# Takes about two minutes with 5 runs on 2 cores.

set -u
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
BENCH=remote.sh
# shellcheck source-path=SCRIPTDIR source=fleet-lib.sh
. "$here/fleet-lib.sh"
bench_args 15 5 "$@"

NHOSTS=20		# sshd servers
NALIASES=200		# host words of case 4, NALIASES / NHOSTS per server
NSEQ=100		# commands of case 1, lines of case 2
TMO=120			# seconds any one measured command may take
PY=/usr/bin/python3
fabric_py=$here/remote-fabric.py

# ---- tools -------------------------------------------------------------

have_fabric() { "$PY" -c 'import fabric' >/dev/null 2>&1; }
have_pdsh() {
	command -v pdsh >/dev/null 2>&1 && pdsh -L 2>/dev/null | grep -q '^Module: rcmd/ssh'
}

install_missing() {
	local -a pkgs=()
	[ -x "$PY" ] && have_fabric || pkgs+=(python3-fabric)
	have_pdsh || pkgs+=(pdsh)
	[ -x /usr/bin/time ] || pkgs+=(time)
	command -v strace >/dev/null 2>&1 || pkgs+=(strace)
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
pdsh_ok=0; have_pdsh && pdsh_ok=1
[ -x /usr/bin/time ] || die "/usr/bin/time is needed (apt-get install time)"

# ---- the fleet: 20 sshd servers ----------------------------------------

work=$(mktemp -d "${TMPDIR:-/tmp}/dmake-bench.XXXXXX") || die "mktemp failed"
cleanup() {
	# case 1's ControlMaster, left by an interrupted run (fleet_stop ran
	# first: its connection is gone, so it is on its way out anyway)
	[ -n "${cmsock:-}" ] && [ -S "$cmsock" ] &&
		timeout 5 ssh -o ControlPath="$cmsock" -O exit h1 >/dev/null 2>&1
	rm -rf "$work"
}
# fleet_start chains its own EXIT trap (fleet_stop) before this one
trap cleanup EXIT

# ssh_config: h1..h20, and a1..a200 (aK on server h((K-1) % 20 + 1))
bench_fleet "$NHOSTS" "$NALIASES"

# the servers' limits must allow case 4: NALIASES / NHOSTS connections
# being set up on each server at once
per=$(((NALIASES + NHOSTS - 1) / NHOSTS))
ms=$(sed -n 's/^MaxStartups[[:space:]]*\([0-9]*\).*/\1/p' "$FLEET_DIR/sshd/h1.conf")
if [ -z "$ms" ] || [ "$ms" -lt "$per" ]; then
	die "the fleet's sshd MaxStartups (${ms:-10}) is below $per"
fi

# ---- what runs -----------------------------------------------------------

df=$work/Deployfile
block=$work/block.sh
# shellcheck disable=SC2016 # make and the remote shell expand them
{
	echo ".PHONY: seq100 block100 up20 up200"
	echo "seq100:"
	for i in $(seq 1 "$NSEQ"); do
		printf '\t@remote h1: true\n'
	done
	echo "block100:"
	printf '\t@remote h1:\n'
	for i in $(seq 2 "$NSEQ"); do
		printf '\tx=$$((x+1))\n'
	done
	printf '\ttest "$$x" -eq %d\n' $((NSEQ - 1))
	printf '\t@end\n'
	echo "up20:"
	printf '\t@remote h[1-%d]: uptime\n' "$NHOSTS"
	echo "up200:"
	printf '\t@remote a[1-%d]: uptime\n' "$NALIASES"
} > "$df"
# shellcheck disable=SC2016 # the remote shell expands them
{
	for i in $(seq 2 "$NSEQ"); do
		printf 'x=$((x+1))\n'
	done
	printf 'test "$x" -eq %d\n' $((NSEQ - 1))
} > "$block"
# case 1's ControlMaster: what `ControlMaster auto`, `ControlPersist yes`
# in ssh_config give, then the master is told to exit
cat > "$work/cm.sh" <<'EOS'
cfg=$1 cp=$2 n=$3
for ((i = 0; i < n; i++)); do
	ssh -F "$cfg" -o BatchMode=yes -o ControlMaster=auto \
		-o ControlPersist=yes -o ControlPath="$cp" h1 true || exit
done
ssh -F "$cfg" -o ControlPath="$cp" -O exit h1 2>/dev/null
EOS
cmsock=$work/cm
mkdir "$work/home" || die "mkdir failed"
export HOME=$work/home
export PDSH_RCMD_TYPE=ssh
export PDSH_SSH_ARGS="-F $cfg -o BatchMode=yes -a -x -l%u %h"
hosts20=$(seq -f 'h%g' 1 "$NHOSTS" | tr '\n' ' ')

DM=("$dmake" -s -r -f "$df" --ssh-config "$cfg")
FAB=("$PY" "$fabric_py" "$cfg" "$kh" "$key")

# ---- measuring -----------------------------------------------------------

declare -A T=() RSS=() CPU=() SRV=() CRASH=()
record=0
IN=/dev/null


# run_cmd NAME CMD...: one run (stdin from $IN, output thrown away); when
# $record is 1, its wall time in microseconds is added to T[NAME].  A
# failure stops the benchmark (timeout's 124 too), except that a Fabric
# run (NAME *_fab) killed by a signal is counted in CRASH[NAME] and run
# again, at most twice: Debian's Fabric 2.6 / paramiko 2.12 has been
# seen to die of SIGSEGV now and then.
run_cmd() {
	local name=$1 t0 t1 st try
	shift
	for try in 1 2 3; do
		t0=$EPOCHREALTIME
		timeout "$TMO" "$@" < "$IN" > /dev/null 2> "$work/err"
		st=$?
		t1=$EPOCHREALTIME
		if [ "$st" -le 128 ] || [ "$try" = 3 ] || [ "${name%_fab}" = "$name" ]; then
			break
		fi
		CRASH[$name]=$((${CRASH[$name]:-0} + 1))
		log "$name was killed by signal $((st - 128)); running it again"
	done
	[ "$st" = 0 ] || die "$name failed (status $st): $(head -c 800 "$work/err")"
	[ "$record" = 1 ] && T[$name]+=" $((${t1/./} - ${t0/./}))"
	return 0
}

# run_rss NAME CMD...: run_cmd, and peak RSS (KiB), dmake's CPU time and
# the sshd servers' CPU time (ms) into RSS, CPU, SRV
run_rss() {
	local name=$1 b0 b1 w m u s
	shift
	b0=$(sshd_ticks)
	run_cmd "$name" /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@"
	b1=$(sshd_ticks)
	[ "$record" = 1 ] || return 0
	read -r w m u s < "$work/time"
	: "$w"
	RSS[$name]+=" $m"
	CPU[$name]+=" $(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 }')"
	SRV[$name]+=" $(((b1 - b0) * 1000 / hz))"
}

# rounds FUNC...: a warm-up round, then $runs timed rounds, each calling
# every FUNC once in order (so the tools share any drift of the machine)
rounds() {
	local r f
	for r in $(seq 0 "$runs"); do
		record=$((r > 0 ? 1 : 0))
		for f in "$@"; do
			"$f"
		done
	done
	record=0
}

# ratio A B: A / B as "0.42x", n/a when either is unknown
ratio() {
	if [ -z "$1" ] || [ -z "$2" ]; then echo "n/a"; return; fi
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'
}
# ratio_ms A B: A - B microseconds as "N ms"
ratio_ms() {
	if [ -z "$1" ] || [ -z "$2" ]; then echo "n/a"; return; fi
	echo "$((($1 - $2) / 1000)) ms"
}
# verdict A B MAX: "yes" when A / B <= MAX
verdict() {
	if [ -z "$1" ] || [ -z "$2" ]; then echo "n/a"; return; fi
	awk -v a="$1" -v b="$2" -v m="$3" 'BEGIN { print (a / b <= m) ? "yes" : "**no**" }'
}

# ---- checks before timing ---------------------------------------------------

# every tool must really do the work: look at what each one prints once
# want_lines NAME N FILE: FILE has N lines, else die
want_lines() {
	local n
	n=$(wc -l < "$3")
	[ "$n" = "$2" ] || die "$1 printed $n lines, not $2: $(head -c 400 "$3")"
}
log "checking that every tool works"
out=$work/out
timeout "$TMO" "${DM[@]}" --no-silent seq100 < /dev/null > "$out" 2>&1 ||
	die "dmake seq100 failed: $(head -c 800 "$out")"
want_lines "dmake seq100" "$NSEQ" "$out"
timeout "$TMO" "${DM[@]}" block100 < /dev/null > "$out" 2>&1 ||
	die "dmake block100 failed: $(head -c 800 "$out")"
timeout "$TMO" ssh -F "$cfg" -o BatchMode=yes h1 sh -s < "$block" > "$out" 2>&1 ||
	die "ssh h1 sh -s failed: $(head -c 800 "$out")"
timeout "$TMO" "${DM[@]}" up20 < /dev/null > "$out" 2>&1 ||
	die "dmake up20 failed: $(head -c 800 "$out")"
want_lines "dmake up20" "$NHOSTS" "$out"
timeout "$TMO" "${DM[@]}" up200 < /dev/null > "$out" 2>&1 ||
	die "dmake up200 failed: $(head -c 800 "$out")"
want_lines "dmake up200" "$NALIASES" "$out"
if [ "$pdsh_ok" = 1 ]; then
	timeout "$TMO" pdsh -f 32 -w "h[1-$NHOSTS]" uptime < /dev/null \
		> "$out" 2>&1 || die "pdsh failed: $(head -c 800 "$out")"
	want_lines pdsh "$NHOSTS" "$out"
	grep -v '^h[0-9]*: .*load average' "$out" >&2 && die "pdsh failed"
fi
if [ "$fabric_ok" = 1 ]; then
	# shellcheck disable=SC2086 # host names
	timeout "$TMO" "${FAB[@]}" group uptime $hosts20 < /dev/null \
		> "$out" 2>&1 || die "Fabric failed: $(head -c 800 "$out")"
fi
# The login shell: bash sources ~/.bashrc for a command from sshd when
# SHLVL (which it raises by one first) is below 2; the fleet's sshd sets
# SHLVL=1.  Root's ~/.bashrc may be slow (LIBSSH-NOTES.md).
grep -q '^SetEnv.* SHLVL=1' "$FLEET_DIR/sshd/h1.conf" ||
	die "the fleet's sshd does not set SHLVL=1 (SetEnv)"
# shellcheck disable=SC2016 # the remote shell expands it
shlvl=$(timeout "$TMO" ssh -F "$cfg" -o BatchMode=yes h1 'echo "$SHLVL"' < /dev/null)
case $shlvl in
[2-9]*) ;;
*) die "the login shell runs with SHLVL='$shlvl', it may read ~/.bashrc" ;;
esac

# ---- timing -----------------------------------------------------------------

# what the login shell would cost if it read ~/.bashrc: one ssh command
# running bash, with SHLVL as the fleet sets it and with SHLVL=0
c0_plain() { run_cmd c0_plain ssh -F "$cfg" -o BatchMode=yes h1 'exec bash -c true'; }
c0_rc() {
	run_cmd c0_rc ssh -F "$cfg" -o BatchMode=yes h1 'SHLVL=0 exec bash -c true'
}
c1_dmake() { run_cmd c1_dmake "${DM[@]}" seq100; }
c1_cm() { run_cmd c1_cm bash "$work/cm.sh" "$cfg" "$cmsock" "$NSEQ"; }
c1_fab() { run_cmd c1_fab "${FAB[@]}" seq h1 "$NSEQ" true; }
c2_dmake() { run_cmd c2_dmake "${DM[@]}" block100; }
c2_ssh() { IN=$block run_cmd c2_ssh ssh -F "$cfg" -o BatchMode=yes h1 sh -s; }
c2_ssh25519() {
	IN=$block run_cmd c2_ssh25519 ssh -F "$cfg" -o BatchMode=yes \
		-o KexAlgorithms=curve25519-sha256 h1 sh -s
}
c3_dmake() { run_cmd c3_dmake "${DM[@]}" up20; }
# shellcheck disable=SC2086 # host names
c3_fab() { run_cmd c3_fab "${FAB[@]}" group uptime $hosts20; }
c3_pdsh() { run_cmd c3_pdsh pdsh -f 32 -w "h[1-$NHOSTS]" uptime; }
c4_20() { run_rss c4_20 "${DM[@]}" up20; }
c4_20f() { run_rss c4_20f "${DM[@]}" --forks 200 up20; }
c4_200() { run_rss c4_200 "${DM[@]}" up200; }
c4_200f() { run_rss c4_200f "${DM[@]}" --forks 200 up200; }

funcs1=(c1_dmake c1_cm)
funcs3=(c3_dmake)
[ "$fabric_ok" = 1 ] && funcs1+=(c1_fab) && funcs3+=(c3_fab)
[ "$pdsh_ok" = 1 ] && funcs3+=(c3_pdsh)
# whatever else runs on the machine meanwhile disturbs the timing: the
# CPU time the machine spent busy minus this benchmark's says how much
# (roughly: case 1's ControlMaster leaves the process tree, its CPU
# time counts as other)
t_start=$EPOCHREALTIME
m_start=$(machine_ticks)
o_start=$(own_ticks)
log "login shell cost"
rounds c0_plain c0_rc
log "case 1: $NSEQ commands on one host (1 + $runs rounds)"
rounds "${funcs1[@]}"
log "case 2: a $NSEQ-line script on one host"
rounds c2_dmake c2_ssh c2_ssh25519
log "case 3: uptime on $NHOSTS hosts"
rounds "${funcs3[@]}"
log "case 4: uptime on $NHOSTS and $NALIASES host words"
rounds c4_20 c4_20f c4_200 c4_200f

# ---- connections: one per host ------------------------------------------------

# conns TARGET: the connect() calls to 127.0.0.1 that dmake makes
conns() {
	timeout "$TMO" strace -f -qq -e trace=connect -o "$work/strace" \
		"${DM[@]}" "$1" < /dev/null > /dev/null 2>&1 || { echo "?"; return; }
	grep -c 'sin_addr=inet_addr("127.0.0.1")' "$work/strace"
}
if command -v strace >/dev/null 2>&1; then
	log "counting connections"
	n_seq=$(conns seq100)
	n_20=$(conns up20)
	n_200=$(conns up200)
else
	n_seq=n/a n_20=n/a n_200=n/a
fi

o_end=$(own_ticks)
m_end=$(machine_ticks)
t_end=$EPOCHREALTIME
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
v_fab=n/a v_pdsh=n/a
[ "$fabric_ok" = 1 ] && v_fab=$("$PY" -c 'import fabric, paramiko
print("Fabric %s (paramiko %s)" % (fabric.__version__, paramiko.__version__))')
[ "$pdsh_ok" = 1 ] && v_pdsh=$(pdsh -V 2>&1 | head -n 1 | cut -d ' ' -f 1)

d1=$(med c1_dmake) d2=$(med c2_dmake) d3=$(med c3_dmake)
cm=$(med c1_cm) f1=$(med c1_fab) s2=$(med c2_ssh) s2c=$(med c2_ssh25519)
f3=$(med c3_fab) p3=$(med c3_pdsh)

cat <<EOT
Machine: $cpu, $(nproc) cores, $mem, Debian $deb; everything on
127.0.0.1 ($NHOSTS \`sshd\` servers of OpenSSH 9.2 on the same machine).
Versions: $v_dmake with libssh $v_libssh; $v_ssh; $v_fab; $v_pdsh.
Medians of $runs runs after one warm-up, the tools interleaved; wall time
of the whole command (process start, connecting and authenticating
included).  While this ran ($((span_ms / 1000)) s), other processes used $((other_ms / 1000)).$((other_ms % 1000 / 100)) s
of CPU time (${other_pct}% of the machine).

| case | dmake | compared with | its time | dmake / it | target | met |
|---|---|---|---|---|---|---|
| 1. $NSEQ sequential \`@remote h1: true\` lines in one target | $(sec "$d1") | OpenSSH ControlMaster: $NSEQ \`ssh h1 true\` (\`ControlMaster auto\`, \`ControlPersist yes\`; the first starts the master), then \`ssh -O exit\` | $(sec "$cm") | $(ratio "$d1" "$cm") | ≤ 0.5x | $(verdict "$d1" "$cm" 0.5) |
| | | Fabric, one \`Connection\`, $NSEQ × \`run("true", hide=True)\` | $(sec "$f1") | $(ratio "$d1" "$f1") | ≤ 0.1x (10x faster) | $(verdict "$d1" "$f1" 0.1) |
| 2. a $NSEQ-line remote block (\`@remote h1:\` … \`@end\`) | $(sec "$d2") | \`ssh h1 sh -s < script\` ($NSEQ lines) | $(sec "$s2") | $(ratio "$d2" "$s2") | ≤ 1.2x | $(verdict "$d2" "$s2" 1.2) |
| | | the same with \`-o KexAlgorithms=curve25519-sha256\` (libssh's key exchange) | $(sec "$s2c") | $(ratio "$d2" "$s2c") | – | – |
| 3. \`@remote h[1-$NHOSTS]: uptime\` | $(sec "$d3") | Fabric \`ThreadingGroup\` of $NHOSTS, \`run("uptime", hide=True)\` | $(sec "$f3") | $(ratio "$d3" "$f3") | < 1x | $(verdict "$d3" "$f3" 0.999) |
| | | \`pdsh -R ssh -f 32 -w h[1-$NHOSTS] uptime\` | $(sec "$p3") | $(ratio "$d3" "$p3") | ≤ 0.33x (3x faster) | $(verdict "$d3" "$p3" 0.3334) |

Fan-out, dmake only: \`@remote HOSTS: uptime\` with $NHOSTS host words
(h1..h$NHOSTS, one per server) and $NALIASES (a1..a$NALIASES, $per ssh_config
aliases per server).  Peak RSS and dmake's CPU time (user + system) from
\`/usr/bin/time\`; the servers' CPU time is what the 20 sshd listeners'
children used (the per-connection sshd processes, the login shells and
\`uptime\`).  "Bound" is the two together divided by the $(nproc) cores: no
client can finish sooner on this machine.

| host words | \`--forks\` | wall time | peak RSS | dmake CPU | servers' CPU | bound |
|---|---|---|---|---|---|---|
EOT
for n in c4_20:"$NHOSTS":"16 (default)" c4_20f:"$NHOSTS":200 \
    c4_200:"$NALIASES":"16 (default)" c4_200f:"$NALIASES":200; do
	IFS=: read -r name hw fk <<< "$n"
	c=$(med "$name" CPU) v=$(med "$name" SRV)
	printf '| %s | %s | %s | %s KiB | %s ms | %s ms | %s |\n' "$hw" "$fk" \
		"$(sec "$(med "$name")")" "$(med "$name" RSS)" "$c" "$v" \
		"$(sec $(((c + v) * 1000 / $(nproc))))"
done
g16=$(awk -v a="$(med c4_200)" -v b="$(med c4_20)" 'BEGIN { printf "%.1f", a / b }')
g200=$(awk -v a="$(med c4_200f)" -v b="$(med c4_20f)" 'BEGIN { printf "%.1f", a / b }')
grss=$(awk -v a="$(med c4_200f RSS)" -v b="$(med c4_20f RSS)" 'BEGIN { printf "%.1f", a / b }')
cat <<EOT

From $NHOSTS to $NALIASES host words (×$((NALIASES / NHOSTS))): wall time ×$g16 with
\`--forks 16\`, ×$g200 with \`--forks 200\`; peak RSS ×$grss (\`--forks 200\`).

Connections (\`strace -f -e trace=connect\`, connect() calls to
127.0.0.1): $n_seq for the $NSEQ commands on h1, $n_20 for $NHOSTS hosts,
$n_200 for $NALIASES host words.
$(for n in "${!CRASH[@]}"; do
	echo "Crashes: $n was killed by a signal ${CRASH[$n]} time(s) and run again."
done)
Login shell: the fleet's sshd sets \`SetEnv SHLVL=1\`; the remote
login shell (bash) runs with \`SHLVL=$shlvl\`, so it does not source
root's ~/.bashrc, which would cost $(ratio_ms "$(med c0_rc)" "$(med c0_plain)") per
command here (\`ssh h1 'SHLVL=0 exec bash -c true'\`: $(sec "$(med c0_rc)"),
without \`SHLVL=0\`: $(sec "$(med c0_plain)")).
EOT
