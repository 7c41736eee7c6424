# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
# one release on h1, live
a=$FLEET_DIR/h1/app
mkdir -p "$a/releases/20260101000001" "$a/shared"
ln -s releases/20260101000001 "$a/current"
echo '2026-01-01T00:00:01Z deploy 20260101000001 v1 ci@build' > "$a/revisions.log"
