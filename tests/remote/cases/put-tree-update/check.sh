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
listing "$F/h1/src" | grep -v "'./extra-remote'" > remote.list
diff -u local.list remote.list > list.diff ||
	check_fail "the tree on h1 differs from src (- local, + remote):
$(cat list.diff)"
# cp -R adds and replaces, it does not delete
want_content "$F/h1/src/extra-remote" extra
[ "$(readlink "$F/h1/src/lnk")" = exe ] || check_fail "src/lnk not retargeted"
# an unchanged file is not sent again (by dmake: the emitted file's
# transfers always copy, as DESIGN section 5 allows)
[ "$(stat -c %i "$F/h1/src/sub/deeper/f")" = "$(cat inode.before)" ] ||
	[ "${CASE_EMIT:-0}" = 1 ] ||
	check_fail "the unchanged src/sub/deeper/f was replaced"
left=$(find "$F/h1" -name '.dmake-put.*')
[ -z "$left" ] || check_fail "temporary left on h1: $left"
check_done
