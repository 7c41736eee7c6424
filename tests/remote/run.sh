#!/bin/bash
# tests/remote/run.sh - run $DMAKE on each remote case against a fleet of
# three real sshd servers on 127.0.0.1 (fleet.sh) and compare what it did
# with what the case expects.  Output is TAP.
#
# Usage: run.sh [-v] [--emit] [CASE...]
#   -v      show whole diffs (default: the first 40 lines of each)
#   --emit  run each case as `dmake --emit-makefile` + GNU make instead
#           (DESIGN section 5): see "Emit mode" below
#   CASE    run only these cases (names of directories in cases/)
#
# One fleet of hosts h1 h2 h3 (and h9, which refuses connections) serves
# the whole run; when it cannot start, the run is skipped ("1..0 # SKIP").
# Before each case the hosts' directories $FLEET_DIR/hI/ are emptied and a
# host that a case killed is started again.
#
# A case is a directory tests/remote/cases/NAME/ holding:
#   Deployfile            copied into a fresh sandbox (or written by setup.sh)
#   files/                optional: its contents are copied into the sandbox
#   setup.sh              optional: run by bash in the sandbox first;
#                         exit status 77 skips the case (its first line
#                         starting with SKIP says why)
#   args                  optional: one line of shell words, dmake's arguments;
#                         $FLEET_DIR, $FLEET_CONFIG, $FLEET_PORT_h1... and
#                         $SANDBOX may be used
#   expected.status       required: the exit status; several blank-separated
#                         numbers allow any of them
#   expected.stdout       stdout exactly, or
#   expected.stdout.sorted  stdout after sorting its lines (LC_ALL=C sort):
#                         the output of several hosts interleaves, or
#   expected.stdout.re    one extended regex (grep -E) a line, each of which
#                         must match some line of stdout (a file without
#                         patterns accepts anything); with none of these
#                         files stdout must be empty
#   expected.stderr(.sorted|.re)  the same for stderr
#   check.sh              optional: run by bash in the sandbox after dmake;
#                         must exit 0.  It asserts what happened on the hosts
#                         (files in $FLEET_DIR/hI/); what it prints is shown
#                         when it fails
#   signal                optional: one line "SIG DELAY [FILE]" (shell words,
#                         the same variables as in args): send signal SIG
#                         (INT, TERM, ...) to dmake DELAY seconds after it
#                         started, or, with FILE, DELAY seconds after FILE
#                         appeared (waited for at most 20 s).  SIG written
#                         group:SIG (group:HUP) goes, as a terminal's hangup
#                         does, to every process of dmake's process group
#                         at once (dmake runs as the leader of a session
#                         of its own, setsid(1), so that the group is
#                         dmake and the local commands it runs, not the
#                         timeout that runs it), not to dmake alone.  The
#                         case fails when the signal could not be sent
#   ulimit                optional: one line of arguments for bash's ulimit
#                         (e.g. "-v 400000"), applied to dmake only (not to
#                         setup.sh, check.sh or the runner), in emit mode to
#                         both dmake and make
#   description           what the case is about (not read)
#
# dmake runs in the sandbox as
#   $DMAKE_WRAPPER $DMAKE --ssh-config $FLEET_CONFIG FLEET=$FLEET_DIR ARGS...
# with a 30 s timeout (and the case's ulimit, set by a bash that then
# execs it), in a clean environment (clean_env in
# ../scenario/lib.sh, HOME is the sandbox), with stdin from /dev/null.
# setup.sh and check.sh get the same environment plus the fleet's variables
# (FLEET_DIR FLEET_CONFIG FLEET_KNOWN_HOSTS FLEET_N FLEET_KEY FLEET_HOSTKEY
# FLEET_LIB FLEET_PORT_h1..h3 FLEET_PORT_h9), SANDBOX, DMAKE and
# DMAKE_WRAPPER (empty when none, e.g. to skip under valgrind); check.sh
# also CASE_STATUS and CASE_STDOUT, CASE_STDERR (files, normalised) and
# CASE_ELAPSED_MS (how long dmake ran, in milliseconds).  A
# setup.sh may `. "$FLEET_LIB"` and call fleet_kill 2 (see fleet.sh).
#
# Before comparing, the output is normalised: the sandbox path becomes
# @SANDBOX@, FLEET_DIR @FLEET@, the port of hI @PORTI@ (h9's @PORT9@), the
# SHA256 fingerprint of the hosts' key @HOSTKEY_SHA256@, and the name of
# the program under test at the start of a line "dmake".
#
# Emit mode (--emit).  dmake only translates: in the sandbox it runs
#   $DMAKE --ssh-config $FLEET_CONFIG --emit-makefile DMAKE-ARGS > WORK/Makefile.deploy
#   make -f WORK/Makefile.deploy FLEET=$FLEET_DIR MAKE-ARGS
# where the case's args are split: dmake's deployment options and -f go
# to dmake, VAR=value to both, --summary and --log-json to neither, the
# rest (goals, -n -k -j -s ...) to make.  check.sh gets CASE_EMIT=1: it
# may leave out what only dmake does (its messages' wording, skipping
# unchanged files) but must still check the hosts.
# What must agree is what the hosts are left with: check.sh, and success
# or failure (expected.status 0, or not 0; make's failure is always 2);
# the output is not compared (make's lines differ), nor are leftover
# processes (OpenSSH has no way to end a remote command when its
# connection goes), and a case with a `signal` file is skipped.  A case
# whose directory holds a file `emit` is
# skipped in this mode, with the file's first line as the reason: it is
# about something the emitted file does not do (--summary, -O, a signal
# to dmake, libssh's own checks).
#
# After each case no process started by a remote session may still run
# (a remote command must not outlive dmake); one that does fails the case
# and is killed.

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=../scenario/lib.sh
. "$here/../scenario/lib.sh"
# shellcheck source-path=SCRIPTDIR source=fleet.sh
. "$here/fleet.sh"

