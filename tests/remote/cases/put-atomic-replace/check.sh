# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_content "$F/h1/dest.txt" 'new content'
want_content "$F/h1/dir/inner.txt" 'new inner'
# the old files were not written in place: their other links still
# hold the old content, and the names have new inodes
want_content "$F/h1/hardlink" 'old content'
want_content "$F/h1/inner-hardlink" 'old inner'
stat -c %i "$F/h1/dest.txt" "$F/h1/dir/inner.txt" > inodes.after
read -r a1 < <(sed -n 1p inodes.before)
read -r a2 < <(sed -n 2p inodes.before)
read -r b1 < <(sed -n 1p inodes.after)
read -r b2 < <(sed -n 2p inodes.after)
[ "$a1" != "$b1" ] || check_fail "dest.txt kept its inode (written in place)"
[ "$a2" != "$b2" ] || check_fail "dir/inner.txt kept its inode (written in place)"
[ "$(stat -c %h "$F/h1/dest.txt")" = 1 ] ||
	check_fail "dest.txt still has the hard link's inode"
left=$(find "$F/h1" -name '.dmake-put.*')
[ -z "$left" ] || check_fail "temporary left on h1: $left"
check_done
