# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
A=$FLEET_DIR/h1/app
R=20260101000001
[ -d "$A/releases/$R" ] || check_fail "releases/$R is not a directory"
want_content "$A/releases/$R/app.txt" 'the app'
if [ -L "$A/current" ]; then
	[ "$(readlink "$A/current")" = "releases/$R" ] ||
		check_fail "current -> '$(readlink "$A/current")', expected 'releases/$R'"
else
	check_fail "current is not a symbolic link"
fi
want_content "$A/current/app.txt" 'the app'
for f in config.ini log/app; do
	if [ -L "$A/releases/$R/$f" ]; then
		[ "$(readlink "$A/releases/$R/$f")" = "$A/shared/$f" ] ||
			check_fail "releases/$R/$f -> '$(readlink "$A/releases/$R/$f")', expected '$A/shared/$f'"
	else
		check_fail "releases/$R/$f is not a symbolic link"
	fi
done
if [ ! -d "$A/releases/$R/log" ] || [ -L "$A/releases/$R/log" ]; then
	check_fail "releases/$R/log should be a directory made for the link log/app"
fi
want_content "$A/current/config.ini" 'debug = 0'
[ -d "$A/current/log/app" ] || check_fail "current/log/app does not lead to shared/log/app"
want_line "$A/revisions.log" "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z deploy $R v1\\.2 [^ ]+@[^ ]+\$"
[ "$(wc -l < "$A/revisions.log")" -eq 1 ] ||
	check_fail "revisions.log should have one line: $(cat "$A/revisions.log")"
want_absent "$A/.deploy-lock"
want_absent "$A/.current.new"
# shellcheck disable=SC2012 # names for a message
[ "$(ls -A "$A/releases")" = "$R" ] ||
	check_fail "releases/ should hold only $R: $(ls -A "$A/releases" | tr '\n' ' ')"
want_empty_dir "$FLEET_DIR/h2"
check_done
