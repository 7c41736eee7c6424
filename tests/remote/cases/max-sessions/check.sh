# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# shellcheck disable=SC1090 # fleet.sh, found at run time
. "$FLEET_LIB"
d=$FLEET_DIR/sshd
F=$FLEET_DIR
max=$(sort -n "$F/h1/count" 2>/dev/null | tail -n 1)
n=$(wc -l < "$F/h1/count" 2>/dev/null)
[ "$n" = 24 ] || check_fail "$n counts, expected 2 per target (24)"
if [ -z "$max" ] || [ "$max" -gt 8 ]; then
	check_fail "${max:-no} commands ran at once on one connection (at most 8)"
elif [ "$max" -lt 2 ]; then
	check_fail "the targets did not run concurrently (at most $max at once)"
fi
logins=$(fleet_extra_logins hmax)
[ "$logins" = 1 ] ||
	check_fail "$logins logins to hmax, expected one connection: $(grep Accepted "$d/hmax.log")"
for f in "$F"/h1/run.*; do
	[ -e "$f" ] && check_fail "left on the host: $f"
done
fleet_extra_stop hmax	# started by setup.sh
check_done
