# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
F=$FLEET_DIR
printf 'remote\n' > "$F/h1/f.txt"
chmod 0640 "$F/h1/f.txt"
mkdir -p "$F/h1/tree/sub"
printf 'inner\n' > "$F/h1/tree/sub/g"
touch -d '2020-01-01 00:00:00.5' "$F/h1/f.txt" "$F/h1/tree/sub/g" \
	"$F/h1/tree/sub" "$F/h1/tree"
