# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists "$F/h1/ran-h1"
want_absent "$F/h1/ran-silent1"
want_no_line "$CASE_STDOUT" 'not reached'
want_no_line "$CASE_STDERR" 'h1: Error'
[ "$CASE_ELAPSED_MS" -lt 8000 ] ||
	check_fail "dmake took ${CASE_ELAPSED_MS} ms (--connect-timeout 1)"
# ConnectTimeout from ssh_config alone is honoured too.
sed 's/^  ConnectTimeout 20$/  ConnectTimeout 1/' ssh_config > ssh_config.1
t0=$(date +%s%N)
timeout 30 "$DMAKE" --ssh-config ssh_config.1 "FLEET=$F" all </dev/null \
	> config.out 2>&1
st=$?
ms=$((($(date +%s%N) - t0) / 1000000))
[ "$st" = 2 ] || check_fail "with ConnectTimeout 1: status $st: $(cat config.out)"
want_line config.out 'silent1: Error 255$'
[ "$ms" -lt 8000 ] ||
	check_fail "with ConnectTimeout 1 in ssh_config dmake took $ms ms"
kill "$(cat silent.pid)" 2>/dev/null
check_done
