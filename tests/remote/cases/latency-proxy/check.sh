# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
# end the proxy (it has its own 60 s limit too) and make sure it is gone
pid=$(cat proxy.pid)
if grep -q -a slowproxy.py "/proc/$pid/cmdline" 2>/dev/null; then
	kill -TERM "$pid"
	for _ in $(seq 1 100); do
		grep -q -a slowproxy.py "/proc/$pid/cmdline" 2>/dev/null || break
		sleep 0.05
	done
	if grep -q -a slowproxy.py "/proc/$pid/cmdline" 2>/dev/null; then
		check_fail "the proxy ($pid) still runs 5 s after SIGTERM"
		kill -KILL "$pid"
	fi
else
	check_fail "the proxy ($pid) had died before check.sh: $(cat proxy.log)"
fi
# everything went through the proxy, on one connection
read -r _ conns _ up _ down < proxy.log ||
	check_fail "the proxy wrote no statistics: $(cat proxy.log)"
[ "${conns:-0}" = 1 ] || check_fail "the proxy saw ${conns:-0} connections, expected 1 (one per host per run)"
[ "${up:-0}" -gt 2097153 ] || check_fail "only ${up:-0} bytes went up through the proxy"
[ "${down:-0}" -gt 2097153 ] || check_fail "only ${down:-0} bytes came down through the proxy"
# everything arrived intact
want_content "$F/h1/who" h1
cmp data.bin "$F/h1/data.bin" || check_fail "h1/data.bin differs from data.bin"
cmp data.bin back/data.bin || check_fail "back/data.bin differs from data.bin"
left=$(find . "$F/h1" -name '.dmake-*')
[ -z "$left" ] || check_fail "temporaries left: $left"
# the latency was there (at least 10 round trips of 200 ms), and bounded
[ "$CASE_ELAPSED_MS" -ge 2000 ] ||
	check_fail "took only ${CASE_ELAPSED_MS} ms: was there any delay?"
[ "$CASE_ELAPSED_MS" -lt 25000 ] || check_fail "took ${CASE_ELAPSED_MS} ms"
echo "took $CASE_ELAPSED_MS ms; proxy: $(cat proxy.log)"
check_done
