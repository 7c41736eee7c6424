# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
for h in h1 h2; do
	want_content "$F/$h/range" "$h"
	want_content "$F/$h/comma" "$h"
done
for h in h1 h2 h3; do
	want_content "$F/$h/both" "$h"
done
want_absent "$F/h3/range"
want_absent "$F/h3/comma"
check_done
