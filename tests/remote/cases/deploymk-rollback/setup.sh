# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
# two releases on h1 and h2, the newer one live
for h in h1 h2; do
	a=$FLEET_DIR/$h/app
	mkdir -p "$a/releases/20260101000001" "$a/releases/20260101000002" "$a/shared"
	ln -s releases/20260101000002 "$a/current"
	printf '%s\n' '2026-01-01T00:00:01Z deploy 20260101000001 v1 ci@build' \
	    '2026-01-01T00:00:02Z deploy 20260101000002 v2 ci@build' > "$a/revisions.log"
done
