#!/bin/bash
# scripts/deb-check.sh - build dmake's Debian package (debian/) from a
# clean copy of the source and check it end to end, as root on Debian 12:
#
#   1. installs what is missing: dpkg-dev, debhelper, lintian, man-db, and
#      debian/control's Build-Depends (apt-get build-dep on the copy);
#   2. copies the source to a temporary directory: `git archive HEAD`, with
#      the work tree's debian/ laid over it when debian/ is not committed
#      or differs from HEAD (--worktree: the work tree as it is, tracked and
#      untracked files that .gitignore does not exclude, build dirs never);
#   3. dpkg-buildpackage -us -uc -b (DEB_BUILD_OPTIONS parallel=2 unless it
#      says otherwise; debian/rules runs a light subset of the tests);
#   4. lintian on the result, every finding printed.  Findings do not fail
#      the check, except an error (E:) whose tag is not in KNOWN_ERRORS
#      below (they are explained in debian/README.source);
#   5. apt-get install ./dmake_*.deb, then: /usr/bin/dmake --version,
#      `man -w dmake` and `man -w 5 Deployfile` find the pages under
#      /usr/share/man and man renders them, the package holds deploy.mk
#      and the bash completion, and dmake builds a small Makefile (twice:
#      the second run has nothing to do) and one that includes
#      dmake/deploy.mk from /usr/share/dmake;
#   6. apt-get purge -y dmake; /usr/bin/dmake and the man pages are gone.
#
# Ends with one line, "deb-check: PASS ..." or "deb-check: FAIL ...",
# and exits 0 or 1; 77 (skipped) when not root or not on Debian, 2 on a
# usage error.  Refuses to start (1) if a dmake package is installed
# already: step 6 would purge it.  Removes its temporary directory (not
# with --keep) and, on a failure from step 5 on, the package it installed.
# No stdin is read.  1 to 2.5 minutes here once the tools are installed
# (the build and its tests are most of it), depending on the load.
#
# Usage: scripts/deb-check.sh [--worktree] [--keep] [-v]
#   --worktree  build the work tree as it is instead of HEAD (+ debian/)
#   --keep      keep the temporary directory (its path is printed)
#   -v          show the build's and apt's output as they run

set -euo pipefail
export LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive

# Lintian errors accepted until upstream can fix them (debian/README.source).
KNOWN_ERRORS=" "

mode=head keep=0 verbose=0
for a in "$@"; do
	case $a in
	--worktree) mode=worktree ;;
	--keep) keep=1 ;;
	-v) verbose=1 ;;
	-h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	*) echo "deb-check: unknown argument '$a' (try --help)" >&2; exit 2 ;;
	esac
done

top=$(cd "$(dirname "$0")/.." && pwd)
start=$SECONDS
step=start

skip() { echo "deb-check: SKIP: $*" >&2; exit 77; }
[ "$(id -u)" = 0 ] || skip "needs root (it installs packages and dmake itself)"
{ command -v dpkg-query && command -v apt-get; } >/dev/null 2>&1 ||
	skip "not a Debian system (no dpkg-query/apt-get)"
[ -r "$top/debian/control" ] || skip "no debian/control in $top"

if dpkg-query -W -f='${db:Status-Abbrev}' dmake 2>/dev/null | grep -q '^[ih]i'; then
	echo "deb-check: FAIL: a dmake package is installed already ($(dpkg-query -W -f='${Version}' dmake)); purge it first: apt-get purge dmake" >&2
	exit 1
fi

tmp=$(mktemp -d /tmp/deb-check.XXXXXX)
chmod 755 "$tmp"	# apt-get install ./x.deb reads it as user _apt
installed=0
log=$tmp/log
: > "$log"

