#!/bin/sh
# autogen.sh - generate configure, Makefile.in and build-aux/ from
# configure.ac and Makefile.am.  None of the generated files is committed.
set -e
cd "$(dirname "$0")"
for tool in autoreconf aclocal automake; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "autogen.sh: $tool not found: install autoconf, automake and pkg-config" >&2
		echo "  (Debian: apt-get install autoconf automake pkg-config, or run scripts/setup-debian.sh)" >&2
		exit 1
	fi
done
exec autoreconf -fi "$@"
