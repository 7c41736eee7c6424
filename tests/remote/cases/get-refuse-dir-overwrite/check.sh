# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for comparisons and messages
. "${FLEET_LIB%/*}/check-lib.sh"
[ -d dest/name ] || check_fail "dest/name is no longer a directory"
want_content dest/name/keep keep
got=$(ls -A dest | tr '\n' ' ')
[ "$got" = "name " ] || check_fail "dest holds: $got"
check_done
