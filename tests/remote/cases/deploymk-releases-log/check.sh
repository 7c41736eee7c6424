# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# in order per host: the listing is sorted, the log as written, and the
# listing (the first goal) comes before the log
[ "$(grep '^\[h1\]' "$CASE_STDOUT" | head -n 3 | tr '\n' '|')" = \
  '[h1]   20260101000001|[h1] * 20260101000002|[h1]   20260101000003|' ] ||
	check_fail "h1's listing is not first and in order"
[ "$(grep '^\[h1\] 2026' "$CASE_STDOUT" | cut -d ' ' -f 3 | tr '\n' ' ')" = \
  'deploy deploy deploy rollback ' ] || check_fail "h1's log is not in order"
# looking changes nothing
want_absent "$FLEET_DIR/h1/app/.deploy-lock"
want_absent "$FLEET_DIR/h2/app/.deploy-lock"
want_absent "$FLEET_DIR/h2/app/revisions.log"
[ "$(readlink "$FLEET_DIR/h1/app/current")" = releases/20260101000002 ] ||
	check_fail "h1's current moved"
check_done
