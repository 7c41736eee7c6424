# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
a=$FLEET_DIR/h1/app
[ "$(readlink "$a/current")" = releases/20260101000002 ] ||
	check_fail "current -> '$(readlink "$a/current")', expected 'releases/20260101000002'"
want_content "$a/releases/20260101000002/rev" first
want_exists "$a/releases/20260101000001"
# shellcheck disable=SC2012 # names for a message
[ "$(ls -A "$a/releases" | tr '\n' ' ')" = '20260101000001 20260101000002 ' ] ||
	check_fail "releases/ holds: $(ls -A "$a/releases" | tr '\n' ' ')"
[ "$(wc -l < "$a/revisions.log")" -eq 1 ] ||
	check_fail "revisions.log should have only the first deploy: $(cat "$a/revisions.log")"
want_no_line "$a/revisions.log" ' second '
# a deploy that fails keeps its lock (doc/Deployfile.5)
want_line "$a/.deploy-lock/owner" ' release 20260101000002 since '
want_absent "$a/.current.new"
check_done
