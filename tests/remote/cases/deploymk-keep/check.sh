# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*, DMAKE: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
dm() {
	"$DMAKE" --ssh-config "$FLEET_CONFIG" "FLEET=$FLEET_DIR" "$@" </dev/null
}
# want_releases WHEN LIVE R...: on h1 and h2 releases/ holds exactly R...
# and current -> releases/LIVE
want_releases() {
	local when=$1 live=$2 h got want
	shift 2
	want=$(printf '%s\n' "$@" | LC_ALL=C sort | tr '\n' ' ')
	for h in h1 h2; do
		# shellcheck disable=SC2012 # release names are plain
		got=$(ls -A "$FLEET_DIR/$h/app/releases" | LC_ALL=C sort | tr '\n' ' ')
		[ "$got" = "$want" ] ||
			check_fail "$when: $h releases/ holds '$got', expected '$want'"
		[ "$(readlink "$FLEET_DIR/$h/app/current")" = "releases/$live" ] ||
			check_fail "$when: $h current -> '$(readlink "$FLEET_DIR/$h/app/current")', expected 'releases/$live'"
		[ "$(cat "$FLEET_DIR/$h/app/current/name" 2>/dev/null)" = "$live" ] ||
			check_fail "$when: $h current/name is not $live"
	done
}
want_releases "after 4 deploys" 20260101000004 20260101000003 20260101000004
for h in h1 h2; do
	[ "$(grep -c ' deploy ' "$FLEET_DIR/$h/app/revisions.log")" = 4 ] ||
		check_fail "$h revisions.log should have 4 deploy lines"
done

# roll back to the older kept release, then clean up keeping one: the
# live (older) release stays, and current is untouched
dm deploy-rollback > rollback.out 2>&1 || check_fail "deploy-rollback failed: $(cat rollback.out)"
want_releases "after the rollback" 20260101000003 20260101000003 20260101000004
dm cleanup DEPLOY_KEEP=1 > cleanup.out 2>&1 || check_fail "cleanup DEPLOY_KEEP=1 failed: $(cat cleanup.out)"
for h in h1 h2; do
	want_exists "$FLEET_DIR/$h/app/releases/20260101000003/name"
	[ "$(readlink "$FLEET_DIR/$h/app/current")" = releases/20260101000003 ] ||
		check_fail "after cleanup DEPLOY_KEEP=1: $h current moved to '$(readlink "$FLEET_DIR/$h/app/current")'"
done
dm cleanup DEPLOY_KEEP=0 > cleanup0.out 2>&1 || check_fail "cleanup DEPLOY_KEEP=0 failed: $(cat cleanup0.out)"
want_releases "after cleanup DEPLOY_KEEP=0" 20260101000003 20260101000003

# a new deploy: the two newest stay
dm deploy DEPLOY_RELEASE=20260101000005 > deploy5.out 2>&1 || check_fail "deploy 5 failed: $(cat deploy5.out)"
dm deploy DEPLOY_RELEASE=20260101000006 > deploy6.out 2>&1 || check_fail "deploy 6 failed: $(cat deploy6.out)"
want_releases "after 2 more deploys" 20260101000006 20260101000005 20260101000006
for h in h1 h2; do
	want_absent "$FLEET_DIR/$h/app/.deploy-lock"
done
want_empty_dir "$FLEET_DIR/h3"
check_done
