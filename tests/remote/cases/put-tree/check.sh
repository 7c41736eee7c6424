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
listing src > local.list
listing "$F/h1/src" > remote.list
diff -u local.list remote.list > list.diff ||
	check_fail "the tree on h1 differs from src (- local, + remote):
$(cat list.diff)"
diff -r --no-dereference src "$F/h1/src" > /dev/null 2>&1 ||
	check_fail "diff -r --no-dereference src h1/src finds differences"
for l in lnk dangling dirlink; do
	[ -L "$F/h1/src/$l" ] || check_fail "src/$l is not a symbolic link on h1"
done
want_empty_dir "$F/h1/src/emptydir"
want_content "$F/h1/it's here.txt" q
want_content "$F/h1/dir with space/x y" x
[ "$(stat -c %y "$F/h1/it's here.txt" "$F/h1/dir with space")" = \
  "$(stat -c %y "it's here.txt" 'dir with space')" ] ||
	check_fail "the mtimes of the quoted sources differ"
left=$(find "$F/h1" -name '.dmake-put.*')
[ -z "$left" ] || check_fail "temporary left on h1: $left"
check_done
