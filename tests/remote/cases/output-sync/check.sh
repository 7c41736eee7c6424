# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# contiguous FILE HOST: the lines of HOST in FILE form one run of lines
contiguous() {
	local nums first last n
	nums=$(grep -n -F "[$2] " "$1" | cut -d : -f 1)
	first=$(printf '%s\n' "$nums" | head -n 1)
	last=$(printf '%s\n' "$nums" | tail -n 1)
	n=$(printf '%s\n' "$nums" | wc -l)
	if [ -z "$first" ] || [ $((last - first + 1)) != "$n" ]; then
		check_fail "$2's lines in $(basename "$1") are not together: lines $(printf '%s' "$nums" | tr '\n' ' ')"
	fi
}
for h in h1 h2 h3; do
	contiguous "$CASE_STDOUT" "$h"
	contiguous "$CASE_STDERR" "$h"
	# and in order, the echo line first
	got=$(grep -F "[$h] " "$CASE_STDOUT" | sed 's/^\[h[0-9]\] //' | cut -c 1-19)
	want=$(printf '%s\n' '$ for i in 1 2 3 4;' "$h out 1" "$h out 2" "$h out 3" "$h out 4")
	[ "$got" = "$want" ] || check_fail "$h's stdout lines out of order: $got"
done
check_done
