# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
for f in empty tree/zero; do
	if [ ! -f "$F/h1/$f" ]; then
		check_fail "h1/$f missing"
	elif [ -s "$F/h1/$f" ]; then
		check_fail "h1/$f is not empty"
	fi
	[ "$(stat -c '%a %y' "$f")" = "$(stat -c '%a %y' "$F/h1/$f" 2>&1)" ] ||
		check_fail "h1/$f: mode or mtime differs"
done
want_content "$F/h1/tree/one" one
check_done
