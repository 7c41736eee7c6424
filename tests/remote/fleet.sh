# shellcheck shell=bash
# tests/remote/fleet.sh - a fleet of throwaway sshd servers on 127.0.0.1
# for the remote tests.  Source it from bash (after tests/scenario/lib.sh
# when the script prints TAP):
#
#	. "$here/fleet.sh"
#	why=$(fleet_usable) || tap_skip_all "$why"
#	fleet_start 3 || tap_skip_all "$FLEET_ERROR"
#	ssh -F "$FLEET_CONFIG" h2 'echo $DMAKE_TEST_HOST'	# prints h2
#	...					# fleet_stop runs at exit
#
# Each host hI (I = 1..N, N <= 8) is one `sshd -D -e` on 127.0.0.1 and its
# own random free port, with its own empty directory $FLEET_DIR/hI/ for tests
# to write into (the hosts share this machine's filesystem, so that is how a
# test tells their effects apart).  Every session gets the environment
# variables SHLVL=1 (root's slow ~/.bashrc stays out of the way),
# DMAKE_TEST_HOST=hI (so a command can tell which server it runs on) and
# DMAKE_FLEET=$FLEET_DIR (how fleet_stop finds what the sessions started).
# One more alias, h9, is a host that never answers: a port nobody listens on
# (connections are refused).
#
# FLEET_DIR (mode 0700, under $TMPDIR or /tmp) holds:
#   ssh_config          one self-contained `Host hI` block per host, and h9
#                       (libssh mis-handles options shared by a trailing
#                       block, see LIBSSH-NOTES.md)
#   known_hosts         "[127.0.0.1]:PORT ssh-ed25519 ..." for every host
#   keys/               host_ed25519(.pub), client_ed25519(.pub)
#   sshd/               hI.conf, hI.port, hI.pid (sshd's PidFile), hI.log
#                       (sshd's stderr, LogLevel ERROR)
#   h1/ ... hN/         the hosts' directories, empty at start
#
# Functions:
#   fleet_usable         print why no fleet can run here and return 1
#                        (sshd, ssh or ssh-keygen missing, or `sshd -t`
#                        fails), else return 0
#   fleet_start N        start N hosts and wait (at most 10 s) until each one
#                        accepts a real OpenSSH login; set and export
#                        FLEET_DIR FLEET_CONFIG FLEET_KNOWN_HOSTS FLEET_N
#                        FLEET_KEY FLEET_HOSTKEY FLEET_PORT_h1..hN FLEET_PORT_h9
#                        FLEET_LIB; install fleet_stop as an EXIT trap (chained
#                        before any trap already there) plus a watchdog that
#                        stops the fleet should this shell die by SIGKILL.
#                        On failure: FLEET_ERROR says why, nothing is left
#                        running, returns 1.  Call it in the main shell.
#   fleet_port I         print hI's port (I is 3 or h3)
#   fleet_pid I          print the pid of hI's listening sshd, nothing when down
#   fleet_alive I        status 0 when hI's sshd is running
#   fleet_kill I         SIGKILL hI's sshd, its sessions and whatever they
#                        started: the host is down (connections refused)
#   fleet_restart I      start hI again on the same port (after fleet_kill)
#                        and wait until it accepts a login
#   fleet_heal           restart every host that is down
#   fleet_reset_dirs     empty every $FLEET_DIR/hI/
#   fleet_leftovers [I]  print the pids of processes that sessions (of hI)
#                        started and that are still running
#   fleet_kill_leftovers [I]   SIGKILL those
#   fleet_env            print, one a line, NAME=VALUE words of the fleet's
#                        variables, for `env` (see clean_env in lib.sh)
#   fleet_stop           kill every sshd of the fleet and everything its
#                        sessions started, remove FLEET_DIR
#   fleet_extra NAME MAX  (a case's setup.sh) start one more sshd like h1's
#                        but with MaxSessions MAX and LogLevel INFO (its
#                        log, $FLEET_DIR/sshd/NAME.log, has a line for each
#                        login), on a port of its own; write known_hosts
#                        and ssh_config (Host NAME) into the current
#                        directory.  Its files are in sshd/, so fleet_stop
#                        ends it should the case not
#   fleet_extra_logins NAME  (check.sh) print how many logins NAME's sshd
#                        accepted (the "Accepted publickey" lines of its log)
#   fleet_extra_stop NAME  (check.sh) stop it and forget it
#
# Only FLEET_DIR is needed to use a running fleet, so a child shell (a
# case's setup.sh) can `. "$FLEET_LIB"` and call fleet_kill 2 or
# fleet_restart 2: the state lives in files under FLEET_DIR.

