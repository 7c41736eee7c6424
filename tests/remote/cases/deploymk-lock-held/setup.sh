# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
# h1 and h2 run release 20250101000000; h2 is locked by a deploy of alice
for h in h1 h2; do
	a=$FLEET_DIR/$h/app
	mkdir -p "$a/releases/20250101000000" "$a/shared"
	ln -s releases/20250101000000 "$a/current"
done
mkdir "$FLEET_DIR/h2/app/.deploy-lock"
echo 'alice@ops1 release 20250101000000 since 2025-01-01T00:00:00Z' \
    > "$FLEET_DIR/h2/app/.deploy-lock/owner"
