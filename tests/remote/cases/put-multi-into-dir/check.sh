# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# shellcheck disable=SC2012 # ls -A: plain names, for comparisons and messages
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content "$F/h1/dest/a.txt" a
want_content "$F/h1/dest/b.txt" b
want_content "$F/h1/dest/sub/c.txt" c
got=$(ls -A "$F/h1/dest" | tr '\n' ' ')
[ "$got" = "a.txt b.txt sub " ] || check_fail "dest holds: $got"
check_done
