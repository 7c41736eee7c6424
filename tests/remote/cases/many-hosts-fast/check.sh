# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# The runner wrote the fleet's port numbers as @PORTi@: put them back.
unport() {
	sed -e "s/@PORT1@/$FLEET_PORT_h1/g" -e "s/@PORT2@/$FLEET_PORT_h2/g" \
	    -e "s/@PORT3@/$FLEET_PORT_h3/g" -e "s/@PORT9@/$FLEET_PORT_h9/g" "$1"
}
unport "$CASE_STDOUT" > out
unport "$CASE_STDERR" > err
seq 1 200000 > want.out
seq 1 50000 > want.err
bad=$(grep -a -v -E '^\[h[123]\] ([0-9]+|\$ seq 1 200000; seq 1 50000 >&2)$' out | head -n 3)
[ -z "$bad" ] || check_fail "stdout: mixed or broken lines: $bad"
bad=$(grep -a -v -E '^\[h[123]\] [0-9]+$' err | head -n 3)
[ -z "$bad" ] || check_fail "stderr: mixed or broken lines: $bad"
for h in h1 h2 h3; do
	n=$(grep -a -c -F "[$h] \$ seq" out)
	[ "$n" = 1 ] || check_fail "$h: $n echo lines, expected 1"
	grep -a -E "^\[$h\] [0-9]+$" out | cut -d ' ' -f 2 | cmp -s - want.out ||
		check_fail "$h: stdout is not 1..200000 in order ($(grep -a -c -E "^\[$h\] [0-9]+$" out) lines)"
	grep -a -E "^\[$h\] [0-9]+$" err | cut -d ' ' -f 2 | cmp -s - want.err ||
		check_fail "$h: stderr is not 1..50000 in order ($(grep -a -c -E "^\[$h\] [0-9]+$" err) lines)"
done
[ "$CASE_ELAPSED_MS" -lt 20000 ] ||
	check_fail "took ${CASE_ELAPSED_MS} ms"
check_done
