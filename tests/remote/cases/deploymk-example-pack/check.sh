# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*, SANDBOX: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
init=examples/flask-app/flaskapp/__init__.py
v=$(git -C top show "HEAD:$init" | sed -n 's/^__version__ = "\(.*\)"$/\1/p')
[ -n "$v" ] || check_fail "no __version__ in HEAD:$init"
tgz=$SANDBOX/build/HEAD/dist/flaskapp-$v.tar.gz
if [ -f "$tgz" ]; then
	tar -tzf "$tgz" > list || check_fail "tar -tzf $tgz failed"
	want_line list "^flaskapp-$v/setup\\.py\$"
	want_line list "^flaskapp-$v/flaskapp/__init__\\.py\$"
	# the bytes of HEAD, not of the working tree
	tar -xzOf "$tgz" "flaskapp-$v/flaskapp/__init__.py" > got.py
	git -C top show "HEAD:$init" > want.py
	cmp -s got.py want.py ||
		check_fail "flaskapp/__init__.py in the sdist differs from HEAD's"
else
	# shellcheck disable=SC2012 # names for a message
	check_fail "missing: $tgz (build/HEAD/dist holds: $(ls -A "$SANDBOX/build/HEAD/dist" 2>&1 | tr '\n' ' '))"
fi
want_empty_dir "$FLEET_DIR/h1"
check_done
