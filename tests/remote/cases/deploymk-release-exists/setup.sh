# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, DMAKE: from run.sh
# an older release and then 20260101000002, live, deployed by the library
a=$FLEET_DIR/h1/app
mkdir -p "$a/releases/20260101000001"
"$DMAKE" --ssh-config "$FLEET_CONFIG" "FLEET=$FLEET_DIR" deploy \
    DEPLOY_RELEASE=20260101000002 DEPLOY_REVISION=first </dev/null ||
	{ echo "the first deploy failed"; exit 1; }
[ "$(readlink "$a/current")" = releases/20260101000002 ] ||
	{ echo "the first deploy did not switch current"; exit 1; }
