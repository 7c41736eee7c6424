#!/bin/bash
# scripts/repro-tarball.sh - is `make dist` reproducible?  Two checkouts of
# the same commit, made as two people or two CI machines would make them,
# must give the same dmake-VERSION.tar.gz byte for byte (same sha256).
#
# It clones this repository twice (git clone, then checkout of COMMIT,
# HEAD by default: uncommitted changes play no part), and in each clone
# runs autoreconf -fi, then configure and `make dist` in a separate clean
# VPATH build directory.  The second checkout differs from the first in
# what differs between real checkouts, never in the sources:
#
#   time         it is made at least 2 s later (the files' mtimes, and
#                the build's, are those of the checkout and the build);
#   umask        002 instead of 022 (files 0664 instead of 0644);
#   user         as root: the user nobody (a tar member's uid/gid);
#   file system  on /dev/shm when that is a tmpfs while the first is not
#                (directories are read in another order: tar's member
#                order follows them).
#
# Then it compares the two tarballs' sha256.  When they differ it says
# why: the gzip header (time stamp, file name), tar member order, names,
# and for each member its mtime, owner, mode and contents.  Then it tries
# the fix proposed for Makefile.am (PROPOSED_* below) by passing it on
# make's command line, `make dist DIST_EPOCH=... am__tar=...`, in both
# build directories, and compares again.
#
# Ends with one line: PASS, FAIL or ERROR.  Exits 0 when plain `make
# dist` is reproducible (the proposed fix is then not tried: once
# Makefile.am has it, that is the expected result); 1 when it is not (the
# summary line says whether the proposed fix makes it so) or a step
# fails; 2 on a usage error; 77 when a tool is missing (git, autoreconf,
# GNU tar, gzip) or git cannot read the repository.  About 20 to 60 s
# (two autoreconf and configure runs; nothing is compiled).
#
# Usage: scripts/repro-tarball.sh [--commit REV] [--same-user] [--keep]
#   --commit REV  the commit to check (default HEAD)
#   --same-user   make the second checkout as the current user too
#   --keep        keep the temporary directories (their paths are printed)

set -euo pipefail
export LC_ALL=C TZ=UTC

# The fix, as it would read in Makefile.am (one line each here; see the
# header of this script for what it does).  GNU tar 1.28 or later.
# shellcheck disable=SC2016 # make and the recipe's shell expand these
PROPOSED_DIST_EPOCH='`{ test -n "$${SOURCE_DATE_EPOCH-}" && echo "$$SOURCE_DATE_EPOCH"; } || { test -e $(srcdir)/.git && git -C $(srcdir) log -1 --format=%ct 2>/dev/null; } || date -r $(srcdir)/configure.ac +%s`'
# shellcheck disable=SC2016
PROPOSED_AM_TAR='$${TAR-tar} --sort=name --owner=0 --group=0 --numeric-owner --mode=go-w --mtime=@$(DIST_EPOCH) -chof - "$$tardir"'

commit=HEAD same_user=0 keep=0
while [ $# -gt 0 ]; do
	case $1 in
	--commit) [ $# -ge 2 ] || { echo "repro-tarball: --commit needs a revision" >&2; exit 2; }
		commit=$2; shift ;;
	--commit=*) commit=${1#*=} ;;
	--same-user) same_user=1 ;;
	--keep) keep=1 ;;
	-h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	*) echo "repro-tarball: unknown argument '$1' (try --help)" >&2; exit 2 ;;
	esac
	shift
done

skip() { echo "repro-tarball: SKIP: $*" >&2; exit 77; }
for t in git autoreconf tar gzip sha256sum od cmp diff; do
	command -v "$t" >/dev/null 2>&1 || skip "$t not found"
done
tar --sort=name -cf /dev/null --files-from /dev/null 2>/dev/null ||
	skip "tar is not GNU tar 1.28 or later (no --sort)"

top=$(cd "$(dirname "$0")/.." && pwd)
# git on this repository, trusted even when another user owns it (we
# run its scripts already): safe.directory from the command line.
git_top() { git -c safe.directory="$top" -C "$top" "$@"; }
gitsays=$(git_top rev-parse --is-inside-work-tree 2>&1) ||
	skip "git cannot read $top: $(head -n 1 <<<"$gitsays")"
rev=$(git_top rev-parse --verify -q "$commit^{commit}") ||
	{ echo "repro-tarball: no commit '$commit'" >&2; exit 2; }
start=$SECONDS

