# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*, CASE_*: from run.sh
. "${FLEET_LIB%/*}/check-lib.sh"
F=$FLEET_DIR
for h in h1 h2; do
	cmp big.bin "$F/$h/big.bin" || check_fail "$h/big.bin differs from big.bin"
	cmp big.bin "back/$h.bin" || check_fail "back/$h.bin differs from big.bin"
	[ "$(stat -c %y big.bin)" = "$(stat -c %y "back/$h.bin")" ] ||
		check_fail "back/$h.bin: mtime not kept"
done
check_done
