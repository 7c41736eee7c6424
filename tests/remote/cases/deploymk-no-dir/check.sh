# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*, DMAKE: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
msg='\*\*\* deploy\.mk: set DEPLOY_DIR, the base directory on the hosts\.  Stop\.$'
[ "$(wc -l < "$CASE_STDERR")" -eq 1 ] ||
	check_fail "stderr should be the one error line: $(cat "$CASE_STDERR")"
want_no_line "$CASE_STDERR" '^\[h1\]'
# the library's own targets that use the lock or make directories
for t in deploy-setup deploy-rollback; do
	"$DMAKE" --ssh-config "$FLEET_CONFIG" "FLEET=$FLEET_DIR" "$t" \
	    </dev/null > "$t.out" 2> "$t.err"
	st=$?
	[ "$st" = 2 ] || check_fail "$t: exit status $st, expected 2"
	want_line "$t.err" "deploy\\.mk:[0-9]+: $msg"
	[ -s "$t.out" ] && check_fail "$t: stdout should be empty: $(cat "$t.out")"
done
want_empty_dir "$FLEET_DIR/h1"
check_done
