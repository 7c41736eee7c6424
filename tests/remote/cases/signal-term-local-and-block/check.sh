# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists loc.started
want_absent loc.finished
for h in h1 h2; do
	want_exists "$F/$h/started"
	want_absent "$F/$h/finished"
done
want_no_line "$CASE_STDERR" 'Error'
want_stopped_within 10000
# the local sleep: its environment has this sandbox as HOME
want_local_gone 'sleep 31'
# shellcheck disable=SC2119 # no host: every host
want_remote_gone
check_done
