# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
printf 'hello\n' > a.txt
chmod 0640 a.txt
touch -d '2020-02-03 04:05:06.123456789' a.txt
mkdir "$FLEET_DIR/h1/dest" "$FLEET_DIR/h2/dest"