cleanup() {
	local rc=$?
	if [ $installed = 1 ] && dpkg-query -W -f='${db:Status-Abbrev}' dmake 2>/dev/null | grep -q '^.[^n]'; then
		echo "deb-check: purging the dmake package it installed" >&2
		apt-get purge -y -qq dmake </dev/null >/dev/null 2>&1 ||
			dpkg --purge dmake </dev/null >/dev/null 2>&1 || true
	fi
	if [ $keep = 1 ]; then
		echo "deb-check: kept $tmp" >&2
	else
		rm -rf "$tmp"
	fi
	exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
set -E
trap 'echo "deb-check: FAIL at $step: unexpected failure at line $LINENO after $((SECONDS - start)) s"' ERR

fail() {
	echo "deb-check: $step: $*" >&2
	if [ -s "$log" ]; then
		echo "--- last lines of $step's output:" >&2
		tail -n 40 "$log" >&2
	fi
	echo "deb-check: FAIL at $step after $((SECONDS - start)) s: $*"
	exit 1
}
begin() { step=$1; : > "$log"; }	# STEP: a new step, its own output
note() { echo "deb-check: $*" >&2; }
# run CMD...: run it with no stdin; its output goes to $log (and to the
# terminal with -v).
run() {
	if [ $verbose = 1 ]; then
		"$@" </dev/null 2>&1 | tee -a "$log"
		return "${PIPESTATUS[0]}"
	fi
	"$@" </dev/null >>"$log" 2>&1
}

# --- 1. tools --------------------------------------------------------------------------
begin tools
updated=0
apt_install() {	# PKG...: install them, updating the lists first if need be
	run apt-get install -y -q --no-install-recommends "$@" && return 0
	[ $updated = 0 ] || fail "cannot install $*"
	updated=1
	run apt-get update -q || fail "apt-get update failed"
	run apt-get install -y -q --no-install-recommends "$@" ||
		fail "cannot install $*"
}
missing=()
for p in dpkg-dev debhelper lintian man-db git; do
	dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' ||
		missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	note "installing ${missing[*]}"
	apt_install "${missing[@]}"
fi

# --- 2. the source -----------------------------------------------------------------------
begin source
# git on this repository, trusted even when another user owns it (we
# run its scripts already): safe.directory from the command line.
git_top() { git -c safe.directory="$top" -C "$top" "$@"; }
version=$(dpkg-parsechangelog -l "$top/debian/changelog" -S Version) ||
	fail "cannot read debian/changelog"
src=$tmp/dmake-$version
mkdir -p "$src"
# copy_listed: copy the NUL-separated work-tree paths on stdin into $src.
copy_listed() {
	(cd "$top" && tar --null --no-recursion -cf - -T -) | tar -xf - -C "$src"
}
if git_top rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	commit=$(git_top rev-parse --short HEAD)
	if [ $mode = worktree ]; then
		what="the work tree at $commit (uncommitted changes included)"
		git_top ls-files -z -c -o --exclude-standard |
			(cd "$top" && while IFS= read -r -d '' f; do
				[ -f "$f" ] || [ -L "$f" ] && printf '%s\0' "$f"
			done) | copy_listed || fail "cannot copy the work tree"
	else
		what="HEAD ($commit)"
		git_top archive --format=tar HEAD | tar -xf - -C "$src" ||
			fail "git archive HEAD failed"
		if [ -n "$(git_top status --porcelain -- debian)" ]; then
			what="$what with the work tree's debian/"
			rm -rf "$src/debian"
			git_top ls-files -z -c -o --exclude-standard -- debian |
				(cd "$top" && while IFS= read -r -d '' f; do
					[ -f "$f" ] || [ -L "$f" ] && printf '%s\0' "$f"
				done) | copy_listed || fail "cannot copy debian/"
		fi
	fi
else
	what="$top (not a git checkout: copied without build dirs)"
	(cd "$top" && tar -cf - --exclude='./build*' --exclude='./dmake-*' \
		--exclude=./autom4te.cache --exclude='*.o' --exclude='*.a' \
		--exclude=./.git .) | tar -xf - -C "$src" || fail "cannot copy $top"
fi
[ -x "$src/debian/rules" ] || fail "debian/rules missing or not executable in the copy"
note "building dmake $version from $what in $src"

# --- 3. build ------------------------------------------------------------------------------
begin build-deps
if ! (cd "$src" && dpkg-checkbuilddeps) >>"$log" 2>&1; then
	note "installing the Build-Depends"
	if ! (cd "$src" && run apt-get build-dep -y -q --no-install-recommends ./); then
		run apt-get update -q || fail "apt-get update failed"
		(cd "$src" && run apt-get build-dep -y -q --no-install-recommends ./) ||
			fail "cannot install the Build-Depends"
	fi
fi

begin build
case " ${DEB_BUILD_OPTIONS:-} " in
*" parallel="*) ;;
*) export DEB_BUILD_OPTIONS="${DEB_BUILD_OPTIONS:+$DEB_BUILD_OPTIONS }parallel=2" ;;
esac
t0=$SECONDS
(cd "$src" && run dpkg-buildpackage -us -uc -b) || fail "dpkg-buildpackage failed"
build_s=$((SECONDS - t0))
cp "$log" "$tmp/build.log"
arch=$(dpkg --print-architecture)
deb=$tmp/dmake_${version}_${arch}.deb
changes=$tmp/dmake_${version}_${arch}.changes
[ -f "$deb" ] || fail "no $deb after the build"
tests_line=$(grep -E '^# (TOTAL|PASS|SKIP|XFAIL|FAIL|XPASS|ERROR):' "$tmp/build.log" |
	awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $3}' | tr -d :)
