#!/bin/bash
# tests/remote/demo.sh - the README's first command as a test: run
# scripts/demo.sh (examples/Deployfile deploys examples/flask-app to a
# throwaway sshd on 127.0.0.1, deploys a new version under a loop of HTTP
# requests, rolls back) with $DMAKE, and check what it reports and what
# it leaves behind.  Output is TAP.
#
# The demo runs in a clean environment with TMPDIR in a sandbox, so that
# every directory it makes and every process it starts (their command
# lines name those directories) can be found afterwards.
#
# Skipped when not root (the demo may have to install Debian packages),
# when sshd cannot run here, or when what the demo needs (python3-flask,
# gunicorn, python3-venv, curl...) is missing and cannot be installed
# (`scripts/demo.sh --install-only` fails).
#
# Environment: DMAKE (the program under test); DEPLOYFILE, when set, is
# handed to the demo (another Deployfile that honours its contract).

set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
# shellcheck source-path=SCRIPTDIR source=../scenario/lib.sh
. "$here/../scenario/lib.sh"
# shellcheck source-path=SCRIPTDIR source=fleet.sh
. "$here/fleet.sh"

DEMO_TIMEOUT=150	# the demo is killed after this long
DEMO_BOUND=120		# and must have finished in less than this

require_dmake
[ "$(id -u)" = 0 ] ||
	tap_skip_all "not root: the demo installs the Debian packages it needs"
require_cmd timeout pgrep awk sed find sort
why=$(fleet_usable) || tap_skip_all "$why"
if ! why=$(bash "$top/scripts/demo.sh" --install-only </dev/null 2>&1); then
	tap_skip_all "the demo's packages cannot be installed:" \
		"$(printf '%s\n' "$why" | tail -n 1)"
fi
/usr/bin/python3 -c 'import flask, gunicorn' 2>/dev/null ||
	tap_skip_all "flask or gunicorn cannot be imported by /usr/bin/python3"

tap_plan 7
sandbox_new
sb=$SANDBOX
mkdir "$sb/tmp" "$sb/home" || tap_bail "mkdir failed"

# the examples as they are before, to see that the demo changes nothing
snapshot() {
	(cd "$top" && find examples -printf '%p %s %T@\n' | LC_ALL=C sort)
}
snapshot > "$sb/examples.before"

v1=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' \
	"$top/examples/flask-app/flaskapp/__init__.py")
v2=$(printf '%s\n' "$v1" |
	awk -F. -v OFS=. '{ $2 = $2 + 1; if (NF > 2) $3 = 0; print }')

mapfile -t envw < <(clean_env "$sb/home")
t0=$SECONDS
(cd "$sb" && timeout -k 5 "$DEMO_TIMEOUT" "${envw[@]}" "TMPDIR=$sb/tmp" \
	"DMAKE=$DMAKE" ${DEPLOYFILE:+"DEPLOYFILE=$DEPLOYFILE"} \
	bash "$top/scripts/demo.sh") </dev/null > "$sb/out" 2>&1
st=$?
elapsed=$((SECONDS - t0))
tap_diag "the demo ran ${elapsed} s and exited with status $st"

show_output() {
	tap_diag "last lines of the demo's output:"
	tail -n 40 "$sb/out" | tap_diag
}

# 1
tap_result "$st" "the demo exits with status 0"
[ "$st" = 0 ] || show_output

# 2
served=$(sed -n 's/^versions served: //p' "$sb/out")
want="$v1 -> $v2 -> $v1"
if [ -n "$v1" ] && [ "$served" = "$want" ]; then
	tap_ok "versions served in order: $want"
else
	tap_not_ok "versions served in order: $want"
	tap_diag "the demo says: '${served:-nothing}'"
fi

# 3
line=$(sed -n 's/^requests during the reloads: //p' "$sb/out")
if [[ $line =~ ^([0-9]+)\ sent,\ 0\ failed$ ]] && [ "${BASH_REMATCH[1]}" -gt 0 ]; then
	tap_ok "no request failed during the reloads ($line)"
else
	tap_not_ok "no request failed during the reloads"
	tap_diag "the demo says: '${line:-nothing}'"
	grep -E '^ +(answers in order|[0-9]+ requests)' "$sb/out" | tap_diag
fi

# 4: what still runs with the sandbox in its command line, or started by
# the demo's sshd (whose sessions carry DMAKE_FLEET=<its directory>)
leftovers() {
	local f pid
	pgrep -f -- "$sb/tmp"
	for f in /proc/[0-9]*/environ; do
		grep -q -a -z "^DMAKE_FLEET=$sb/tmp/" "$f" 2>/dev/null || continue
		pid=${f#/proc/}
		printf '%s\n' "${pid%/environ}"
	done
}
mapfile -t left < <(leftovers | grep -v -x -e "$$" | sort -u)
if [ ${#left[@]} -eq 0 ]; then
	tap_ok "no process of the demo is left"
else
	tap_not_ok "no process of the demo is left"
	ps -o pid=,args= -p "$(IFS=,; echo "${left[*]}")" 2>/dev/null | tap_diag
	kill -KILL "${left[@]}" 2>/dev/null
fi

# 5
rest=$(find "$sb/tmp" -mindepth 1 -maxdepth 1 2>/dev/null)
if [ -z "$rest" ]; then
	tap_ok "the demo's temporary directories are removed"
else
	tap_not_ok "the demo's temporary directories are removed"
	tap_diag "left: $rest"
fi

# 6
snapshot > "$sb/examples.after"
if cmp -s "$sb/examples.before" "$sb/examples.after"; then
	tap_ok "examples/ is unchanged"
else
	tap_not_ok "examples/ is unchanged"
	diff "$sb/examples.before" "$sb/examples.after" | head -n 20 | tap_diag
fi

# 7
if [ "$elapsed" -lt "$DEMO_BOUND" ]; then
	tap_ok "the demo took ${elapsed} s (less than $DEMO_BOUND s)"
else
	tap_not_ok "the demo took ${elapsed} s (less than $DEMO_BOUND s)"
fi

tap_done
