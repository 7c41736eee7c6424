# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
# The source tree's top (this file is tests/remote/cases/NAME/setup.sh),
# linked as ./top for args; the case needs it to be a git work tree of
# its own (not a tarball unpacked inside some other repository, as in
# make distcheck) whose HEAD holds examples/flask-app, and python3 with
# setuptools for the sdist.
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd -P)
command -v git >/dev/null 2>&1 || { echo "SKIP: git not found"; exit 77; }
[ "$(git -C "$top" rev-parse --show-toplevel 2>/dev/null)" = "$top" ] ||
	{ echo "SKIP: not a git checkout"; exit 77; }
for f in setup.py flaskapp/__init__.py; do
	git -C "$top" cat-file -e "HEAD:examples/flask-app/$f" 2>/dev/null ||
		{ echo "SKIP: not a git checkout with examples/flask-app in HEAD"; exit 77; }
done
python3 -c 'import setuptools' >/dev/null 2>&1 ||
	{ echo "SKIP: python3 with setuptools not found"; exit 77; }
ln -s "$top" top
