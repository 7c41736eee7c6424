# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for comparisons and messages
. "${FLEET_LIB%/*}/check-lib.sh"
for h in h1 h2 h3; do
	want_content "logs/$h.log" "log of $h"
done
got=$(ls -A logs | tr '\n' ' ')
[ "$got" = "h1.log h2.log h3.log " ] || check_fail "logs holds: $got"
check_done
