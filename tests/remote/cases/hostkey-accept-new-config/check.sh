# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_no_line "$CASE_STDERR" 'Error|\*\*\*'
want_content "$F/h1/ran" h1
# known_hosts.orig: 3 lines, the last without its newline.  Now: those
# bytes, the newline, and exactly one more line.
size=$(stat -c %s known_hosts.orig)
head -c "$size" known_hosts | cmp -s - known_hosts.orig ||
	check_fail "the old lines of known_hosts were not kept as they were: $(cat -A known_hosts)"
tail -c +$((size + 1)) known_hosts > added
[ "$(head -c 1 added | od -An -c | tr -d ' ')" = '\n' ] ||
	check_fail "the new entry does not start on a line of its own: $(cat -A known_hosts)"
tail -c +2 added > added.line
if [ "$(wc -l < added.line)" != 1 ] ||
    [ "$(tail -c 1 added.line | od -An -c | tr -d ' ')" != '\n' ]; then
	check_fail "not exactly one new line: $(cat -A added.line)"
fi
n_new=$(wc -l < known_hosts)
entry=$(ssh-keygen -F "[127.0.0.1]:$FLEET_PORT_h1" -f known_hosts 2>/dev/null |
	grep -v '^#' | head -n 1)
key=$(cut -d ' ' -f 1,2 < "$FLEET_HOSTKEY")
case $entry in
*" $key"*) ;;
*) check_fail "no entry with the host's key for [127.0.0.1]:$FLEET_PORT_h1: $(cat known_hosts)" ;;
esac
[ "$(stat -c %a known_hosts)" = "$(stat -c %a known_hosts.orig)" ] ||
	check_fail "known_hosts mode changed: $(stat -c %a known_hosts)"
# a second run connects without recording anything again
timeout 30 "$DMAKE" --ssh-config ssh_config "FLEET=$F" all </dev/null \
	> again.out 2>&1 || check_fail "second run failed: $(cat again.out)"
[ "$(wc -l < known_hosts)" -eq "$n_new" ] ||
	check_fail "the second run added to known_hosts: $(cat known_hosts)"
known="Deployfile ssh_config known_hosts known_hosts.orig other_key other_key.pub again.out added added.line"
extra=
for f in .[!.]* *; do
	[ -e "$f" ] || continue
	case " $known " in *" $f "*) ;; *) extra="$extra $f" ;; esac
done
[ -z "$extra" ] || check_fail "unexpected files in the sandbox:$extra"
check_done
