# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
a=$FLEET_DIR/h1/app
[ "$(readlink "$a/current")" = releases/20260101000001 ] ||
	check_fail "current -> '$(readlink "$a/current")', expected 'releases/20260101000001'"
want_content "$a/revisions.log" '2026-01-01T00:00:01Z deploy 20260101000001 v1 ci@build'
want_absent "$a/.deploy-lock"
want_absent "$a/.current.new"
want_no_line "$CASE_STDOUT" '^\[h1\] rolled back'
check_done