note "built $(basename "$deb") ($(stat -c %s "$deb") bytes) in ${build_s} s; tests: ${tests_line:-none run}"

# --- 4. lintian ----------------------------------------------------------------------------------
begin lintian
t0=$SECONDS
lint=$tmp/lintian.txt
lintian --allow-root --fail-on none --display-info --pedantic "$changes" \
	</dev/null >"$lint" 2>&1 || fail "lintian did not run: $(tail -n 3 "$lint")"
lintian_s=$((SECONDS - t0))
if [ -s "$lint" ]; then
	note "lintian findings (${lintian_s} s):"
	sed 's/^/    /' "$lint" >&2
fi
count() { grep -c "^$1: " "$lint" || true; }
lint_summary="lintian E$(count E)/W$(count W)/I$(count I)/P$(count P)"
unknown=$(sed -n 's/^E: [^ ]*: \([^ ]*\).*/\1/p' "$lint" | sort -u |
	while read -r tag; do
		case $KNOWN_ERRORS in *" $tag "*) ;; *) echo "$tag" ;; esac
	done)
[ -z "$unknown" ] || fail "lintian errors not known to debian/README.source: $(tr "\n" " " <<<"$unknown")"

# --- 5. install and use --------------------------------------------------------------------------------
begin install
installed=1
# A container's dpkg may leave man pages out (path-exclude in
# /etc/dpkg/dpkg.cfg.d, as Debian's slim images do): let dmake's in.
dpkg_opts=()
if grep -qs '^path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/*; then
	note "dpkg excludes /usr/share/man here: including dmake's man pages for this install"
	# (the directories too: dpkg does not create an excluded parent)
	for f in man1 man1/dmake.1.gz man5 man5/Deployfile.5.gz; do
		dpkg_opts+=(-o "Dpkg::Options::=--path-include=/usr/share/man/$f")
	done
fi
(cd "$tmp" && run apt-get install -y -q "${dpkg_opts[@]}" "./$(basename "$deb")") ||
	fail "apt-get install ./$(basename "$deb") failed"

begin check
[ -x /usr/bin/dmake ] || fail "/usr/bin/dmake is not there after the install"
[ "$(dpkg-query -S /usr/bin/dmake 2>/dev/null)" = "dmake: /usr/bin/dmake" ] ||
	fail "/usr/bin/dmake does not belong to the dmake package"
