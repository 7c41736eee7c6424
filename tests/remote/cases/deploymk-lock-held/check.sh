# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*, DMAKE: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
dm() {
	"$DMAKE" --ssh-config "$FLEET_CONFIG" "FLEET=$F" "$@" </dev/null
}
want_no_line "$CASE_STDERR" '^\[h1\]'
# nothing deployed: no new release, current unchanged, nothing logged
for h in h1 h2; do
	# shellcheck disable=SC2012 # names for a message
	[ "$(ls -A "$F/$h/app/releases")" = 20250101000000 ] ||
		check_fail "$h releases/ holds: $(ls -A "$F/$h/app/releases" | tr '\n' ' ')"
	[ "$(readlink "$F/$h/app/current")" = releases/20250101000000 ] ||
		check_fail "$h current -> '$(readlink "$F/$h/app/current")'"
	want_absent "$F/$h/app/revisions.log"
done
# h2's lock is alice's still; h1's is this deploy's, kept as it failed
want_content "$F/h2/app/.deploy-lock/owner" \
    'alice@ops1 release 20250101000000 since 2025-01-01T00:00:00Z'
want_line "$F/h1/app/.deploy-lock/owner" '^[^ ]+@[^ ]+ release 20260101000001 since [0-9-]+T[0-9:]+Z$'

# deploy-unlock breaks both locks; then a deploy works
dm deploy-unlock > unlock.out 2>&1 || check_fail "deploy-unlock failed: $(cat unlock.out)"
want_absent "$F/h1/app/.deploy-lock"
want_absent "$F/h2/app/.deploy-lock"
dm deploy DEPLOY_RELEASE=20260101000002 > deploy.out 2>&1 ||
	check_fail "the deploy after deploy-unlock failed: $(cat deploy.out)"
for h in h1 h2; do
	[ "$(readlink "$F/$h/app/current")" = releases/20260101000002 ] ||
		check_fail "after deploy-unlock and a deploy: $h current -> '$(readlink "$F/$h/app/current")'"
	want_line "$F/$h/app/revisions.log" ' deploy 20260101000002 '
	want_absent "$F/$h/app/.deploy-lock"
done
check_done
