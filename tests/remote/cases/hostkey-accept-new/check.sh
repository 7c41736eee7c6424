# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_no_line "$CASE_STDERR" 'Error|\*\*\*'
want_content "$F/h1/ran" h1
entry=$(ssh-keygen -F "[127.0.0.1]:$FLEET_PORT_h1" -f known_hosts 2>/dev/null |
	grep -v '^#' | head -n 1)
if [ -z "$entry" ]; then
	check_fail "no entry for [127.0.0.1]:$FLEET_PORT_h1 in known_hosts: $(cat known_hosts)"
else
	key=$(cut -d " " -f 1,2 < "$FLEET_HOSTKEY")
	case $entry in
	*" $key"*) ;;
	*) check_fail "recorded key is not the host's: $entry" ;;
	esac
fi
if ! ssh -F ssh_config -o BatchMode=yes -o StrictHostKeyChecking=yes \
    fresh1 true </dev/null; then
	check_fail "OpenSSH does not accept the recorded known_hosts entry"
fi
timeout 30 "$DMAKE" --ssh-config "$FLEET_CONFIG" --ssh-config ssh_config \
	"FLEET=$F" all </dev/null > again.out 2>&1 ||
	check_fail "dmake without --accept-new-host-keys failed: $(cat again.out)"
want_content "$F/h1/ran" "h1
h1"
check_done
