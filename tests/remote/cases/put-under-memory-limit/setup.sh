# shellcheck shell=bash
# shellcheck disable=SC2154 # DMAKE, DMAKE_WRAPPER: from run.sh
set -eu
# AddressSanitizer reserves terabytes of address space and valgrind
# runs dmake inside itself: neither can run under `ulimit -v`.
if ldd "$DMAKE" 2>/dev/null | grep -q libasan ||
    grep -a -q -m 1 __asan_init "$DMAKE"; then
	echo "SKIP: $DMAKE is built with AddressSanitizer, which cannot run under ulimit -v"
	exit 77
fi
if [ -n "${DMAKE_WRAPPER:-}" ]; then
	echo "SKIP: DMAKE_WRAPPER ($DMAKE_WRAPPER) cannot run under ulimit -v"
	exit 77
fi
# 200 MiB of random data: four times the limit (see ulimit)
head -c 209715200 /dev/urandom > big.bin
touch -d '2001-02-03 04:05:06.123456789' big.bin
mkdir back