FLEET_SSHD=${FLEET_SSHD:-/usr/sbin/sshd}
# The watchdog stops a fleet after this long even if its shell lives on.
FLEET_MAX_SECONDS=${FLEET_MAX_SECONDS:-3600}
FLEET_ERROR=

fleet_usable() {
	local c
	for c in ssh ssh-keygen ps; do
		if ! command -v "$c" >/dev/null 2>&1; then
			echo "$c not found (install openssh-client / procps)"
			return 1
		fi
	done
	if [ ! -x "$FLEET_SSHD" ]; then
		echo "$FLEET_SSHD not found (install openssh-server)"
		return 1
	fi
	if [ ! -d /proc/self ]; then
		echo "no /proc: cannot track the fleet's processes"
		return 1
	fi
	fleet_sshd_test_
}

# fleet_sshd_test_: can sshd run here at all?  `sshd -t` on a throwaway
# configuration like the fleet's (as root it needs /run/sshd)
fleet_sshd_test_() {
	local t out st=0
	t=$(mktemp -d "${TMPDIR:-/tmp}/dmake-fleet-t.XXXXXX") || {
		echo "mktemp failed"
		return 1
	}
	if ! ssh-keygen -q -t ed25519 -N '' -f "$t/k" </dev/null >/dev/null 2>&1; then
		echo "ssh-keygen cannot make an ed25519 key"
		st=1
	else
		printf '%s\n' "ListenAddress 127.0.0.1" "Port 22" "HostKey $t/k" \
			"PidFile $t/pid" "UsePAM no" "StrictModes no" > "$t/c"
		if [ "$(id -u)" = 0 ] && [ ! -d /run/sshd ]; then
			mkdir -m 0755 /run/sshd 2>/dev/null
		fi
		out=$("$FLEET_SSHD" -t -f "$t/c" 2>&1) || {
			st=$?
			echo "$FLEET_SSHD -t fails (status $st):" \
				"$(printf '%s' "$out" | head -n 2 | tr '\n' ' ')"
		}
	fi
	rm -rf "$t"
	return $st
}

# fleet_host_ I: "hI" from "I" or "hI"
fleet_host_() {
	case $1 in
	h[1-9]) printf '%s\n' "$1" ;;
	[1-9]) printf 'h%s\n' "$1" ;;
	*) echo "fleet: bad host '$1'" >&2; return 1 ;;
	esac
}

fleet_port() {
	local h
	h=$(fleet_host_ "$1") || return 1
	cat "$FLEET_DIR/sshd/$h.port" 2>/dev/null
}

# fleet_pid I: the listener's pid from sshd's PidFile, when that process
# is alive and really is this host's sshd (not a reused pid)
fleet_pid() {
	local h pid=
	h=$(fleet_host_ "$1") || return 1
	[ -n "${FLEET_DIR:-}" ] || return 1
	read -r pid 2>/dev/null < "$FLEET_DIR/sshd/$h.pid" || return 1
	fleet_is_sshd_ "$pid" "$FLEET_DIR/sshd/$h.conf" || return 1
	printf '%s\n' "$pid"
}

# fleet_is_sshd_ PID CONF: PID runs, is no zombie, and has CONF in argv
fleet_is_sshd_() {
	local cmd
	case $1 in '' | *[!0-9]*) return 1 ;; esac
	fleet_proc_runs_ "$1" || return 1
	cmd=$(tr '\0' ' ' 2>/dev/null < "/proc/$1/cmdline") || return 1
	case $cmd in *" $2"*) return 0 ;; esac
	return 1
}

fleet_alive() {
	fleet_pid "$1" >/dev/null
}

