# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*, DMAKE: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
for t in deploy-releases deploy-log s-unlock s-link-shared s-switch s-log \
    s-cleanup s-rollback; do
	"$DMAKE" --ssh-config "$FLEET_CONFIG" "FLEET=$FLEET_DIR" -n "$t" \
	    </dev/null > "$t.out" 2> "$t.err"
	st=$?
	if [ "$st" != 2 ] || ! grep -q 'deploy\.mk: set DEPLOY_DIR' "$t.err"; then
		check_fail "$t: exit status $st, expected 2 with 'set DEPLOY_DIR'; printed: $(head -c 200 "$t.out")"
	fi
done
want_empty_dir "$FLEET_DIR/h1"
check_done
