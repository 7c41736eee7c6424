# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
h1=$(cat "$F/sshd/h1.pid")
# h2's connection came from a process of h1's sshd ...
if ! grep -q "^$h1 " "$F/h2/owner" 2>/dev/null; then
	check_fail "h2's client end is not owned by h1's sshd ($h1): $(cat "$F/h2/owner" 2>&1)"
fi
# ... and h3's, made directly, not (the method tells them apart)
want_exists "$F/h3/owner"
if grep -q "^$h1 " "$F/h3/owner" 2>/dev/null; then
	check_fail "h3 (no ProxyJump) also went through h1: $(cat "$F/h3/owner")"
fi
check_done
