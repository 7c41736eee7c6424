# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists "$F/h1/a.up"
want_exists "$F/h1/b.up"
pad=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
# every line whole: an echo line or "[h1] T N pad"
bad=$(grep -a -v -E "^(\[h1\] \\$ touch .*|\[h1\] [ab] [0-9]+ $pad)\$" "$CASE_STDOUT" | head -n 3)
[ -z "$bad" ] || check_fail "mixed or broken lines: $bad"
n=$(grep -a -c "^\[h1\] \$ touch " "$CASE_STDOUT")
[ "$n" = 2 ] || check_fail "$n echo lines, expected 2"
for t in a b; do
	grep -a -E "^\[h1\] $t [0-9]+ " "$CASE_STDOUT" | cut -d ' ' -f 3 > "$t.got"
	seq 1 3000 | cmp -s - "$t.got" ||
		check_fail "target $t's output is not 1..3000 in order ($(wc -l < "$t.got") lines)"
done
check_done
