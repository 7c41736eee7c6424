# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
# h1: three releases, the middle one live (after a rollback), a log;
# h2: one release, live, and no log yet
a=$FLEET_DIR/h1/app
mkdir -p "$a/releases/20260101000001" "$a/releases/20260101000002" \
    "$a/releases/20260101000003" "$a/shared"
ln -s releases/20260101000002 "$a/current"
printf '%s\n' '2026-01-01T00:00:01Z deploy 20260101000001 v1 ci@build' \
    '2026-01-01T00:00:02Z deploy 20260101000002 v2 ci@build' \
    '2026-01-01T00:00:03Z deploy 20260101000003 v3 ci@build' \
    '2026-01-01T00:00:04Z rollback 20260101000002 from 20260101000003 ops@desk' \
    > "$a/revisions.log"
a=$FLEET_DIR/h2/app
mkdir -p "$a/releases/20260101000003" "$a/shared"
ln -s releases/20260101000003 "$a/current"
