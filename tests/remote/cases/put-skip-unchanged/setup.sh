# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
mkdir -p src/sub
head -c 200000 /dev/urandom > src/f1
head -c 100000 /dev/urandom > src/f2
head -c 50000 /dev/urandom > src/sub/f3
"$DMAKE" --ssh-config "$FLEET_CONFIG" "FLEET=$FLEET_DIR" --summary all \
	> first.out 2> first.err || { cat first.out first.err; exit 1; }
stat -c '%i %n' "$FLEET_DIR"/h1/src/f1 "$FLEET_DIR"/h1/src/f2 \
	"$FLEET_DIR"/h1/src/sub/f3 > inodes.first
