# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
for h in h1 h2; do
	a=$F/$h/app
	if [ -L "$a/current" ]; then
		[ "$(readlink "$a/current")" = releases/20260101000001 ] ||
			check_fail "$h current -> '$(readlink "$a/current")', expected 'releases/20260101000001'"
	else
		check_fail "$h current is not a symbolic link"
	fi
	want_exists "$a/releases/20260101000002"
	want_line "$a/revisions.log" '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z rollback 20260101000001 from 20260101000002 [^ ]+@[^ ]+$'
	[ "$(wc -l < "$a/revisions.log")" -eq 3 ] ||
		check_fail "$h revisions.log should have its 2 lines and the rollback's"
	[ "$(tail -n 1 "$a/revisions.log" | cut -d ' ' -f 2)" = rollback ] ||
		check_fail "$h: the rollback line should be the last of revisions.log"
	want_absent "$a/.deploy-lock"
	want_absent "$a/.current.new"
done
want_empty_dir "$F/h3"
check_done
