# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, DMAKE: from run.sh
# three deploys before the one of the case
for r in 20260101000001 20260101000002 20260101000003; do
	"$DMAKE" --ssh-config "$FLEET_CONFIG" "FLEET=$FLEET_DIR" deploy \
	    "DEPLOY_RELEASE=$r" </dev/null || { echo "deploy $r failed"; exit 1; }
done
