# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# The premise: with the agent's keys offered first, sshd gives up.
out=$("$DMAKE" --ssh-config cfg-agent 2>&1)
st=$?
[ $st = 2 ] || check_fail "without IdentitiesOnly: status $st, expected 2: $out"
case $out in
*"h1: Error 255"*) ;;
*) check_fail "without IdentitiesOnly: no Error 255: $out" ;;
esac
kill "$(cat agent.pid)" 2>/dev/null
check_done
