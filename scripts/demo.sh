#!/bin/bash
# scripts/demo.sh - dmake's demonstration: deploy the Flask application of
# examples/flask-app to a throwaway server on this machine, change it and
# deploy it again while it serves requests, then roll back.  The README's
# first command runs it after building dmake.
#
# Usage: scripts/demo.sh [--install-only]
#   --install-only   only install the Debian packages the demo needs
#
# On Debian 12, as root, it installs what is missing (apt-get, only when
# something is), then starts a throwaway "server": an sshd on 127.0.0.1
# and a random free port, with its own host key, client key, known_hosts
# and ssh_config in a private directory under $TMPDIR (tests/remote/
# fleet.sh does that; the host is called web1).  Everything it starts
# (sshd, gunicorn, a load loop) and every directory it makes is removed
# on every way out; it talks to 127.0.0.1 only, and exits non-zero when
# a step fails.
#
# Environment:
#   DMAKE        the dmake to run (default: src/dmake, else build/src/dmake
#                of this tree, else dmake on PATH)
#   DEPLOYFILE   the Deployfile (default examples/Deployfile)
#   DMAKE_ARGS   more words for dmake's command line (e.g. -I DIR)
#
# ---- The contract with the Deployfile -------------------------------------
# The demo runs, from the top of this tree,
#
#   $DMAKE -f $DEPLOYFILE --ssh-config CONFIG $DMAKE_ARGS \
#       HOSTS=web1 APP_DIR=DIR DEPLOY_DIR=DIR PORT=N PIDFILE=FILE TARGET
#
# with TARGET `deploy` twice, then `rollback`.  The Deployfile must honour:
#   HOSTS       the hosts; web1 is an alias in CONFIG (127.0.0.1, a
#               random port, its own keys and known_hosts)
#   APP_DIR     the application's source tree: a copy of examples/flask-app
#               in the demo's temporary directory (the demo changes the
#               version in this copy, never in the repository), where
#               `deploy` may build dist/flaskapp-VERSION.tar.gz
#   DEPLOY_DIR  the deploy root on the host: an empty directory that
#               exists before the first deploy; the demo provisions
#               nothing else (no virtualenv: the Deployfile makes them)
#   PORT        gunicorn listens on 127.0.0.1:PORT
#   PIDFILE     gunicorn's pid file ($DEPLOY_DIR/gunicorn.pid)
# and its targets do:
#   deploy      pack the sdist of APP_DIR, install it on the host (Debian's
#               python3-flask and gunicorn, through /usr/bin/python3), and
#               make it served: HUP the gunicorn of PIDFILE when it runs,
#               else start it (`--daemon`, PIDFILE, 127.0.0.1:PORT).  A
#               Deployfile that only HUPs can leave the first start to the
#               demo: after a deploy with no live PIDFILE, start_gunicorn
#               below starts it from $DEPLOY_DIR/current/venv (else
#               $DEPLOY_DIR/venv).
#   rollback    serve the release before the live one again (and HUP).
# After each dmake run the demo waits (at most 15 s) until GET /version
# answers the version it expects.  The second deploy and the rollback run
# while a bounded loop of HTTP requests runs; not one may fail.
#
# The last lines of the output, which tests/remote/demo.sh reads, are
#   versions served: 0.1.0 -> 0.2.0 -> 0.1.0
#   requests during the reloads: N sent, 0 failed
#   demo finished in S s
# ---------------------------------------------------------------------------

set -u

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian packages the demo needs (python3-wheel lets pip build a wheel
# instead of falling back to `setup.py install`).
demo_packages=(openssh-server openssh-client python3-flask python3-venv
	gunicorn python3-setuptools python3-wheel curl procps)

PY=/usr/bin/python3
HOST=web1
LOAD_MAX_REQUESTS=6000	# the load loop stops after this many requests
LOAD_MAX_SECONDS=60	# or this many seconds, whichever comes first
SERVE_WAIT=15		# seconds to wait for a version to be served

t_start=$SECONDS
WORK=
LOAD_PID=
DMAKE_JOB=
GUNICORN_MASTER=
PIDFILE=

say() { printf '%s\n' "$*"; }
step() { printf '\n== %s\n' "$*"; }
note() { printf '   %s\n' "$*"; }
die() {
	printf 'demo: FAILED: %s\n' "$*" >&2
	exit 1
}

# usage: the header down to the contract
usage() { sed -n '2,/^# ---- The contract/s/^# \{0,1\}//p' "$0" | sed '$d'; }

# ---- packages --------------------------------------------------------------

missing_packages() {
	local p st
	for p in "${demo_packages[@]}"; do
		st=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null)
		[ "${st:0:2}" = ii ] || printf '%s\n' "$p"
	done
}