# fleet_descendants_ PID...: PID and all its descendants, one a line
fleet_descendants_() {
	local -A kids=()
	local pid ppid queue=("$@") p
	while read -r pid ppid; do
		kids[$ppid]+=" $pid"
	done < <(ps -e -o pid= -o ppid= 2>/dev/null)
	while [ ${#queue[@]} -gt 0 ]; do
		p=${queue[0]}
		queue=("${queue[@]:1}")
		printf '%s\n' "$p"
		# shellcheck disable=SC2206 # pids: plain words
		[ -n "${kids[$p]:-}" ] && queue+=(${kids[$p]})
	done
}

fleet_leftovers() {
	local h='' f pid
	[ -n "${FLEET_DIR:-}" ] || return 0
	if [ $# -gt 0 ]; then
		h=$(fleet_host_ "$1") || return 1
	fi
	# The marker is in the environment sshd gives each session, so it
	# finds what sessions started even after it left the process tree.
	# shellcheck disable=SC2013 # /proc/N/environ: plain words
	for f in $(grep -l -a -z -x -F "DMAKE_FLEET=$FLEET_DIR" \
	    /proc/[0-9]*/environ 2>/dev/null); do
		pid=${f#/proc/}
		pid=${pid%/environ}
		[ "$pid" = "$$" ] || [ "$pid" = "${BASHPID:-}" ] && continue
		if [ -n "$h" ] && ! grep -q -a -z -x -F "DMAKE_TEST_HOST=$h" \
		    "$f" 2>/dev/null; then
			continue
		fi
		printf '%s\n' "$pid"
	done
}

# fleet_kill_set_ PID...: kill these processes, their descendants and the
# fleet's leftovers ($FLEET_KILL_HOST_'s only when set).  Stop them first
# and look again, so nothing forks away between looking and killing.
fleet_kill_set_() {
	local -A seen=()
	local round p new
	local -a roots=("$@") all
	for round in 1 2 3 4 5; do
		mapfile -t all < <(
			[ ${#roots[@]} -gt 0 ] && fleet_descendants_ "${roots[@]}"
			fleet_leftovers ${FLEET_KILL_HOST_:+"$FLEET_KILL_HOST_"})
		new=0
		for p in ${all[@]+"${all[@]}"}; do
			[ -n "${seen[$p]:-}" ] && continue
			[ "$p" = "$$" ] || [ "$p" = "${BASHPID:-}" ] && continue
			seen[$p]=1
			new=1
			kill -STOP "$p" 2>/dev/null
		done
		[ $new = 0 ] && break
		: "$round"
	done
	for p in "${!seen[@]}"; do
		kill -KILL "$p" 2>/dev/null
	done
	return 0
}

fleet_kill_leftovers() {
	local FLEET_KILL_HOST_=
	if [ $# -gt 0 ]; then
		FLEET_KILL_HOST_=$(fleet_host_ "$1") || return 1
	fi
	fleet_kill_set_
}

# fleet_proc_runs_ PID: it exists and is no zombie
fleet_proc_runs_() {
	local stat
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	stat=${stat##*) }
	case $stat in Z* | X* | '') return 1 ;; esac
	return 0
}

# fleet_wait_gone_ PID...: wait (at most 3 s) until none of them runs
fleet_wait_gone_() {
	local i p left
	for i in $(seq 1 60); do
		left=0
		for p in "$@"; do
			fleet_proc_runs_ "$p" && left=1
		done
		[ $left = 0 ] && return 0
		sleep 0.05
		: "$i"
	done
	return 1
}

fleet_kill() {
	local h pid FLEET_KILL_HOST_
	h=$(fleet_host_ "$1") || return 1
	FLEET_KILL_HOST_=$h
	pid=$(fleet_pid "$h")
	if [ -n "$pid" ]; then
		fleet_kill_set_ "$pid"
		fleet_wait_gone_ "$pid"
	else
		fleet_kill_set_
	fi
	rm -f "$FLEET_DIR/sshd/$h.pid"
}

# fleet_write_sshd_config_ H PORT
fleet_write_sshd_config_() {
	local h=$1 port=$2 d=$FLEET_DIR
	cat > "$d/sshd/$h.conf" <<-EOF
	# sshd for fleet host $h (tests/remote/fleet.sh)
	ListenAddress 127.0.0.1
	Port $port
	AddressFamily inet
	HostKey $d/keys/host_ed25519
	PidFile $d/sshd/$h.pid
	AuthorizedKeysFile $d/keys/client_ed25519.pub
	UsePAM no
	UseDNS no
	StrictModes no
	PermitRootLogin prohibit-password
	PubkeyAuthentication yes
	PasswordAuthentication no
	KbdInteractiveAuthentication no
	MaxSessions 50
	MaxStartups 100:30:200
	LoginGraceTime 30
	PrintMotd no
	PrintLastLog no
	X11Forwarding no
	Subsystem sftp internal-sftp
	SetEnv SHLVL=1 DMAKE_TEST_HOST=$h DMAKE_FLEET=$d
	LogLevel ERROR
	${FLEET_EXTRA_SSHD_OPTS_:-}
	EOF
}

# fleet_launch_ H: start hI's sshd in the background (port from sshd/H.port)
fleet_launch_() {
	local h=$1 d=$FLEET_DIR
	rm -f "$d/sshd/$h.pid"
	fleet_write_sshd_config_ "$h" "$(cat "$d/sshd/$h.port")"
	"$FLEET_SSHD" -D -e -f "$d/sshd/$h.conf" \
		</dev/null >> "$d/sshd/$h.log" 2>&1 &
	printf '%s\n' "$!" > "$d/sshd/$h.launched"
	# out of the job table: bash still reaps it, but says nothing when
	# a fault test kills it from another shell
	disown "$!"
}

# fleet_listen_state_ H: 0 listening (PidFile written, which sshd does
# after binding), 1 exited, 2 still starting (also while the background
# job is still the shell that forked it, before its exec of sshd: taken
# for "exited", that made a loaded machine fail fleet_restart now and then)
fleet_listen_state_() {
	local h=$1 pid
	read -r pid 2>/dev/null < "$FLEET_DIR/sshd/$h.launched" || return 1
	if ! fleet_is_sshd_ "$pid" "$FLEET_DIR/sshd/$h.conf"; then
		fleet_proc_runs_ "$pid" &&
		    [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" != \
		    "$(readlink -f "$FLEET_SSHD")" ] && return 2
		return 1
	fi
	[ -s "$FLEET_DIR/sshd/$h.pid" ] && return 0
	return 2
}

# fleet_random_port_: a port in 20000..(start of the ephemeral range - 1),
# so that no outgoing connection ever uses it as its own port
fleet_random_port_() {
	local lo=20000 hi=60000 eph
	read -r eph _ 2>/dev/null < /proc/sys/net/ipv4/ip_local_port_range
	case ${eph:-} in
	'' | *[!0-9]*) ;;
	*) [ "$eph" -gt 21000 ] && hi=$((eph - 1)) ;;
	esac
	echo $((lo + (RANDOM * 32768 + RANDOM) % (hi - lo + 1)))
}

# fleet_port_taken_ PORT: something in this fleet uses it, or it accepts
# connections on 127.0.0.1
fleet_port_taken_() {
	local f
	for f in "$FLEET_DIR"/sshd/*.port; do
		[ -f "$f" ] && [ "$(cat "$f")" = "$1" ] && return 0
	done
	(exec 3<> "/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
	return 1
}

fleet_new_port_() {
	local i p
	for i in $(seq 1 50); do
		p=$(fleet_random_port_)
		fleet_port_taken_ "$p" || { echo "$p"; return 0; }
		: "$i"
	done
	return 1
}

# fleet_check_login_ H: one OpenSSH login; the session must say it is H
fleet_check_login_() {
	local out
	# shellcheck disable=SC2016 # expanded by the remote shell
	out=$(timeout 10 ssh -F "$FLEET_CONFIG" -o BatchMode=yes "$1" \
		'echo "$DMAKE_TEST_HOST"' </dev/null 2>> "$FLEET_DIR/sshd/$1.ssh.log")
	[ "$out" = "$1" ]
}

fleet_write_client_files_() {
	local d=$FLEET_DIR i h port user key
	user=$(id -un)
	read -r key < "$d/keys/host_ed25519.pub"
	key=$(printf '%s\n' "$key" | cut -d ' ' -f 1,2)
	: > "$d/ssh_config.new"
	: > "$d/known_hosts.new"
	for i in $(seq 1 "$FLEET_N") 9; do
		h=h$i
		port=$(cat "$d/sshd/$h.port")
		cat >> "$d/ssh_config.new" <<-EOF
		Host $h
		  HostName 127.0.0.1
		  Port $port
		  User $user
		  IdentityFile $d/keys/client_ed25519
		  IdentitiesOnly yes
		  UserKnownHostsFile $d/known_hosts
		  StrictHostKeyChecking yes
		  ConnectTimeout 5

		EOF
		[ "$i" = 9 ] || echo "[127.0.0.1]:$port $key" >> "$d/known_hosts.new"
	done
	mv "$d/ssh_config.new" "$d/ssh_config"
	mv "$d/known_hosts.new" "$d/known_hosts"
}

fleet_export_() {
	local i h
	FLEET_CONFIG=$FLEET_DIR/ssh_config
	FLEET_KNOWN_HOSTS=$FLEET_DIR/known_hosts
	FLEET_KEY=$FLEET_DIR/keys/client_ed25519
	FLEET_HOSTKEY=$FLEET_DIR/keys/host_ed25519.pub
	export FLEET_DIR FLEET_CONFIG FLEET_KNOWN_HOSTS FLEET_N FLEET_KEY \
		FLEET_HOSTKEY FLEET_LIB
	for i in $(seq 1 "$FLEET_N") 9; do
		h=h$i
		printf -v "FLEET_PORT_$h" '%s' "$(cat "$FLEET_DIR/sshd/$h.port")"
		export "FLEET_PORT_$h"
	done
}

fleet_env() {
	local v i
	for v in FLEET_DIR FLEET_CONFIG FLEET_KNOWN_HOSTS FLEET_N FLEET_KEY \
	    FLEET_HOSTKEY FLEET_LIB; do
		printf '%s=%s\n' "$v" "${!v}"
	done
	for i in $(seq 1 "$FLEET_N") 9; do
		v=FLEET_PORT_h$i
		printf '%s=%s\n' "$v" "${!v}"
	done
}

# fleet_start_hosts_ DEADLINE H...: launch the hosts in parallel and wait
# until each one listens; a host whose sshd exits (its port was taken
# meanwhile) is retried on another port, at most 8 times
fleet_start_hosts_() {
	local deadline=$1 h st
	shift
	local -A tries=()
	local -a waiting=("$@") still
	for h in "$@"; do
		tries[$h]=1
		fleet_launch_ "$h"
	done
	while [ ${#waiting[@]} -gt 0 ]; do
		still=()
		for h in "${waiting[@]}"; do
			fleet_listen_state_ "$h"
			st=$?
			case $st in
			0) ;;
			2) still+=("$h") ;;
			*)
				if [ "${tries[$h]}" -ge 8 ] ||
				    ! grep -q -i 'bind\|address already in use' \
				      "$FLEET_DIR/sshd/$h.log"; then
					FLEET_ERROR="sshd for $h exited: $(tail -n 3 "$FLEET_DIR/sshd/$h.log" | tr '\n' ' ')"
					return 1
				fi
				tries[$h]=$((tries[$h] + 1))
				fleet_new_port_ > "$FLEET_DIR/sshd/$h.port" || {
					FLEET_ERROR="no free port found"
					return 1
				}
				fleet_launch_ "$h"
				still+=("$h")
				;;
			esac
		done
		waiting=(${still[@]+"${still[@]}"})
		[ ${#waiting[@]} -eq 0 ] && break
		if [ "$SECONDS" -ge "$deadline" ]; then
			FLEET_ERROR="sshd did not start listening in time: ${waiting[*]}"
			return 1
		fi
		sleep 0.02
	done
	return 0
}

# fleet_wait_logins_ DEADLINE H...: OpenSSH logins to all of them in
# parallel, retried until DEADLINE
fleet_wait_logins_() {
	local deadline=$1 h
	shift
	local -A job=()
	local -a waiting=("$@") still
	while :; do
		for h in "${waiting[@]}"; do
			fleet_check_login_ "$h" & job[$h]=$!
		done
		still=()
		for h in "${waiting[@]}"; do
			wait "${job[$h]}" || still+=("$h")
		done
		[ ${#still[@]} -eq 0 ] && return 0
		waiting=("${still[@]}")
		if [ "$SECONDS" -ge "$deadline" ]; then
			FLEET_ERROR="OpenSSH cannot log in to ${waiting[*]}: $(
				cat "$FLEET_DIR/sshd/${waiting[0]}.ssh.log" \
				    "$FLEET_DIR/sshd/${waiting[0]}.log" 2>/dev/null |
				tail -n 4 | tr '\n' ' ')"
			return 1
		fi
		sleep 0.1
	done
}

# fleet_new_dir_: a new private directory whose path sshd_config and
# ssh_config can hold unquoted
fleet_new_dir_() {
	local base=${TMPDIR:-/tmp} d
	case $base in
	/*) ;;
	*) base=/tmp ;;
	esac
	[[ $base =~ ^[A-Za-z0-9_./+-]+$ ]] && [ -d "$base" ] && [ -w "$base" ] ||
		base=/tmp
	d=$(mktemp -d "$base/dmake-fleet.XXXXXX") || return 1
	chmod 0700 "$d" || return 1
	(cd "$d" && pwd -P)
}

fleet_start() {
	local n=${1:-3} i h why deadline d
	FLEET_ERROR=
	case $n in
	[1-8]) ;;
	*) FLEET_ERROR="fleet_start: N must be 1..8, not '$n'"; return 1 ;;
	esac
	if ! why=$(fleet_usable); then
		FLEET_ERROR=$why
		return 1
	fi
	# FLEET_STARTED_ is not exported: a FLEET_DIR inherited from a parent
	# that runs a fleet of its own is no reason to refuse
	if [ -n "${FLEET_STARTED_:-}" ] && [ -d "$FLEET_STARTED_" ]; then
		FLEET_ERROR="this shell runs a fleet already ($FLEET_STARTED_)"
		return 1
	fi
	FLEET_WATCHDOG_=
	FLEET_EXTRA_SSHD_OPTS_=
	if [ "$(id -u)" = 0 ] && [ ! -d /run/sshd ]; then
		# sshd's privilege-separation directory, needed to run as root
		mkdir -m 0755 /run/sshd || {
			FLEET_ERROR="cannot create /run/sshd"
			return 1
		}
	fi
	d=$(fleet_new_dir_) || { FLEET_ERROR="cannot create a directory"; return 1; }
	FLEET_DIR=$d
	FLEET_STARTED_=$d
	FLEET_N=$n
	FLEET_LIB=${BASH_SOURCE[0]}
	case $FLEET_LIB in
	/*) ;;
	*) FLEET_LIB=$(cd "$(dirname "$FLEET_LIB")" && pwd)/$(basename "$FLEET_LIB") ;;
	esac
	export FLEET_DIR
	fleet_install_trap_
	deadline=$((SECONDS + 10))

	mkdir "$d/keys" "$d/sshd" || { fleet_fail_; return 1; }
	for i in $(seq 1 "$n"); do
		mkdir "$d/h$i" || { fleet_fail_; return 1; }
	done
	ssh-keygen -q -t ed25519 -N '' -C fleet-host -f "$d/keys/host_ed25519" \
		</dev/null >/dev/null 2>&1 &
	i=$!
	ssh-keygen -q -t ed25519 -N '' -C fleet-client -f "$d/keys/client_ed25519" \
		</dev/null >/dev/null 2>&1
	wait "$i"
	if [ ! -s "$d/keys/host_ed25519.pub" ] || [ ! -s "$d/keys/client_ed25519.pub" ]; then
		FLEET_ERROR="ssh-keygen failed"
		fleet_fail_
		return 1
	fi
	for i in $(seq 1 "$n") 9; do
		fleet_new_port_ > "$d/sshd/h$i.port" || {
			FLEET_ERROR="no free port found"
			fleet_fail_
			return 1
		}
	done

	# Options newer sshd versions have and the tests need off: 9.8's
	# penalties would lock 127.0.0.1 out after a few refused host keys.
	fleet_write_sshd_config_ h1 "$(cat "$d/sshd/h1.port")"
	if "$FLEET_SSHD" -t -f "$d/sshd/h1.conf" -o PerSourcePenalties=no \
	    >/dev/null 2>&1; then
		FLEET_EXTRA_SSHD_OPTS_="PerSourcePenalties no"
	else
		FLEET_EXTRA_SSHD_OPTS_=
	fi
	if ! why=$("$FLEET_SSHD" -t -f "$d/sshd/h1.conf" 2>&1); then
		FLEET_ERROR="sshd rejects the test configuration: $why"
		fleet_fail_
		return 1
	fi

	local -a hosts=()
	for i in $(seq 1 "$n"); do
		hosts+=("h$i")
	done
	fleet_start_hosts_ "$deadline" "${hosts[@]}" || { fleet_fail_; return 1; }
	fleet_write_client_files_
	fleet_export_
	fleet_wait_logins_ "$deadline" "${hosts[@]}" || { fleet_fail_; return 1; }
	fleet_start_watchdog_
	return 0
}

fleet_fail_() {
	local e=$FLEET_ERROR
	fleet_stop
	FLEET_ERROR=$e
}

fleet_restart() {
	local h deadline
	h=$(fleet_host_ "$1") || return 1
	fleet_alive "$h" && fleet_kill "$h"
	deadline=$((SECONDS + 10))
	FLEET_EXTRA_SSHD_OPTS_=$(grep -x 'PerSourcePenalties no' \
		"$FLEET_DIR/sshd/$h.conf" 2>/dev/null)
	# the same port: ssh_config and known_hosts name it
	fleet_launch_ "$h"
	while :; do
		fleet_listen_state_ "$h"
		case $? in
		0) break ;;
		1)
			FLEET_ERROR="sshd for $h exited: $(tail -n 3 "$FLEET_DIR/sshd/$h.log" | tr '\n' ' ')"
			return 1
			;;
		esac
		if [ "$SECONDS" -ge "$deadline" ]; then
			FLEET_ERROR="sshd for $h did not start listening in time"
			return 1
		fi
		sleep 0.02
	done
	fleet_wait_logins_ "$deadline" "$h"
}

fleet_heal() {
	local i st=0
	for i in $(seq 1 "$FLEET_N"); do
		fleet_alive "$i" || fleet_restart "$i" || st=1
	done
	return $st
}

fleet_reset_dirs() {
	local i d
	for i in $(seq 1 "$FLEET_N"); do
		d=$FLEET_DIR/h$i
		# a test may leave read-only directories behind
		chmod -R u+rwx "$d" 2>/dev/null
		rm -rf "$d"
		mkdir "$d" || return 1
	done
}

fleet_stop() {
	local d=${FLEET_DIR:-} f pid
	local -a pids=()
	[ -n "$d" ] && [ -d "$d/sshd" ] || return 0
	if [ -n "${FLEET_WATCHDOG_:-}" ] && [ "$FLEET_WATCHDOG_" != "${BASHPID:-}" ]; then
		kill -KILL "$FLEET_WATCHDOG_" 2>/dev/null
	fi
	FLEET_WATCHDOG_=
	for f in "$d"/sshd/*.conf; do
		[ -f "$f" ] || continue
		# shellcheck disable=SC2013 # pids: plain words
		for pid in $(cat "${f%.conf}.pid" "${f%.conf}.launched" 2>/dev/null); do
			fleet_is_sshd_ "$pid" "$f" && pids+=("$pid")
		done
	done
	fleet_kill_set_ ${pids[@]+"${pids[@]}"}
	[ ${#pids[@]} -gt 0 ] && fleet_wait_gone_ "${pids[@]}"
	chmod -R u+rwx "$d" 2>/dev/null
	rm -rf "$d"
	return 0
}

# fleet_install_trap_: run fleet_stop at exit, then the EXIT trap that was
# there before (lib.sh's sandbox_cleanup)
fleet_install_trap_() {
	local -a w=()
	FLEET_PREV_EXIT_TRAP_=${FLEET_PREV_EXIT_TRAP_:-}
	eval "w=($(trap -p EXIT))"
	case ${w[2]:-} in
	*fleet_stop*) ;;		# ours, from an earlier fleet_start
	*) FLEET_PREV_EXIT_TRAP_=${w[2]:-} ;;
	esac
	# (the trap before it sees the status the shell exits with, not
	# fleet_stop's: a script that failed inside fleet_start still fails)
	# shellcheck disable=SC2016,SC2154 # expanded when the trap runs
	trap 'fleet_st_=$?; fleet_stop; (exit "$fleet_st_");
	    eval "$FLEET_PREV_EXIT_TRAP_"' EXIT
	[ -n "$(trap -p INT)" ] || trap 'exit 130' INT
	[ -n "$(trap -p TERM)" ] || trap 'exit 143' TERM
}

# fleet_start_watchdog_: a background shell that stops the fleet when this
# shell is gone (killed by SIGKILL, so its EXIT trap never ran) or after
# FLEET_MAX_SECONDS.  It waits with `read -t` on a FIFO, not `sleep`, so
# killing it leaves no child behind.
fleet_start_watchdog_() {
	local parent=$$ fifo=$FLEET_DIR/sshd/watchdog.fifo
	mkfifo "$fifo" || return 0
	(
		trap - EXIT
		trap '' INT
		exec 9<> "$fifo" </dev/null >/dev/null 2>&1
		end=$((SECONDS + FLEET_MAX_SECONDS))
		while fleet_proc_runs_ "$parent" && [ -d "$FLEET_DIR/sshd" ] &&
		    [ "$SECONDS" -lt "$end" ]; do
			read -r -t 1 -u 9 _
		done
		fleet_stop
	) &
	FLEET_WATCHDOG_=$!
	disown "$FLEET_WATCHDOG_"
}

fleet_extra() {
	local name=$1 max=$2 d=$FLEET_DIR/sshd port
	port=$(fleet_new_port_) || return 1
	echo "$port" > "$d/$name.port"
	sed -e "s/^Port .*/Port $port/" -e "s/^MaxSessions .*/MaxSessions $max/" \
	    -e "s|^PidFile .*|PidFile $d/$name.pid|" -e 's/^LogLevel .*/LogLevel INFO/' \
	    -e "s/DMAKE_TEST_HOST=h1/DMAKE_TEST_HOST=$name/" "$d/h1.conf" > "$d/$name.conf"
	grep -q -x "MaxSessions $max" "$d/$name.conf" || return 1
	grep -q -x 'LogLevel INFO' "$d/$name.conf" || return 1
	: > "$d/$name.log"
	"$FLEET_SSHD" -D -e -f "$d/$name.conf" </dev/null >> "$d/$name.log" 2>&1 &
	echo $! > "$d/$name.launched"
	for _ in $(seq 1 250); do
		[ -s "$d/$name.pid" ] && break
		sleep 0.02
	done
	[ -s "$d/$name.pid" ] || { cat "$d/$name.log"; return 1; }
	echo "[127.0.0.1]:$port $(cut -d ' ' -f 1,2 "$FLEET_HOSTKEY")" > known_hosts
	cat > ssh_config <<EOC
Host $name
  HostName 127.0.0.1
  Port $port
  User $(id -un)
  IdentityFile $FLEET_KEY
  IdentitiesOnly yes
  UserKnownHostsFile $PWD/known_hosts
  StrictHostKeyChecking yes
  ConnectTimeout 5
EOC
}

fleet_extra_logins() {
	grep -c 'Accepted publickey' "$FLEET_DIR/sshd/$1.log"
}

fleet_extra_stop() {
	local d=$FLEET_DIR/sshd pid
	pid=$(cat "$d/$1.pid" 2>/dev/null)
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	rm -f "$d/$1".*
}
