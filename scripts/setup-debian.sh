#!/bin/bash
# scripts/setup-debian.sh - install what dmake needs to build and test on
# Debian 12 (bookworm).  Run as root.
#
# Idempotent and silent when everything is there: only when a package is
# missing does it run `apt-get update` and `apt-get install`.  As a user
# other than root it names what is missing and exits 1.
#
# Usage: scripts/setup-debian.sh [-v]
#   -v   list the packages checked

set -euo pipefail

packages=(
	# build
	build-essential make autoconf automake pkg-config
	# tests/scenario/autotools-project.sh builds a libtool library
	libtool
	libssh-dev libpcre2-dev
	# configure asks its pkg-config file where completions go (the
	# Debian package build-depends on it); one small package.  The
	# packaging tools are not here: scripts/deb-check.sh installs them.
	bash-completion
	# tests: remote tests start a real sshd on loopback; the diff tests
	# compare against GNU make (the `make` package above)
	openssh-server openssh-client
	valgrind
	python3
	bash coreutils diffutils findutils grep sed mawk procps
	tar gzip
	# the Flask example and its demo (scripts/demo.sh, tests/remote/demo.sh)
	python3-flask python3-venv python3-setuptools python3-wheel gunicorn
	curl git procps
	# the terminal-output cases run dmake under script(1); --graph's
	# output is rendered with Graphviz
	bsdutils graphviz
	# the libFuzzer harnesses (tests/fuzz, `make fuzz`): clang 14 with
	# its libFuzzer and sanitizer runtimes; objcopy from binutils
	clang libclang-rt-14-dev binutils
	# scripts/lint.sh: static analysis, run by CI
	cppcheck clang-tidy
	# tests/scenario/pgxs.sh builds a PostgreSQL extension through PGXS
	postgresql-server-dev-all
	# tests/scenario/cmake-project.sh builds a CMake project
	cmake
)
# tests/scenario/kbuild.sh builds a module with the kernel's own
# makefiles: the configured headers of Debian's kernel for this machine
case $(dpkg --print-architecture 2>/dev/null) in
amd64) packages+=(linux-headers-amd64) ;;
arm64) packages+=(linux-headers-arm64) ;;
esac

verbose=0
case ${1:-} in
-v) verbose=1 ;;
'') ;;
-h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
*) echo "setup-debian.sh: unknown option '$1'" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "setup-debian.sh: not a Debian system (no dpkg-query); install the equivalents of:" >&2
	echo "  ${packages[*]}" >&2
	exit 0
fi

missing=()
for p in "${packages[@]}"; do
	status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
	if [ "${status:0:2}" != ii ]; then
		missing+=("$p")
	elif [ $verbose = 1 ]; then
		echo "setup-debian.sh: $p: installed"
	fi
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
	echo "setup-debian.sh: missing packages: ${missing[*]}" >&2
	echo "  run as root: apt-get update && apt-get install ${missing[*]}" >&2
	exit 1
fi

echo "setup-debian.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq </dev/null >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
echo "setup-debian.sh: done" >&2