install_packages() {
	local -a miss
	if ! command -v dpkg-query >/dev/null 2>&1; then
		# not Debian: go on if what the demo uses is there
		if "$PY" -c 'import flask, gunicorn, venv' 2>/dev/null &&
		    command -v curl >/dev/null && [ -x /usr/sbin/sshd ]; then
			return 0
		fi
		die "not Debian; install the equivalents of: ${demo_packages[*]}"
	fi
	mapfile -t miss < <(missing_packages)
	if [ ${#miss[@]} -eq 0 ]; then
		note "all there: ${demo_packages[*]}"
		return 0
	fi
	[ "$(id -u)" = 0 ] ||
		die "missing packages; as root: apt-get install ${miss[*]}"
	note "installing ${miss[*]} (apt-get)"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq </dev/null >/dev/null ||
		die "apt-get update failed"
	apt-get install -y -qq --no-install-recommends "${miss[@]}" \
		</dev/null >/dev/null || die "apt-get install ${miss[*]} failed"
	mapfile -t miss < <(missing_packages)
	[ ${#miss[@]} -eq 0 ] || die "still missing after apt-get: ${miss[*]}"
}

# ---- cleaning up -----------------------------------------------------------

# stop_load: ask the load loop to stop after its request (it ends in at
# most 5 s, curl's limit), kill it after 6 s
stop_load() {
	local p i
	[ -n "$LOAD_PID" ] || return 0
	[ -n "$WORK" ] && [ -d "$WORK" ] && : > "$WORK/load.stop"
	for i in $(seq 1 120); do
		kill -0 "$LOAD_PID" 2>/dev/null || break
		sleep 0.05
		: "$i"
	done
	for p in $(pgrep -P "$LOAD_PID" 2>/dev/null) "$LOAD_PID"; do
		kill -TERM "$p" 2>/dev/null
	done
	wait "$LOAD_PID" 2>/dev/null
	LOAD_PID=
}

# gunicorn_pid: the master's pid from PIDFILE, when it runs
gunicorn_pid() {
	local pid
	[ -n "$PIDFILE" ] || return 1
	read -r pid 2>/dev/null < "$PIDFILE" || return 1
	case $pid in '' | *[!0-9]*) return 1 ;; esac
	kill -0 "$pid" 2>/dev/null || return 1
	printf '%s\n' "$pid"
}

# stop_gunicorn: QUIT the master (its workers go with it), KILL what is
# left after 5 s.  fleet_stop also kills whatever the server's sessions
# started, gunicorn included, should this miss it.
stop_gunicorn() {
	local pid i
	local -a all
	for pid in $(gunicorn_pid) $GUNICORN_MASTER; do
		mapfile -t all < <(pgrep -P "$pid" 2>/dev/null)
		kill -QUIT "$pid" 2>/dev/null || continue
		for i in $(seq 1 50); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
			: "$i"
		done
		kill -KILL "$pid" ${all[@]+"${all[@]}"} 2>/dev/null
	done
	GUNICORN_MASTER=
}

# leftovers: processes of this demo still running (their command line
# names its directories, or the server's sessions started them)
leftovers() {
	{
		[ -n "$WORK" ] && pgrep -f -- "$WORK"
		[ -n "${FLEET_DIR:-}" ] && pgrep -f -- "$FLEET_DIR"
		if [ -n "${FLEET_DIR:-}" ] &&
		    declare -F fleet_leftovers >/dev/null; then
			fleet_leftovers
		fi
	} 2>/dev/null | grep -v -x -e "$$" -e "${BASHPID:-$$}" | sort -u
}

# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
	local st=$? left
	trap - EXIT INT TERM
	stop_dmake
	stop_load
	stop_gunicorn
	declare -F fleet_stop >/dev/null && fleet_stop
	left=$(leftovers)
	if [ -n "$left" ]; then
		printf 'demo: processes left behind, killed:\n%s\n' \
			"$(ps -o pid=,args= -p "$(echo "$left" | tr '\n' ,)" \
			   2>/dev/null)" >&2
		# shellcheck disable=SC2086 # pids: plain words
		kill -KILL $left 2>/dev/null
		[ "$st" = 0 ] && st=1
	fi
	if [ -n "$WORK" ]; then
		chmod -R u+rwx "$WORK" 2>/dev/null
		rm -rf "$WORK"
	fi
	[ "$st" = 0 ] || printf '%s\n' "demo: exit status $st" \
		"(everything it started is stopped and removed)" >&2
	exit "$st"
}

# ---- the server ------------------------------------------------------------

# free_port: a port in 20000..(start of the ephemeral range - 1) that
# nothing on 127.0.0.1 listens on
free_port() {
	local lo=20000 hi=60000 eph i p
	read -r eph _ 2>/dev/null < /proc/sys/net/ipv4/ip_local_port_range
	case ${eph:-} in
	'' | *[!0-9]*) ;;
	*) [ "$eph" -gt 21000 ] && hi=$((eph - 1)) ;;
	esac
	for i in $(seq 1 50); do
		p=$((lo + (RANDOM * 32768 + RANDOM) % (hi - lo + 1)))
		[ "$p" = "${FLEET_PORT_h1:-}" ] && continue
		if ! (exec 3<> "/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return 0
		fi
		: "$i"
	done
	return 1
}

# on_server CMD: run CMD on the server with OpenSSH's client
on_server() {
	ssh -F "$CONFIG" -o BatchMode=yes "$HOST" "$1" </dev/null
}

# start_gunicorn: the first start, for a Deployfile whose deploy only
# reloads a running gunicorn.  It runs on the server (so it is one of the
# server's processes, which fleet_stop ends whatever happens to this
# script), from current/venv when the Deployfile made per-release
# virtualenvs, else from DEPLOY_DIR/venv.
start_gunicorn() {
	local venv=venv
	[ -x "$DEPLOY_DIR/current/venv/bin/python" ] && venv=current/venv
	on_server "cd '$DEPLOY_DIR' && $venv/bin/python -m gunicorn \
--bind 127.0.0.1:$PORT --pid '$PIDFILE' --workers 2 --graceful-timeout 10 \
--error-logfile '$DEPLOY_DIR/gunicorn.log' --daemon flaskapp:app"
}

# ---- HTTP --------------------------------------------------------------------

served_version() {
	curl -fsS --max-time 5 "$URL/version" 2>/dev/null
}

# wait_for_version V: until GET /version answers V (at most SERVE_WAIT s)
wait_for_version() {
	local end=$((SECONDS + SERVE_WAIT)) v
	while :; do
		v=$(served_version) && [ "$v" = "$1" ] && return 0
		[ "$SECONDS" -ge "$end" ] && break
		sleep 0.1
	done
	echo "${v:-no answer}"
	return 1
}

# load_loop OUT: GET /version again and again, one line per request in
# OUT ("ok VERSION" or "FAIL why"), until $WORK/load.stop exists or
# LOAD_MAX_REQUESTS or LOAD_MAX_SECONDS is reached
load_loop() {
	local out=$1 n=0 end=$((SECONDS + LOAD_MAX_SECONDS)) v
	trap - EXIT
	while [ $n -lt $LOAD_MAX_REQUESTS ] && [ $SECONDS -lt $end ] &&
	    [ ! -e "$WORK/load.stop" ]; do
		n=$((n + 1))
		if v=$(curl -fsS --max-time 5 "$URL/version" 2>&1); then
			printf 'ok %s\n' "$v"
		else
			printf 'FAIL %s\n' "$(printf '%s' "$v" | head -n 1)"
		fi
	done > "$out"
}

start_load() {
	local i
	rm -f "$WORK/load.stop"
	: > "$1"
	load_loop "$1" &
	LOAD_PID=$!
	# a few requests before the reload, so the loop runs through it
	for i in $(seq 1 100); do
		[ "$(wc -l < "$1")" -ge 5 ] && return 0
		kill -0 "$LOAD_PID" 2>/dev/null || break
		sleep 0.05
		: "$i"
	done
	stop_load
	die "the load loop could not get 5 answers: $(tail -n 1 "$1")"
}

# finish_load OUT V: let the loop see V answered 20 more times, stop it,
# and tell what it saw; fails when a request failed
finish_load() {
	local out=$1 want=$2 i n failed runs
	for i in $(seq 1 100); do
		[ "$(grep -c -x -F "ok $want" "$out")" -ge 20 ] && break
		kill -0 "$LOAD_PID" 2>/dev/null || break
		sleep 0.05
		: "$i"
	done
	stop_load
	n=$(wc -l < "$out")
	failed=$(grep -c '^FAIL' "$out")
	LOAD_SENT=$((LOAD_SENT + n))
	LOAD_FAILED=$((LOAD_FAILED + failed))
	# the answers in order, equal ones counted: 0.1.0 x 80, 0.2.0 x 95
	runs=$(awk '{ v = $1 == "ok" ? $2 : "FAILED" }
		v != p { if (NR > 1) printf "%s x %d, ", p, c; p = v; c = 0 }
		{ c++ } END { if (NR) printf "%s x %d", p, c }' "$out")
	note "$n requests while it ran: $failed failed"
	note "answers in order: $runs"
	if [ "$failed" -gt 0 ]; then
		grep '^FAIL' "$out" | sort | uniq -c | head -n 5 |
			sed 's/^/   /'
		die "$failed of $n requests failed during the reload"
	fi
	grep -q -x -F "ok $want" "$out" ||
		die "the load loop never saw version $want"
}

# ---- dmake -----------------------------------------------------------------

# run_dmake TARGET: run the Deployfile's TARGET, its output indented
run_dmake() {
	local st
	local -a cmd=("$DMAKE" -f "$DEPLOYFILE_ARG" --ssh-config "$CONFIG"
		${DMAKE_ARGS:+$DMAKE_ARGS} "HOSTS=$HOST" "APP_DIR=$APP_DIR"
		"DEPLOY_DIR=$DEPLOY_DIR" "PORT=$PORT" "PIDFILE=$PIDFILE" "$1")
	# shown with $T for the demo's directory
	say "   \$ dmake ${cmd[*]:1}" | sed "s|$WORK|\$T|g"
	# in the background, so that a signal to the demo is handled at once
	# (stop_dmake) rather than when dmake is done
	(
		timeout 60 "${cmd[@]}" </dev/null 2>&1 |
			sed -u -e "s|$WORK|\$T|g" -e 's/^/     /'
		exit "${PIPESTATUS[0]}"
	) &
	DMAKE_JOB=$!
	wait "$DMAKE_JOB"
	st=$?
	DMAKE_JOB=
	[ "$st" = 0 ] || die "dmake $1 exited with status $st"
}

# stop_dmake: TERM the dmake that runs (through timeout), wait for it
# shellcheck disable=SC2317 # called by cleanup
stop_dmake() {
	local p i
	[ -n "$DMAKE_JOB" ] || return 0
	for p in $(pgrep -P "$DMAKE_JOB" 2>/dev/null); do
		kill -TERM "$p" 2>/dev/null
	done
	for i in $(seq 1 200); do
		kill -0 "$DMAKE_JOB" 2>/dev/null || break
		sleep 0.05
		: "$i"
	done
	kill -KILL "$DMAKE_JOB" 2>/dev/null
	wait "$DMAKE_JOB" 2>/dev/null
	DMAKE_JOB=
}

workers_of() {
	pgrep -P "$1" 2>/dev/null | sort -n | tr '\n' ' ' | sed 's/ $//'
}

# ---- main ------------------------------------------------------------------

case ${1:-} in
'') ;;
--install-only) install_packages; exit 0 ;;
-h | --help) usage; exit 0 ;;
*) echo "demo.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
esac

