# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*, DMAKE: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
# run_df FILE EXPECTED: dmake -f FILE with no goal prints EXPECTED only
run_df() {
	local out
	out=$("$DMAKE" --ssh-config "$FLEET_CONFIG" "FLEET=$FLEET_DIR" -f "$1" \
	    </dev/null 2>&1)
	[ "$out" = "$2" ] || check_fail "dmake -f $1: '$out', expected '$2'"
}
run_df after.df 'early is the default'
run_df goal.df 'chosen is the default'
want_empty_dir "$FLEET_DIR/h1"
check_done
