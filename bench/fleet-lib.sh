# shellcheck shell=bash
# bench/fleet-lib.sh - what the remote benchmarks (emit.sh, remote.sh,
# xfer.sh) share: their arguments, messages, a fleet of throwaway sshd
# servers on 127.0.0.1 (tests/remote/fleet.sh) of any size, and CPU-time
# and median helpers.  A benchmark sets BENCH to its name and sources it:
#
#	BENCH=remote.sh
#	. "$here/fleet-lib.sh"
#
#   bench_args MAXRUNS DEFAULT [DMAKE [RUNS]]
#                     set dmake (default build/src/dmake beside bench/,
#                     made absolute) and runs (1..MAXRUNS, default
#                     DEFAULT); exit 2 on a bad value or no dmake
#   log MSG...        "BENCH: MSG" on stderr;  die MSG...: that, exit 1
#   bench_fleet N [ALIASES]
#                     start sshd servers h1..hN (fleet.sh's fleet_start
#                     alone up to 8; beyond, one host the ordinary way and
#                     h2..hN on the same keys with fleet.sh's helpers and
#                     this file's ssh_config and known_hosts, which also
#                     name ALIASES host words a1..aALIASES spread round
#                     the servers); sets cfg, kh, key; dies on failure.
#                     SSH_AUTH_SOCK is unset: only the fleet's key counts
#   proc_ticks PID    "U S CU CS": CPU ticks of PID and its reaped children
#   sshd_ticks [all]  CPU ticks of what the fleet's listeners started and
#                     reaped (with "all": the listeners' own too)
#   machine_ticks     CPU ticks of all processes so far
#   own_ticks         CPU ticks of this benchmark and the fleet so far
#   hz                clock ticks a second, for the *_ticks
#   median WORDS...   the median (mean of the middle two for an even count)
#   med NAME [ARRAY]  the median of ARRAY[NAME] (default T), empty when
#                     unknown
#   sec US            microseconds as seconds, 3 significant digits

bench_here_=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

log() { printf '%s: %s\n' "$BENCH" "$*" >&2; }
die() { log "$*"; exit 1; }

