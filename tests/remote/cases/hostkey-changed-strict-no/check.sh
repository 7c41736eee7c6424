# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_absent "$F/h1/ran"
sha256sum -c --quiet known_hosts.sum ||
	check_fail "known_hosts was changed: $(cat known_hosts)"
# no temporary file left beside it either
known="Deployfile ssh_config known_hosts known_hosts.sum other_key other_key.pub"
extra=
for f in .[!.]* *; do
	[ -e "$f" ] || continue
	case " $known " in *" $f "*) ;; *) extra="$extra $f" ;; esac
done
[ -z "$extra" ] || check_fail "unexpected files in the sandbox:$extra"
check_done
