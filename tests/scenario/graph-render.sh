#!/bin/bash
# tests/scenario/graph-render.sh - dmake --graph's DOT renders with
# Graphviz: the example Deployfile's graph and the graph-dot case's,
# each to SVG with `dot -Tsvg`, which must succeed and show every target.
# TAP; skips when Graphviz (dot) is not installed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"
require_dmake
require_cmd dot
tap_plan 4
top=$(cd "$here/../.." && pwd)
sandbox_new
sb=$SANDBOX
# A clean environment: under `make check`, MAKELEVEL would make dmake
# print "Entering directory" lines into the DOT.
mapfile -t envw < <(clean_env "$sb")
render() {	# NAME DIR ARGS...: render DIR's graph, then check names
	local name=$1 dir=$2
	shift 2
	if (cd "$dir" && "${envw[@]}" "$DMAKE" -s "$@" --graph) \
	    > "$sb/$name.dot" 2> "$sb/$name.err" &&
	    dot -Tsvg "$sb/$name.dot" > "$sb/$name.svg" 2>> "$sb/$name.err"; then
		tap_ok "$name: dot renders it"
	else
		tap_not_ok "$name: dot renders it"
		# shellcheck disable=SC2119 # tap_diag reads stdin
		tap_diag < "$sb/$name.err"
	fi
}
render example "$top" -f examples/Deployfile HOSTS='web[1-2]'
grep -q '<title>pack</title>' "$sb/example.svg" &&
    grep -q 'tar.gz</title>' "$sb/example.svg"
tap_result $? "example: the SVG shows pack and the tarball"
render case "$here/cases/graph-dot"
grep -q 'web4' "$sb/case.svg" && grep -q '<title>logs</title>' "$sb/case.svg"
tap_result $? "graph-dot: the SVG shows the hosts and the order-only target"
tap_done
