# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
# mktree DIR: a tree with modes, nanosecond times, links (one dangling,
# one to a directory), an empty directory and awkward names
mktree() {
	local d=$1 i=0 p
	mkdir -p "$d/sub/deeper" "$d/emptydir" "$d/dir with space"
	printf 'a\n' > "$d/a.txt"
	printf '#!/bin/sh\n' > "$d/exe"
	printf 'ro\n' > "$d/ro"
	printf 's\n' > "$d/with space"
	printf 'q\n' > "$d/it's"
	printf 'd\n' > "$d/dq\"uote"
	printf 'n\n' > "$d/new
line"
	printf 'b\n' > "$d/back\\slash"
	printf 'u\n' > "$d/$(printf '\303\251t\303\251')"
	printf 'm\n' > "$d/-dash"
	printf 'g\n' > "$d/*glob"
	printf 'v\n' > "$d/\$(var)"
	printf 'l\n' > "$d/ lead"
	printf 'deep\n' > "$d/sub/deeper/f"
	printf 'in\n' > "$d/dir with space/in 'q'"
	head -c 70001 /dev/urandom > "$d/sub/random"
	ln -s a.txt "$d/lnk"
	ln -s nowhere/at/all "$d/dangling"
	ln -s sub "$d/dirlink"
	chmod 0640 "$d/a.txt"
	chmod 0755 "$d/exe"
	chmod 0444 "$d/ro"
	chmod 0600 "$d/sub/deeper/f"
	chmod 0750 "$d/sub"
	chmod 0700 "$d/emptydir"
	chmod 0711 "$d/sub/deeper"
	chmod 0755 "$d/dir with space"
	chmod 0750 "$d"
	find "$d" -depth -print0 | while IFS= read -r -d '' p; do
		i=$((i + 1))
		touch -h -d "2021-03-04 05:06:$(printf %02d $((i % 60))).$(printf %09d $((i * 123456789 % 1000000000)))" "$p"
	done
}
mktree "$FLEET_DIR/h1/src"
: > "$FLEET_DIR/h1/src/sub/empty-file"
touch -d '2021-01-01 00:00:00.5' "$FLEET_DIR/h1/src/sub/empty-file" \
	"$FLEET_DIR/h1/src/sub"
mkdir got