verbose=0
emit=0
names=()
while [ $# -gt 0 ]; do
	case $1 in
	-v) verbose=1 ;;
	--emit) emit=1 ;;
	-h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	-*) echo "run.sh: unknown option '$1'" >&2; exit 99 ;;
	*) names+=("$1") ;;
	esac
	shift
done

require_dmake
require_cmd timeout diff grep sed find sort
why=$(fleet_usable) || tap_skip_all "$why"

casedir=$here/cases
if [ ${#names[@]} -eq 0 ]; then
	for d in "$casedir"/*/; do
		[ -d "$d" ] && names+=("$(basename "$d")")
	done
fi
[ ${#names[@]} -gt 0 ] || tap_skip_all "no cases in $casedir"

fleet_start 3 || tap_skip_all "cannot start the sshd fleet: $FLEET_ERROR"

prog=$(basename "$DMAKE")
read -r -a wrapper <<< "${DMAKE_WRAPPER:-}"
hostfp=$(ssh-keygen -l -E sha256 -f "$FLEET_HOSTKEY" | cut -d ' ' -f 2)

# sed_quote TEXT: TEXT as a literal in a sed regex
sed_quote() {
	printf '%s' "$1" | sed 's/[.[\*^$+?(){}|/\\]/\\&/g'
}

# normalise SANDBOX PHYSICAL < raw > normalised
normalise() {
	local -a e=()
	local i v
	e+=(-e "s/$(sed_quote "$2")/@SANDBOX@/g" -e "s/$(sed_quote "$1")/@SANDBOX@/g")
	e+=(-e "s/$(sed_quote "$FLEET_DIR")/@FLEET@/g")
	e+=(-e "s/$(sed_quote "$hostfp")/@HOSTKEY_SHA256@/g")
	for i in $(seq 1 "$FLEET_N") 9; do
		v=FLEET_PORT_h$i
		e+=(-e "s/(^|[^0-9])${!v}([^0-9]|$)/\\1@PORT$i@\\2/g")
	done
	e+=(-e "s/^$(sed_quote "$prog")(\[[0-9]+\])?:/dmake\\1:/")
	sed -E "${e[@]}"
}

# show_diff FILE: its first 40 lines (all with -v) as TAP comments
show_diff() {
	local n
	if [ $verbose = 1 ]; then
		tap_diag < "$1"
		return
	fi
	head -n 40 "$1" | tap_diag
	n=$(wc -l < "$1")
	[ "$n" -gt 40 ] && tap_diag "... $((n - 40)) more lines (run.sh -v $name)"
}

# check_stream WHAT GOT CASEDIR WORK: compare one output stream;
# diagnostics go to WORK/why.  Returns 0 when it matches.
check_stream() {
	local what=$1 got=$2 exp=$3/expected.$1 why=$4/why pat bad=0
	if [ -f "$exp" ]; then
		diff -u --label "expected.$what" --label "$what" "$exp" "$got" \
			> "$4/diff" && return 0
		echo "$what differs:" >> "$why"
		cat "$4/diff" >> "$why"
		return 1
	fi
	if [ -f "$exp.sorted" ]; then
		LC_ALL=C sort "$exp.sorted" > "$4/exp.sorted"
		LC_ALL=C sort "$got" > "$4/got.sorted"
		diff -u --label "expected.$what.sorted" --label "$what (sorted)" \
			"$4/exp.sorted" "$4/got.sorted" > "$4/diff" && return 0
		echo "$what differs (lines sorted):" >> "$why"
		cat "$4/diff" >> "$why"
		return 1
	fi
	if [ -f "$exp.re" ]; then
		while IFS= read -r pat || [ -n "$pat" ]; do
			[ -n "$pat" ] || continue
			if ! grep -a -E -q -e "$pat" "$got"; then
				echo "$what: no line matches: $pat" >> "$why"
				bad=1
			fi
		done < "$exp.re"
		if [ $bad = 1 ]; then
			echo "$what was:" >> "$why"
			head -n 20 "$got" >> "$why"
		fi
		return $bad
	fi
	[ -s "$got" ] && {
		echo "$what should be empty but was:" >> "$why"
		head -n 20 "$got" >> "$why"
		return 1
	}
	return 0
}

# check_leftovers WORK: no process that a session started may outlive
# dmake; give sshd a moment (at most 5 s) to tear the sessions down
check_leftovers() {
	local i left
	for i in $(seq 1 100); do
		left=$(fleet_leftovers)
		[ -z "$left" ] && return 0
		sleep 0.05
		: "$i"
	done
	{
		echo "processes started on the hosts still run after dmake exited:"
		for p in $left; do
			printf '  %s: %s\n' "$p" "$(tr '\0' ' ' 2>/dev/null < "/proc/$p/cmdline")"
		done
	} >> "$1/why"
	# shellcheck disable=SC2119 # no host: all of them
	fleet_kill_leftovers
	return 1
}

# send_signal CASEDIR TPID WORK: the case's `signal` file, done to the
# child of TPID (timeout's child: dmake, or the DMAKE_WRAPPER that runs
# it in the same process), or with group:SIG to every process of its
# process group but TPID; WORK/signal says what happened
send_signal() {
	local tpid=$2 out=$3/signal sig delay file i pid group=0 pg
	local -a words=() pids=()
	eval "words=($(head -n 1 "$1/signal"))"
	sig=${words[0]:-} delay=${words[1]:-0} file=${words[2]:-}
	case $sig in
	group:*) group=1 sig=${sig#group:} ;;
	esac
	if [ -z "$sig" ]; then
		echo "signal: no signal named in $1/signal" > "$out"
		return
	fi
	if [ -n "$file" ]; then
		for i in $(seq 1 1000); do
			[ -e "$file" ] && break
			kill -0 "$tpid" 2>/dev/null || break
			sleep 0.02
			: "$i"
		done
		if [ ! -e "$file" ]; then
			echo "signal: $file never appeared, SIG$sig not sent" > "$out"
			return
		fi
	fi
	sleep "$delay"
	pid=$(ps -o pid= --ppid "$tpid" 2>/dev/null | head -n 1)
	pid=${pid// /}
	pids=("$pid")
	if [ -n "$pid" ] && [ $group = 1 ]; then
		# dmake leads its own group (run_dmake's setsid): one
		# kill(-pgid) reaches every member at once, as a hangup does.
		# One by one, dmake could reap a dead recipe and exit before
		# its own signal came, or a shell outlive its sleep's.
		pg=$(ps -o pgid= -p "$pid" 2>/dev/null)
		pg=${pg// /}
		if [ "$pg" != "$pid" ]; then
			echo "signal: dmake ($pid) does not lead its process group ($pg)" > "$out"
			return
		fi
		pids=("-$pg")
	fi
	if [ -z "$pid" ] || ! kill -s "$sig" -- "${pids[@]}" 2>/dev/null; then
		echo "signal: dmake had exited before SIG$sig was sent" > "$out"
		return
	fi
	echo "sent SIG$sig to ${pids[*]}" > "$out"
}

# run_dmake SANDBOX WORK: run $DMAKE for the case (args and envw are
# run_case's), output in WORK; exec's timeout, so that in the background
# $! is timeout's pid
run_dmake() {
	cd "$1" && exec timeout -k 5 30 ${lim[@]+"${lim[@]}"} \
		${grp[@]+"${grp[@]}"} "${envw[@]}" \
		${wrapper[@]+"${wrapper[@]}"} "$DMAKE" \
		--ssh-config "$FLEET_CONFIG" "FLEET=$FLEET_DIR" \
		${args[@]+"${args[@]}"} \
		</dev/null > "$2/stdout.raw" 2> "$2/stderr.raw"
}

# run_emitted SANDBOX WORK: emit mode's run_dmake
run_emitted() {
	local -a eargs=() margs=()
	local i=0 a n=${#args[@]} st
	while [ $i -lt "$n" ]; do
		a=${args[$i]}
		case $a in
		--limit|--forks|--identity|--ssh-config|--connect-timeout|-f)
			i=$((i + 1))
			eargs+=("$a" "${args[$i]:-}") ;;
		--log-json) i=$((i + 1)) ;;
		--summary|--log-json=*) ;;
		--limit=*|--forks=*|--identity=*|--ssh-config=*|\
		--connect-timeout=*|--accept-new-host-keys|--checksum)
			eargs+=("$a") ;;
		*=*) eargs+=("$a"); margs+=("$a") ;;
		*) margs+=("$a") ;;
		esac
		i=$((i + 1))
	done
	cd "$1" || exit 99
	timeout -k 5 30 ${lim[@]+"${lim[@]}"} "${envw[@]}" \
		${wrapper[@]+"${wrapper[@]}"} "$DMAKE" \
		--ssh-config "$FLEET_CONFIG" "FLEET=$FLEET_DIR" \
		${eargs[@]+"${eargs[@]}"} --emit-makefile \
		</dev/null > "$2/Makefile.deploy" 2> "$2/emit.stderr"
	st=$?
	if [ $st != 0 ]; then
		cp "$2/emit.stderr" "$2/stderr.raw"
		: > "$2/stdout.raw"
		return 100
	fi
	exec timeout -k 5 30 ${lim[@]+"${lim[@]}"} "${envw[@]}" \
		make -f "$2/Makefile.deploy" \
		"FLEET=$FLEET_DIR" ${margs[@]+"${margs[@]}"} \
		</dev/null > "$2/stdout.raw" 2> "$2/stderr.raw"
}

# run_case NAME: print one TAP line (and diagnostics)
run_case() {
	local name=$1 c=$casedir/$1 sb phys w rc ok=1 st want x t0 t1 tpid spid
	local -a args=() envw=() fenv=() lim=() ulim=() grp=()

	if [ ! -f "$c/expected.status" ]; then
		tap_not_ok "$name"
		tap_diag "no expected.status in $c"
		return
	fi
	if [ $emit = 1 ] && [ -f "$c/emit" ]; then
		tap_skip "$name" "$(head -n 1 "$c/emit")"
		return
	fi
	if [ $emit = 1 ] && [ -f "$c/signal" ]; then
		# what a signal does to dmake is dmake's; OpenSSH does not
		# end a remote command whose connection goes
		tap_skip "$name" "a signal to dmake (emit mode runs make and ssh)"
		return
	fi
	if ! fleet_heal || ! fleet_reset_dirs; then
		tap_not_ok "$name"
		tap_diag "cannot restore the fleet: $FLEET_ERROR"
		return
	fi
	sandbox_new; sb=$SANDBOX
	sandbox_new; w=$SANDBOX
	SANDBOX=$sb
	phys=$(cd "$sb" && pwd -P)
	mapfile -t envw < <(clean_env "$sb")
	mapfile -t fenv < <(fleet_env; printf '%s\n' "SANDBOX=$sb" "DMAKE=$DMAKE" \
		"DMAKE_WRAPPER=${DMAKE_WRAPPER:-}")
	: > "$w/why"

	[ -f "$c/Deployfile" ] && cp "$c/Deployfile" "$sb/"
	[ -d "$c/files" ] && cp -R "$c/files/." "$sb/"
	# cp keeps a read-only source's mode (make distcheck's source tree)
	chmod -R u+w "$sb"
	if [ -f "$c/setup.sh" ]; then
		(cd "$sb" && timeout 60 "${envw[@]}" "${fenv[@]}" \
		    bash "$c/setup.sh") </dev/null > "$w/setup.log" 2>&1
		st=$?
		if [ $st = 77 ]; then
			# Automake's convention: the case cannot run here
			# (e.g. no right to mount a tmpfs); never a pass.
			tap_skip "$name" "$(grep -m1 '^SKIP' "$w/setup.log" ||
			    echo 'setup.sh said 77')"
			return
		fi
		if [ $st != 0 ]; then
			tap_not_ok "$name"
			tap_diag "setup.sh failed:"
			tap_diag < "$w/setup.log"
			return
		fi
	fi
	if [ -f "$c/args" ]; then
		eval "args=($(head -n 1 "$c/args"))"
	fi
	grp=()
	if [ -f "$c/signal" ] && [[ $(head -n 1 "$c/signal") == group:* ]]; then
		grp=(setsid)	# see send_signal
	fi
	if [ -f "$c/ulimit" ]; then
		# a bash that sets the limit and execs env -i ... dmake: the
		# limit holds for dmake (or make) and what it runs, not for
		# timeout or this shell
		read -r -a ulim < "$c/ulimit"
		# shellcheck disable=SC2016 # expanded by that bash
		lim=(bash -c 'ulimit "${@:2:$1}" || exit 125; shift $(($1 + 1)); exec "$@"' \
		    bash "${#ulim[@]}" ${ulim[@]+"${ulim[@]}"})
	fi

	t0=$(date +%s%N)
	if [ -f "$c/signal" ]; then
		# in the background, so that this shell can signal it
		run_dmake "$sb" "$w" &
		tpid=$!
		SANDBOX=$sb send_signal "$c" "$tpid" "$w" &
		spid=$!
		# (bash would report a death by SIGHUP on stderr)
		wait "$tpid" 2>/dev/null
		rc=$?
		t1=$(date +%s%N)
		wait "$spid"
		grep -q '^sent ' "$w/signal" 2>/dev/null || {
			ok=0
			cat "$w/signal" >> "$w/why" 2>/dev/null ||
				echo "signal: not sent" >> "$w/why"
		}
	elif [ $emit = 1 ]; then
		(run_emitted "$sb" "$w")
		rc=$?
		t1=$(date +%s%N)
	else
		(run_dmake "$sb" "$w")
		rc=$?
		t1=$(date +%s%N)
	fi

	normalise "$sb" "$phys" < "$w/stdout.raw" > "$w/stdout"
	normalise "$sb" "$phys" < "$w/stderr.raw" > "$w/stderr"

	read -r -a want < "$c/expected.status"
	st=1
	for x in "${want[@]}"; do
		[ "$x" = "$rc" ] && st=0
		# emit mode: make fails with 2 where dmake says 1 or 2
		# (100: the translation itself stopped with an error)
		[ $emit = 1 ] && [ "$x" != 0 ] && [ "$rc" != 0 ] && st=0
	done
	if [ "$rc" = 100 ]; then
		echo "dmake --emit-makefile failed:" >> "$w/why"
		cat "$w/emit.stderr" >> "$w/why"
	fi
	if [ $st != 0 ]; then
		ok=0
		case $rc in
		124) echo "timed out after 30 s" >> "$w/why" ;;
		12[5-7]) echo "exit status $rc: could not run $DMAKE${lim[0]:+ (or its ulimit failed)}" >> "$w/why" ;;
		*)
			echo "exit status $rc, expected ${want[*]}" >> "$w/why"
			[ "$rc" -gt 128 ] &&
				echo "killed by signal $((rc - 128)) ($(kill -l $((rc - 128)) 2>/dev/null))" >> "$w/why"
			;;
		esac
	fi
	if [ $emit = 0 ]; then
		check_stream stdout "$w/stdout" "$c" "$w" || ok=0
		check_stream stderr "$w/stderr" "$c" "$w" || ok=0
	fi
	if [ -f "$c/check.sh" ]; then
		if ! (cd "$sb" && timeout 60 "${envw[@]}" "${fenv[@]}" \
		    "CASE_STATUS=$rc" "CASE_STDOUT=$w/stdout" \
		    "CASE_STDERR=$w/stderr" \
		    "CASE_ELAPSED_MS=$(((t1 - t0) / 1000000))" "CASE_EMIT=$emit" \
		    bash "$c/check.sh") \
		    </dev/null > "$w/check.log" 2>&1; then
			ok=0
			echo "check.sh failed:" >> "$w/why"
			cat "$w/check.log" >> "$w/why"
		fi
	fi
	if [ $emit = 0 ]; then
		check_leftovers "$w" || ok=0
	else
		# shellcheck disable=SC2119 # no host: all of them
		fleet_kill_leftovers
	fi
	if [ $ok = 0 ] && [ $emit = 1 ]; then
		echo "--- make's stdout and stderr:" >> "$w/why"
		head -n 30 "$w/stdout" "$w/stderr" >> "$w/why"
	fi

	if [ $ok = 1 ]; then
		tap_ok "$name"
	else
		tap_not_ok "$name"
		show_diff "$w/why"
	fi
}

tap_plan ${#names[@]}
for n in "${names[@]}"; do
	if [ ! -d "$casedir/$n" ]; then
		tap_not_ok "$n"
		tap_diag "no such case: $casedir/$n"
		continue
	fi
	run_case "$n"
	sandbox_cleanup
done
tap_done
