# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
printf 'a\n' > a.txt
printf 'b\n' > b.txt
printf 'keep\n' > "$FLEET_DIR/h1/file"
stat -c %i "$FLEET_DIR/h1/file" > inode.before
