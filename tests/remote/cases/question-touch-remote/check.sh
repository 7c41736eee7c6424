# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
want_absent "$FLEET_DIR/h1/ran"
[ ! -e stamp ] || check_fail "-q made stamp"
out=$("$DMAKE" --ssh-config "$FLEET_CONFIG" FLEET="$FLEET_DIR" -t stamp 2>&1)
st=$?
[ $st = 0 ] || check_fail "-t: exit status $st: $out"
[ "$out" = "touch stamp" ] || check_fail "-t printed: $out"
[ -f stamp ] || check_fail "-t did not touch stamp"
want_absent "$FLEET_DIR/h1/ran"
check_done
