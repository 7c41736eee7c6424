# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# The runner wrote the fleet's port numbers as @PORTi@ (seq prints
# them too): put them back.
unport() {
	sed -e "s/@PORT1@/$FLEET_PORT_h1/g" -e "s/@PORT2@/$FLEET_PORT_h2/g" \
	    -e "s/@PORT3@/$FLEET_PORT_h3/g" -e "s/@PORT9@/$FLEET_PORT_h9/g" "$1"
}
unport "$CASE_STDOUT" > out
unport "$CASE_STDERR" > err
sum() { sha256sum | cut -d ' ' -f 1; }
# every line whole: "[aNN] aNN out N" with the same host twice (the
# prefix dmake writes and the text the host wrote), or the echo line
bad=$(grep -a -v -E '^\[(a[0-2][0-9])\] (\1 out [0-9]+|\$ seq 1 10000 .*)$' out | head -n 3)
[ -z "$bad" ] || check_fail "stdout: mixed, broken or misattributed lines: $bad"
bad=$(grep -a -v -E '^\[(a[0-2][0-9])\] \1 err [0-9]+$' err | head -n 3)
[ -z "$bad" ] || check_fail "stderr: mixed, broken or misattributed lines: $bad"
n=0
for i in $(seq -w 1 20); do
	h=a$i
	n=$((n + 1))
	e=$(grep -a -c -F "[$h] \$ seq 1 10000 " out)
	[ "$e" = 1 ] || check_fail "$h: $e echo lines, expected 1"
	want=$(seq 1 30000 | sed "s/^/$h out /" | sum)
	got=$(grep -a -F "[$h] $h out " out | cut -d ' ' -f 2- | sum)
	[ "$got" = "$want" ] ||
		check_fail "$h: stdout is not '$h out 1'..'$h out 30000' in order ($(grep -a -c -F "[$h] $h out " out) lines)"
	want=$(seq 1 10000 | sed "s/^/$h err /" | sum)
	got=$(grep -a -F "[$h] $h err " err | cut -d ' ' -f 2- | sum)
	[ "$got" = "$want" ] ||
		check_fail "$h: stderr is not '$h err 1'..'$h err 10000' in order ($(grep -a -c -F "[$h] $h err " err) lines)"
done
[ "$n" = 20 ] || check_fail "checked $n hosts, not 20"
# nothing else: 20 x (30000 + 1) lines and 20 x 10000
[ "$(wc -l < out)" = 600020 ] || check_fail "stdout has $(wc -l < out) lines, expected 600020"
[ "$(wc -l < err)" = 200000 ] || check_fail "stderr has $(wc -l < err) lines, expected 200000"
[ "$CASE_ELAPSED_MS" -lt 25000 ] ||
	check_fail "took ${CASE_ELAPSED_MS} ms"
echo "took $CASE_ELAPSED_MS ms" > elapsed
check_done
