# shellcheck shell=bash disable=SC2016,SC2059
# Makefile = 64 KiB of pseudo-random bytes from a fixed seed (Park-Miller
# LCG: every product stays below 2^53, so any awk computes the same bytes).
awk 'BEGIN {
	x = 20240611
	for (i = 0; i < 1024; i++) {
		line = ""
		for (j = 0; j < 64; j++) {
			x = (x * 16807) % 2147483647
			line = line sprintf("\\%03o", int(x / 256) % 256)
		}
		print line
	}
}' | while IFS= read -r l; do printf "$l"; done > Makefile
test "$(wc -c < Makefile)" -eq 65536
