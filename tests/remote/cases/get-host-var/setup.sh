# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
for h in h1 h2 h3; do
	printf 'log of %s\n' "$h" > "$FLEET_DIR/$h/app.log"
done
mkdir logs
