#!/bin/bash
# tests/scenario/option-prefixes.sh - GNU make's long options abbreviated
# as GNU getopt takes them: every prefix of every GNU make 4.3 long
# option, with "=1" after it and without, gives dmake's first line of
# output (its error, or the run's) the same as GNU make's, the program's
# name aside: an unambiguous prefix is that option (dmake's own options
# such as --checksum and --limit do not make "--c" or "--l" ambiguous),
# an ambiguous one is "ambiguous; possibilities:" listed in GNU make's
# order, and an argument given to an option that takes none names the
# option in full.  TAP, one test per prefix form.
set -u
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

require_dmake
require_gmake
require_cmd timeout

sandbox_new
W=$SANDBOX
mapfile -t envw < <(clean_env "$W")
printf 'all: ; @echo ran\n' > "$W/Makefile"

names="always-make directory debug environment-overrides eval file
makefile help ignore-errors include-dir jobs keep-going load-average
max-load check-symlink-times just-print dry-run recon old-file assume-old
output-sync print-data-base question quiet no-builtin-rules
no-builtin-variables silent no-silent no-keep-going stop touch trace
version print-directory no-print-directory what-if new-file assume-new
warn-undefined-variables jobserver-auth jobserver-fds sync-mutex"

first_line() {	# PROGRAM ARGS...: the first line it prints, name as "make"
	local prog=$1
	shift
	(cd "$W" && timeout 10 "${envw[@]}" "$prog" "$@" 2>&1 < /dev/null) |
		head -n 1 | sed -E 's/^[^ :]*make: /make: /'
}

# the prefixes of two or more letters (one letter: a short option), and
# each name whole
mapfile -t prefixes < <(for n in $names; do
	for ((k = 2; k <= ${#n}; k++)); do echo "${n:0:k}"; done
done | LC_ALL=C sort -u)

for p in "${prefixes[@]}"; do
	for form in "--$p" "--$p=1"; do
		# --help and --version print pages that name the program
		# (and --debug and -p a banner that does)
		case $form in --h*|--v*|--de*|--print-d*) continue ;; esac
		g=$(first_line "$GMAKE" -s "$form")
		d=$(first_line "$DMAKE" -s "$form")
		if [ "$g" = "$d" ]; then
			tap_ok "$form: $g"
		else
			tap_not_ok "$form"
			tap_diag "GNU make: $g"
			tap_diag "dmake:    $d"
		fi
	done
done
tap_done
