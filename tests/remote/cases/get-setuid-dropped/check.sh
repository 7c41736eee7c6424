# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
for f in got/suid:755 got/sgid:755 got/sgid/in:750; do
	p=${f%:*} want=${f##*:}
	[ -e "$p" ] || { check_fail "missing: $p"; continue; }
	got=$(stat -c %a "$p")
	[ "$got" = "$want" ] || check_fail "$p has mode $got, expected $want"
done
[ "$(cat got/sgid/in 2>/dev/null)" = x ] || check_fail "got/sgid/in content"
check_done
