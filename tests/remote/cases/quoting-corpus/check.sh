# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
want_exists local.out
# the local run of the same words is the reference: 21 lines
[ "$(wc -l < local.out)" = 21 ] ||
	check_fail "local.out should have 21 lines: $(cat -A local.out)"
cmp "$F/h1/out" local.out ||
	check_fail "remote command's output differs: $(diff <(cat -A local.out) <(cat -A "$F/h1/out"))"
cmp "$F/h1/block.out" local.out ||
	check_fail "remote block's output differs: $(diff <(cat -A local.out) <(cat -A "$F/h1/block.out"))"
# stdout: the local echo, the remote echo, then [h1] and each line
local_echo=$(sed -n 1p "$CASE_STDOUT")
remote_echo=$(sed -n 2p "$CASE_STDOUT")
want_echo="[h1] \$ ${local_echo% > local.out}"
[ "$remote_echo" = "$want_echo" ] ||
	check_fail "the remote echo line is not the command as expanded:
  got  $(printf '%s' "$remote_echo" | cat -A)
  want $(printf '%s' "$want_echo" | cat -A)"
sed -n '3,$p' "$CASE_STDOUT" > remote.stdout
if ! sed 's/^/[h1] /' local.out | cmp -s - remote.stdout; then
	check_fail "remote output on stdout differs: $(diff <(sed 's/^/[h1] /' local.out | cat -A) <(cat -A remote.stdout))"
fi
check_done
