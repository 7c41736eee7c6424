# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# the block's output before the local line
[ "$(tail -n 2 "$CASE_STDOUT")" = "[h1] in block
local" ] || check_fail "the last two lines should be the block's output and 'local'"
check_done
