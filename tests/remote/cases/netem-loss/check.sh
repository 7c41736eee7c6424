# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for a message
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
# netem was on the namespace's lo, and it dropped packets
want_line qdisc.seen "^qdisc $(cut -d ' ' -f 1 qdisc) "
want_line qdisc.seen 'delay 50ms'
want_line qdisc.seen 'loss 5%'
dropped=$(sed -n 's/.*(dropped \([0-9]*\),.*/\1/p' qdisc.stats 2>/dev/null | head -n 1)
[ "${dropped:-0}" -gt 0 ] ||
	check_fail "the qdisc dropped ${dropped:-no} packets: $(cat qdisc.stats 2>&1)"
# everything arrived intact, nothing left behind
cmp data.bin "$F/h1/data.bin" || check_fail "h1/data.bin differs from data.bin"
cmp data.bin back/data.bin || check_fail "back/data.bin differs from data.bin"
[ "$(ls -A "$F/h1")" = data.bin ] || check_fail "h1 holds: $(ls -A "$F/h1" | tr '\n' ' ')"
[ "$(ls -A back)" = data.bin ] || check_fail "back/ holds: $(ls -A back | tr '\n' ' ')"
left=$(find . "$F/h1" -name '.dmake-*')
[ -z "$left" ] || check_fail "temporaries left: $left"
# the namespace's sshd is gone (and with it the namespace)
pid=$(cat sshd.pid 2>/dev/null)
if [ -n "$pid" ] && grep -q -a -F "$SANDBOX/sshd.conf" "/proc/$pid/cmdline" 2>/dev/null; then
	check_fail "the namespace's sshd ($pid) still runs"
	kill -KILL "$pid"
fi
[ "$CASE_ELAPSED_MS" -lt 27000 ] || check_fail "took ${CASE_ELAPSED_MS} ms"
echo "took $CASE_ELAPSED_MS ms; netem dropped $dropped packets"
check_done
