# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content "$F/h1/ran" h1
rm -f "$F/h1/ran"
# The control: without --identity the same run cannot log in.
timeout 30 "$DMAKE" --ssh-config ssh_config "FLEET=$F" all </dev/null \
	> without.out 2>&1
st=$?
[ "$st" = 2 ] || check_fail "without --identity: status $st, expected 2: $(cat without.out)"
want_line without.out '^dmake: keyless1: .*auth'
want_line without.out 'keyless1: Error 255$'
want_absent "$F/h1/ran"
check_done