# dmake run by `make check` must not read the caller's make flags
unset MAKEFLAGS MFLAGS MAKELEVEL GNUMAKEFLAGS MAKEFILES

say "dmake demo: deploy a small Flask web application over SSH, change it and"
say "deploy it again while it answers requests, then roll back.  The server is"
say "a throwaway sshd on 127.0.0.1 that this script starts and removes at the"
say "end: nothing leaves this machine."

step "Checking the Debian packages the demo needs"
install_packages

# dmake and the Deployfile
if [ -z "${DMAKE:-}" ]; then
	for d in "$top/src/dmake" "$top/build/src/dmake"; do
		[ -x "$d" ] && { DMAKE=$d; break; }
	done
	[ -n "${DMAKE:-}" ] || DMAKE=$(command -v dmake) ||
		die "no dmake: build it (./configure && make) or set DMAKE"
fi
case $DMAKE in
/*) ;;
*/*) DMAKE=$(cd "$(dirname "$DMAKE")" && pwd)/$(basename "$DMAKE") ;;
*) DMAKE=$(command -v "$DMAKE") || die "DMAKE: no such program" ;;
esac
[ -x "$DMAKE" ] || die "DMAKE '$DMAKE' is not executable"
DEPLOYFILE=${DEPLOYFILE:-examples/Deployfile}
case $DEPLOYFILE in
/*) ;;
*) [ -f "$DEPLOYFILE" ] || DEPLOYFILE=$top/$DEPLOYFILE ;;
esac
[ -f "$DEPLOYFILE" ] || die "no Deployfile $DEPLOYFILE (set DEPLOYFILE)"
DEPLOYFILE=$(cd "$(dirname "$DEPLOYFILE")" && pwd)/$(basename "$DEPLOYFILE")
# shown (and passed) relative to the top of the tree when it is inside;
# dmake runs there
DEPLOYFILE_ARG=${DEPLOYFILE#"$top"/}
cd "$top" || die "cannot cd to $top"

# the temporary directory: paths without blanks or quotes, since a
# Deployfile expands them unquoted
base=${TMPDIR:-/tmp}
if ! [[ $base =~ ^/[A-Za-z0-9_./+-]*$ ]] || [ ! -d "$base" ] ||
    [ ! -w "$base" ]; then
	base=/tmp
fi
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
WORK=$(mktemp -d "$base/dmake-demo.XXXXXX") || die "mktemp failed"
WORK=$(cd "$WORK" && pwd -P)
chmod 0755 "$WORK"

step "Starting the throwaway server"
FLEET_MAX_SECONDS=300
# shellcheck source-path=SCRIPTDIR source=../tests/remote/fleet.sh
. "$top/tests/remote/fleet.sh"
fleet_start 1 || die "cannot start sshd: $FLEET_ERROR"
trap cleanup EXIT	# fleet_start chained its own; cleanup calls fleet_stop
CONFIG=$WORK/ssh_config
cat > "$CONFIG" <<EOF
# the demo's server: sshd on 127.0.0.1, its own keys and known_hosts
Host $HOST
  HostName 127.0.0.1
  Port $FLEET_PORT_h1
  User $(id -un)
  IdentityFile $FLEET_KEY
  IdentitiesOnly yes
  UserKnownHostsFile $FLEET_KNOWN_HOSTS
  StrictHostKeyChecking yes
  ConnectTimeout 5
EOF
on_server true || die "cannot log in to $HOST with OpenSSH's client"
DEPLOY_DIR=$WORK/srv/flaskapp
mkdir -p "$DEPLOY_DIR" || die "cannot make $DEPLOY_DIR"
PIDFILE=$DEPLOY_DIR/gunicorn.pid
PORT=$(free_port) || die "no free port"
URL=http://127.0.0.1:$PORT
note "below, \$T stands for the demo's directory: T=$WORK"
note "sshd listens on 127.0.0.1:$FLEET_PORT_h1; dmake and ssh call it \"$HOST\""
note "  (\$T/ssh_config says how to reach it: port, key, known host key)"
note "deploy directory on the server: \$T/srv/flaskapp"
note "gunicorn will answer on $URL/"

# the application: a copy, whose version step 2 changes
APP_DIR=$WORK/flask-app
cp -R "$top/examples/flask-app" "$APP_DIR" ||
	die "cannot copy examples/flask-app"
rm -rf "$APP_DIR/dist" "$APP_DIR/build" "$APP_DIR"/*.egg-info
find "$APP_DIR" -name __pycache__ -prune -exec rm -rf {} +
V1=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$APP_DIR/flaskapp/__init__.py")
[ -n "$V1" ] || die "no __version__ in examples/flask-app/flaskapp/__init__.py"
# the next minor version: 0.1.0 -> 0.2.0
V2=$(printf '%s\n' "$V1" |
	awk -F. -v OFS=. '{ $2 = $2 + 1; if (NF > 2) $3 = 0; print }')
note "the application: a copy of examples/flask-app in \$T/flask-app (version $V1)"
note "the recipe: $DEPLOYFILE_ARG"
LOAD_SENT=0
LOAD_FAILED=0

step "Step 1 of 3: the first deployment"
note "dmake packs the application, uploads the tarball over SSH, installs it"
note "on the server and makes gunicorn serve it."
run_dmake deploy
# a gunicorn the Deployfile started with --daemon writes its pid file a
# moment after dmake is done
for i in $(seq 1 30); do
	GUNICORN_MASTER=$(gunicorn_pid) && break
	served_version >/dev/null && break
	sleep 0.1
done
if ! GUNICORN_MASTER=$(gunicorn_pid) && ! served_version >/dev/null; then
	note "(the Deployfile leaves gunicorn's first start to the demo: starting it)"
	start_gunicorn || die "gunicorn did not start"
fi
got=$(wait_for_version "$V1") || {
	tail -n 5 "$DEPLOY_DIR/gunicorn.log" 2>/dev/null |
		sed 's/^/   gunicorn: /'
	die "the server answers '$got', not $V1"
}
GUNICORN_MASTER=$(gunicorn_pid) || die "no gunicorn runs with pid file $PIDFILE"
served1=$V1
note "\$ curl $URL/version"
note "$(served_version)"
note "\$ curl $URL/"
note "$(curl -fsS --max-time 5 "$URL/")"

step "Step 2 of 3: a new version, deployed while the site is busy"
sed -i "s/^__version__ = \"$V1\"\$/__version__ = \"$V2\"/" \
	"$APP_DIR/flaskapp/__init__.py"
grep -q -x "__version__ = \"$V2\"" "$APP_DIR/flaskapp/__init__.py" ||
	die "could not change the version in the copy"
note "in the copy, flaskapp/__init__.py now says: __version__ = \"$V2\""
note "Meanwhile a loop of HTTP requests runs (at most $LOAD_MAX_REQUESTS requests"
note "or ${LOAD_MAX_SECONDS} s).  gunicorn gets a HUP: new workers load the new code,"
note "the old ones finish their requests and exit, so no request may fail."
w_before=$(workers_of "$GUNICORN_MASTER")
start_load "$WORK/load2.out"
run_dmake deploy
got=$(wait_for_version "$V2") ||
	die "after the deploy the server answers '$got', not $V2"
finish_load "$WORK/load2.out" "$V2"
master2=$(gunicorn_pid) || die "gunicorn is gone after the reload"
w_after=$(workers_of "$master2")
if [ "$master2" = "$GUNICORN_MASTER" ]; then
	note "gunicorn master $master2 kept running; its workers $w_before were"
	note "replaced by $w_after"
else
	note "gunicorn master $GUNICORN_MASTER was replaced by $master2"
fi
GUNICORN_MASTER=$master2
served2=$(served_version)
note "\$ curl $URL/version"
note "$served2"

step "Step 3 of 3: roll back"
note "dmake switches the server back to the release before, under the same"
note "load of requests."
start_load "$WORK/load3.out"
run_dmake rollback
got=$(wait_for_version "$V1") ||
	die "after the rollback the server answers '$got', not $V1"
finish_load "$WORK/load3.out" "$V1"
GUNICORN_MASTER=$(gunicorn_pid) || die "gunicorn is gone after the rollback"
served3=$(served_version)
note "\$ curl $URL/version"
note "$served3"

step "Done: stopping the server and removing its files"
stop_gunicorn
fleet_stop
left=$(leftovers)
[ -z "$left" ] || die "processes left behind: $left"
note "no process of the demo is left (pgrep)"
say
say "versions served: $served1 -> $served2 -> $served3"
say "requests during the reloads: $LOAD_SENT sent, $LOAD_FAILED failed"
say "demo finished in $((SECONDS - t_start)) s"
exit 0
