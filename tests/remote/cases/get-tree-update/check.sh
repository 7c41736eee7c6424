# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# listing DIR: a line per entry of the tree at DIR (itself as "."), sorted:
# type, mode, size, mtime to the ns and name for files; type, mode, mtime
# and name for directories; type and "name -> target" for links
listing() {
	(cd "$1" && find . -print0 | LC_ALL=C sort -z |
		xargs -0 stat -c '%F %a %s %y %N') |
	sed -E -e 's/^(directory [0-7]+) [0-9]+ /\1 /' \
		-e 's/^(symbolic link) [0-7]+ [0-9]+ [^ ]+ [^ ]+ [^ ]+ /\1 /'
}
F=$FLEET_DIR
listing "$F/h1/src" > remote.list
listing got/src | grep -v "'./extra-local'" > local.list
diff -u remote.list local.list > list.diff ||
	check_fail "got/src differs from h1's src (- remote, + local):
$(cat list.diff)"
want_content got/src/extra-local extra
[ "$(readlink got/src/lnk)" = exe ] || check_fail "got/src/lnk not retargeted"
left=$(find . -name '.dmake-get.*')
[ -z "$left" ] || check_fail "temporary left: $left"
check_done
