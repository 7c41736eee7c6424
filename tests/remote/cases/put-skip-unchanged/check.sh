# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
inodes() {
	stat -c '%i %n' "$F"/h1/src/f1 "$F"/h1/src/f2 "$F"/h1/src/sub/f3
}
# the first run (setup.sh) sent every byte
grep -q '^dmake: summary: h1: ok, 1 command, 350000 bytes, ' first.err ||
	check_fail "first run: $(cat first.err)"
# the second (the case's) sent nothing and replaced nothing
inodes > inodes.second
cmp -s inodes.first inodes.second ||
	check_fail "files were replaced though unchanged: $(diff inodes.first inodes.second)"
# a third: f1 only touched (same size, new mtime), f2 new content of
# the same size; both are sent again, f3 is not
touch -d '2023-01-01 00:00:00.123456789' src/f1
head -c 100000 /dev/urandom > src/f2
"$DMAKE" --ssh-config "$FLEET_CONFIG" "FLEET=$FLEET_DIR" --summary all \
	> third.out 2> third.err || check_fail "third run failed: $(cat third.err)"
grep -q '^dmake: summary: h1: ok, 1 command, 300000 bytes, ' third.err ||
	check_fail "third run, expected 300000 bytes: $(cat third.err)"
inodes > inodes.third
read -r i1 _ < <(sed -n 1p inodes.first)
read -r i2 _ < <(sed -n 2p inodes.first)
read -r i3 _ < <(sed -n 3p inodes.first)
read -r j1 _ < <(sed -n 1p inodes.third)
read -r j2 _ < <(sed -n 2p inodes.third)
read -r j3 _ < <(sed -n 3p inodes.third)
[ "$i1" != "$j1" ] || check_fail "f1 (touched) kept its inode: not sent"
[ "$i2" != "$j2" ] || check_fail "f2 (changed) kept its inode: not sent"
[ "$i3" = "$j3" ] || check_fail "f3 (unchanged) was replaced"
cmp -s src/f1 "$F/h1/src/f1" || check_fail "f1 differs on h1"
cmp -s src/f2 "$F/h1/src/f2" || check_fail "f2 differs on h1"
[ "$(stat -c %y src/f1)" = "$(stat -c %y "$F/h1/src/f1")" ] ||
	check_fail "f1's new mtime did not reach h1"
check_done