v=$(/usr/bin/dmake --version </dev/null 2>&1 | head -n 1) ||
	fail "dmake --version failed: $v"
[ "$v" = "dmake $version" ] || fail "dmake --version says '$v', not 'dmake $version'"
for page in 1:dmake 5:Deployfile; do
	set -- "${page%%:*}" "${page#*:}"
	where=$(man -aw "$1" "$2" </dev/null 2>&1) || fail "man -w $1 $2: $where"
	want=/usr/share/man/man$1/$2.$1.gz
	printf '%s\n' "$where" | grep -qxF "$want" ||
		fail "man -w $1 $2 finds '$where', not $want"
	out=$(MANWIDTH=80 man "$want" </dev/null 2>&1 >/dev/null) ||
		fail "man $want does not render: $out"
	[ -z "$out" ] || fail "man $want warns: $out"
done
for f in /usr/share/dmake/deploy.mk /usr/share/bash-completion/completions/dmake; do
	dpkg-query -L dmake | grep -qxF "$f" || fail "the package does not hold $f"
	[ -s "$f" ] || fail "$f is missing or empty after the install"
done
bash -n /usr/share/bash-completion/completions/dmake ||
	fail "the bash completion does not parse"

mk=$tmp/mk
mkdir -p "$mk"
cat > "$mk/Makefile" <<'EOF'
# A small Makefile: a pattern rule, automatic variables, a function.
SRCS := a.in b.in
OUTS := $(SRCS:.in=.out)
all: total.txt
total.txt: $(OUTS)
	cat $^ > $@
%.out: %.in
	tr a-z A-Z < $< > $@
%.in:
	echo "$* $(words $(SRCS))" > $@
.PHONY: all
EOF
out=$(cd "$mk" && /usr/bin/dmake -f Makefile </dev/null 2>&1) || fail "dmake -f Makefile failed: $out"
[ "$(cat "$mk/total.txt" 2>/dev/null)" = "$(printf 'A 2\nB 2')" ] ||
	fail "dmake -f Makefile made a wrong total.txt: $(cat "$mk/total.txt" 2>&1)"
out=$(cd "$mk" && /usr/bin/dmake -f Makefile </dev/null 2>&1) || fail "dmake -f Makefile (again) failed: $out"
case $out in
*"Nothing to be done"*|*"is up to date"*) ;;
*) fail "dmake -f Makefile run again did something: $out" ;;
esac
cat > "$mk/Deployfile" <<'EOF'
DEPLOY_DIR = /srv/deb-check
include dmake/deploy.mk
show:
	@echo keep=$(DEPLOY_KEEP)
EOF
out=$(cd "$mk" && /usr/bin/dmake -f Deployfile show </dev/null 2>&1) ||
	fail "a Makefile including dmake/deploy.mk failed: $out"
case $out in
keep=?*) ;;
*) fail "include dmake/deploy.mk: DEPLOY_KEEP not set (output: $out)" ;;
esac

# --- 6. purge ---------------------------------------------------------------------------------
begin purge
run apt-get purge -y -q dmake || fail "apt-get purge dmake failed"
installed=0
[ ! -e /usr/bin/dmake ] || fail "/usr/bin/dmake is still there after the purge"
for f in /usr/share/man/man1/dmake.1.gz /usr/share/man/man5/Deployfile.5.gz \
	/usr/share/dmake /usr/share/bash-completion/completions/dmake; do
	[ ! -e "$f" ] || fail "$f is still there after the purge"
done
! dpkg-query -W -f='${db:Status-Abbrev}' dmake 2>/dev/null | grep -q '^.[^n]' ||
	fail "dpkg still knows dmake after the purge"

echo "deb-check: PASS: $(basename "$deb") from $what built in ${build_s} s" \
	"(tests: ${tests_line:-none}), $lint_summary, installed, checked, purged;" \
	"$((SECONDS - start)) s in all"