bench_args() {
	local max=$1
	dmake=${3:-$bench_here_/../build/src/dmake}
	runs=${4:-$2}
	if ! [[ $runs =~ ^[1-9][0-9]*$ ]] || [ "$runs" -gt "$max" ]; then
		echo "$BENCH: runs must be 1..$max, not '$runs'" >&2
		exit 2
	fi
	case $dmake in
	/*) ;;
	*) dmake=$(cd "$(dirname "$dmake")" && pwd)/$(basename "$dmake") ;;
	esac
	if [ ! -x "$dmake" ]; then
		echo "$BENCH: no dmake at $dmake (build it first)" >&2
		exit 2
	fi
}

# shellcheck source-path=SCRIPTDIR source=../tests/remote/fleet.sh
. "$bench_here_/../tests/remote/fleet.sh"

bench_fleet() {
	local n=$1 i f why
	local -a hosts=()
	why=$(fleet_usable) || die "no sshd fleet can run here: $why"
	unset SSH_AUTH_SOCK
	if [ "$n" -le 8 ]; then
		fleet_start "$n" || die "cannot start the fleet: $FLEET_ERROR"
	else
		for f in fleet_new_port_ fleet_start_hosts_ fleet_wait_logins_; do
			declare -F "$f" >/dev/null ||
				die "tests/remote/fleet.sh has no $f any more: update bench/fleet-lib.sh"
		done
		# fleet.sh keeps to 8 hosts; everything it does to stop a
		# fleet goes by the files in $FLEET_DIR/sshd/, so it stops
		# these too.
		log "starting $n sshd servers"
		fleet_start 1 || die "cannot start the fleet: $FLEET_ERROR"
		for i in $(seq 2 "$n"); do
			hosts+=("h$i")
			mkdir -p "$FLEET_DIR/h$i" || die "mkdir failed"
			fleet_new_port_ > "$FLEET_DIR/sshd/h$i.port" || die "no free port"
		done
		fleet_start_hosts_ $((SECONDS + 20)) "${hosts[@]}" || die "$FLEET_ERROR"
		bench_client_files_ "$n" "${2:-0}" || die "cannot write ssh_config"
		export FLEET_N=$n
		fleet_wait_logins_ $((SECONDS + 20)) "${hosts[@]}" || die "$FLEET_ERROR"
	fi
	# shellcheck disable=SC2034 # for the benchmark that sources this
	cfg=$FLEET_CONFIG kh=$FLEET_KNOWN_HOSTS key=$FLEET_KEY
	log "fleet up: $FLEET_DIR"
}

# bench_client_files_ N ALIASES: ssh_config for h1..hN and a1..aALIASES
# (aK on server h((K-1) % N + 1)), every block self-contained
# (LIBSSH-NOTES.md); known_hosts for the N ports
bench_client_files_() {
	local n=$1 naliases=$2 i user hostkey
	user=$(id -un)
	read -r hostkey < "$FLEET_DIR/keys/host_ed25519.pub"
	hostkey=$(printf '%s\n' "$hostkey" | cut -d ' ' -f 1,2)
	for i in $(seq 1 "$n"); do
		echo "[127.0.0.1]:$(cat "$FLEET_DIR/sshd/h$i.port") $hostkey"
	done > "$FLEET_DIR/known_hosts.new"
	{
		for i in $(seq 1 "$n"); do
			bench_host_block_ "h$i" "$(cat "$FLEET_DIR/sshd/h$i.port")" "$user"
		done
		for i in $(seq 1 "$naliases"); do
			bench_host_block_ "a$i" \
			    "$(cat "$FLEET_DIR/sshd/h$(((i - 1) % n + 1)).port")" "$user"
		done
	} > "$FLEET_DIR/ssh_config.new"
	mv "$FLEET_DIR/ssh_config.new" "$FLEET_DIR/ssh_config" &&
		mv "$FLEET_DIR/known_hosts.new" "$FLEET_DIR/known_hosts"
}

# bench_host_block_ ALIAS PORT USER
bench_host_block_() {
	cat <<-EOF
	Host $1
	  HostName 127.0.0.1
	  Port $2
	  User $3
	  IdentityFile $FLEET_DIR/keys/client_ed25519
	  IdentitiesOnly yes
	  UserKnownHostsFile $FLEET_DIR/known_hosts
	  StrictHostKeyChecking yes
	  ConnectTimeout 10

	EOF
}

# fields 14 to 17 of /proc/PID/stat
proc_ticks() {
	local stat
	read -r stat < "/proc/$1/stat" || { echo "0 0 0 0"; return; }
	stat=${stat##*) }
	read -r _ _ _ _ _ _ _ _ _ _ _ u s cu cs _ <<< "$stat"
	echo "$u $s $cu $cs"
}

# The per-connection sshd processes and the sessions' shells and
# commands.  Waits (at most 3 s) until no listener has a child left, so
# that the last run is counted in full.
sshd_ticks() {
	local f pid i busy u s cu cs sum=0
	local -a pids=()
	for f in "$FLEET_DIR"/sshd/h*.pid; do
		read -r pid < "$f" && pids+=("$pid")
	done
	for i in $(seq 1 60); do
		busy=0
		for pid in "${pids[@]}"; do
			[ -n "$(ps -o pid= --ppid "$pid" 2>/dev/null)" ] && busy=1 && break
		done
		[ "$busy" = 0 ] && break
		sleep 0.05
		: "$i"
	done
	for pid in "${pids[@]}"; do
		read -r u s cu cs < <(proc_ticks "$pid")
		sum=$((sum + cu + cs))
		[ "${1:-}" = all ] && sum=$((sum + u + s))
	done
	echo "$sum"
}

# user, nice and system; not the interrupt time, which counts for no
# process
machine_ticks() {
	local cpu u n s _
	read -r cpu u n s _ < /proc/stat
	: "$cpu"
	echo $((u + n + s))
}

# this shell, what it started (its reaped children's), the fleet's
# servers
own_ticks() {
	local u s cu cs
	read -r u s cu cs < <(proc_ticks $$)
	echo $((u + s + cu + cs + $(sshd_ticks all)))
}
# shellcheck disable=SC2034 # for the benchmark that sources this
hz=$(getconf CLK_TCK 2>/dev/null || echo 100)

median() {
	printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 }
	    END { if (NR % 2) print a[(NR + 1) / 2];
	          else printf "%d\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

med() {
	local -n arr=${2:-T}
	[ -n "${arr[$1]:-}" ] || return 0
	# shellcheck disable=SC2086 # a list of numbers
	median ${arr[$1]}
}

sec() {
	[ -n "$1" ] || { echo "n/a"; return; }
	awk -v u="$1" 'BEGIN { s = u / 1e6;
	    if (s < 1) printf "%.3f s", s; else if (s < 10) printf "%.2f s", s;
	    else printf "%.1f s", s }'
}