# The second checkout: another user, another file system when possible.
runas=()
if [ $same_user = 0 ] && [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1 &&
    command -v setpriv >/dev/null 2>&1; then
	runas=(setpriv "--reuid=$(id -u nobody)" "--regid=$(id -g nobody)" --clear-groups)
fi
dirA=$(mktemp -d "${TMPDIR:-/tmp}/repro-tarball.A.XXXXXX")
fsA=$(stat -f -c %T "$dirA")
dirB=
if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(stat -f -c %T /dev/shm)" = tmpfs ] &&
    [ "$fsA" != tmpfs ]; then
	dirB=$(mktemp -d /dev/shm/repro-tarball.B.XXXXXX 2>/dev/null) || dirB=
fi
[ -n "$dirB" ] || dirB=$(mktemp -d "${TMPDIR:-/tmp}/repro-tarball.B.XXXXXX")
chmod 755 "$dirA" "$dirB"

# shellcheck disable=SC2317 # run by the trap
cleanup() {
	local rc=$?
	if [ "$keep" = 1 ]; then
		echo "repro-tarball: kept $dirA and $dirB" >&2
	else
		rm -rf "$dirA" "$dirB"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
set -E
trap 'echo "repro-tarball: ERROR: unexpected failure at line $LINENO after $((SECONDS - start)) s"' ERR

note() { echo "repro-tarball: $*" >&2; }
die() { echo "repro-tarball: $*" >&2; echo "repro-tarball: ERROR after $((SECONDS - start)) s: $*"; exit 1; }

# A repository another user owns: git refuses it ("dubious ownership")
# unless told, and a local clone cannot be told: clone it over the pack
# protocol with an upload-pack that trusts it.
clone_opts=()
if [ "$(stat -c %u "$top")" != "$(id -u)" ]; then
	clone_opts=(--no-local --upload-pack="git -c safe.directory='*' upload-pack")
fi
# checkout DIR UMASK: clone the repository into DIR/src at $rev.
checkout() {
	(umask "$2" && git clone -q "${clone_opts[@]}" --no-checkout "$top" "$1/src" &&
		git -C "$1/src" -c advice.detachedHead=false checkout -q "$rev") \
		</dev/null >"$1/checkout.log" 2>&1 ||
		die "git clone/checkout into $1 failed: $(tail -n 3 "$1/checkout.log")"
}
# build DIR [COMMAND PREFIX...]: autoreconf, configure, make dist in DIR.
build() {
	local d=$1
	shift
	# shellcheck disable=SC2016 # the inner shell expands $1
	"$@" env HOME="$d" bash -c '
		set -e
		cd "$1/src" && autoreconf -fi
		mkdir "$1/build" && cd "$1/build"
		../src/configure
		make dist' build "$d" </dev/null >"$d/build.log" 2>&1 ||
		die "the build in $d failed: $(tail -n 5 "$d/build.log")"
}
# dist DIR MAKE-ARGS...: make dist again in DIR's build with MAKE-ARGS.
dist_again() {
	local d=$1 who
	shift
	who=()
	[ "$(stat -c %u "$d/build")" = "$(id -u)" ] || who=("${runas[@]}")
	"${who[@]}" env HOME="$d" make -C "$d/build" dist "$@" </dev/null \
		>"$d/dist-fixed.log" 2>&1 ||
		die "make dist with the proposed fix failed in $d: $(tail -n 5 "$d/dist-fixed.log")"
}

note "commit $(git_top rev-parse --short "$rev"); A: $dirA ($fsA, umask 022, $(id -un))"
checkout "$dirA" 022
build "$dirA"
sleep 2
if [ ${#runas[@]} -gt 0 ]; then userB=nobody; else userB=$(id -un); fi
note "B: $dirB ($(stat -f -c %T "$dirB"), umask 002, $userB), 2 s later"
checkout "$dirB" 002
if [ ${#runas[@]} -gt 0 ]; then chown -R nobody: "$dirB"; fi
build "$dirB" "${runas[@]}"

tgzA=$(ls "$dirA"/build/*.tar.gz) || die "make dist made no .tar.gz in $dirA"
tgzB=$(ls "$dirB"/build/*.tar.gz) || die "make dist made no .tar.gz in $dirB"
[ "$(basename "$tgzA")" = "$(basename "$tgzB")" ] ||
	die "the tarballs have different names: $(basename "$tgzA") $(basename "$tgzB")"
name=$(basename "$tgzA")
shaA=$(sha256sum <"$tgzA" | cut -c1-64)
shaB=$(sha256sum <"$tgzB" | cut -c1-64)
note "A: $name $shaA"
note "B: $name $shaB"

# why A B: print what differs between the two tarballs; sets $causes.
why() {
	local a=$1 b=$2 w=$dirA/why hA hB n
	rm -rf "$w" && mkdir -p "$w/xa" "$w/xb"
	causes=
	hA=$(od -An -tu1 -N10 "$a") hB=$(od -An -tu1 -N10 "$b")
	gz() {	# the header's MTIME and whether it holds a file name
		# shellcheck disable=SC2086 # the ten bytes as ten words
		set -- $1
		echo "MTIME $(($5 + $6 * 256 + $7 * 65536 + $8 * 16777216)), $( (($4 & 8)) && echo name || echo 'no name')"
	}
	if [ "$hA" = "$hB" ]; then
		echo "  gzip header:  same ($(gz "$hA"))"
	else
		echo "  gzip header:  differs: $(gz "$hA") / $(gz "$hB")"
		causes+=" gzip-header"
	fi
	gzip -dc "$a" >"$w/a.tar" || die "cannot gunzip $a"
	gzip -dc "$b" >"$w/b.tar" || die "cannot gunzip $b"
	if cmp -s "$w/a.tar" "$w/b.tar"; then
		echo "  tar archives: same (only the compression differs)"
		return
	fi
	tar -tf "$w/a.tar" >"$w/a.names" && tar -tf "$w/b.tar" >"$w/b.names"
	n=$(wc -l <"$w/a.names")
	if ! sort "$w/a.names" | cmp -s - <(sort "$w/b.names"); then
		echo "  names:        differ: $(sort "$w/a.names" | comm -3 - <(sort "$w/b.names") | wc -l) members in one only"
		causes+=" names"
	elif cmp -s "$w/a.names" "$w/b.names"; then
		echo "  order:        same ($n members)"
	else
		local i
		i=$(cmp "$w/a.names" "$w/b.names" | sed -n 's/.* line \([0-9]*\).*/\1/p' || true)
		echo "  order:        differs from member $i of $n ($(sed -n "${i}p" "$w/a.names") / $(sed -n "${i}p" "$w/b.names"))"
		causes+=" order"
	fi
	# mode owner size date time name, by name
	tar -tvf "$w/a.tar" --numeric-owner --full-time >"$w/a.list"
	tar -tvf "$w/b.tar" --numeric-owner --full-time >"$w/b.list"
	awk -v out="$w" '
	{ name = $6; for (i = 7; i <= NF; i++) name = name " " $i }
	FNR == NR { mode[name] = $1; own[name] = $2; t[name] = $4 " " $5; next }
	name in mode {
		if (mode[name] != $1) { m++; if (!em) em = name " " mode[name] " / " $1 }
		if (own[name] != $2) { o++; if (!eo) eo = name " " own[name] " / " $2 }
		if (t[name] != $4 " " $5) { d++; if (!ed) ed = name " " t[name] " / " $4 " " $5 }
	}
	END {
		printf "mtime %d %s\nowner %d %s\nmode %d %s\n", d, ed, o, eo, m, em > (out "/fields")
	}' "$w/a.list" "$w/b.list"
	while read -r field count example; do
		if [ "$count" = 0 ]; then
			printf '  %-13s same\n' "$field:"
		else
			printf '  %-13s %s of %s members differ (e.g. %s)\n' "$field:" "$count" "$n" "$example"
			causes+=" $field"
		fi
	done <"$w/fields"
	tar -xf "$w/a.tar" -C "$w/xa" && tar -xf "$w/b.tar" -C "$w/xb"
	n=$(diff -rq "$w/xa" "$w/xb" | grep -c '^Files .* differ$' || true)
	if [ "$n" = 0 ]; then
		echo "  contents:     same"
	else
		echo "  contents:     $n files differ: $(diff -rq "$w/xa" "$w/xb" | sed -n 's|^Files '"$w"'/xa/\([^ ]*\) .*|\1|p' | head -n 5 | tr '\n' ' ')"
		causes+=" contents"
	fi
}

if [ "$shaA" = "$shaB" ]; then
	echo "repro-tarball: PASS: make dist is reproducible: $name sha256 $shaA" \
		"in both checkouts; $((SECONDS - start)) s"
	exit 0
fi

note "the two tarballs differ:"
why "$tgzA" "$tgzB" >&2
plain_causes=${causes# }

# The proposed fix, on make's command line, in both build directories.
note "trying the proposed fix: make dist DIST_EPOCH='...' am__tar='$PROPOSED_AM_TAR'"
fix=(DIST_EPOCH="$PROPOSED_DIST_EPOCH" am__tar="$PROPOSED_AM_TAR")
dist_again "$dirA" "${fix[@]}"
dist_again "$dirB" "${fix[@]}"
fshaA=$(sha256sum <"$tgzA" | cut -c1-64)
fshaB=$(sha256sum <"$tgzB" | cut -c1-64)
note "A (fixed): $name $fshaA"
note "B (fixed): $name $fshaB"
epoch=$(git_top log -1 --format=%ct "$rev")
if [ "$fshaA" = "$fshaB" ]; then
	# It must still be the same tarball, only normalised.
	gzip -dc "$tgzA" | tar -tvf - --numeric-owner --full-time >"$dirA/fixed.list"
	bad=$(awk -v when="$(date -u -d "@$epoch" '+%Y-%m-%d %H:%M:%S')" \
		'$2 != "0/0" || ($4 " " $5) != when || $1 ~ /^.....w|^........w/' \
		"$dirA/fixed.list" | head -n 3)
	[ -z "$bad" ] || die "the fixed tarball has members not 0/0, not dated the commit, or group/other-writable: $bad"
	gzip -dc "$tgzA" | tar -tf - | sort >"$dirA/fixed.names"
	sort "$dirA/why/a.names" | cmp -s - "$dirA/fixed.names" ||
		die "the fixed tarball does not hold the same files as the plain one"
	result="with the proposed fix: identical ($fshaA; members dated the commit, @$epoch, owned 0/0, in name order)"
else
	note "still different with the proposed fix:"
	why "$tgzA" "$tgzB" >&2
	result="with the proposed fix: still differs (${causes# })"
fi
echo "repro-tarball: FAIL: make dist is not reproducible (differs in: $plain_causes);" \
	"$result; $((SECONDS - start)) s"
exit 1
