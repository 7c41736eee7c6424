#!/bin/bash
# tests/scenario/option-prefixes.sh - GNU make's long options abbreviated
# as GNU getopt takes them: every prefix of every GNU make 4.3 long
# option, with "=1" after it and without, gives dmake's first line of
# output (its error, or the run's) the same as GNU make's, the program's
# name aside: an unambiguous prefix is that option (dmake's own options
# such as --checksum and --limit do not make "--c" or "--l" ambiguous),
# an ambiguous one is "ambiguous; possibilities:" listed in GNU make's
# order, and an argument given to an option that takes none names the
# option in full.  Then several bad options on one command line: each
# named in turn, the usage once, status 2, as GNU make.  TAP, one test
# per prefix form and per command line.
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

# Several bad options: GNU make names each in turn on stderr, then
# prints the usage once (after the version, on stdout, when -v is
# there too) and exits 2; getopt's messages name the program as
# invoked (argv[0]), make's own ("requires a non-empty string
# argument") by its name.  Compared: stderr up to the usage's first
# line, whether anything went to stdout, and the status.
errors_until_usage() {	# PROGRAM ARGS...: those, one per line
	local prog=$1 out st
	shift
	out=$(cd "$W" && timeout 10 "${envw[@]}" "$prog" "$@" 2>&1 \
	    >"$W/stdout" < /dev/null)
	st=$?
	printf '%s\n' "$out" | sed -n '1,/^Usage: /p' |
		sed -E -e "s|^$prog: |ARGV0: |" -e 's/^d?make: /make: /' \
		    -e 's/^Usage: d?make /Usage: make /'
	if [ -s "$W/stdout" ]; then echo "stdout: yes"; else echo "stdout: no"; fi
	echo "status $st"
}
while IFS= read -r args; do
	eval "set -- $args"
	g=$(errors_until_usage "$GMAKE" "$@")
	d=$(errors_until_usage "$DMAKE" "$@")
	if [ "$g" = "$d" ] && [ "$(grep -c '^Usage: ' <<<"$d")" = 1 ]; then
		tap_ok "bad options $args: each named, then the usage once"
	else
		tap_not_ok "bad options $args"
		tap_diag "GNU make: $g"
		tap_diag "dmake:    $d"
	fi
done <<'EOF2'
-o "" -W ""
--foo -Q --bar=1 -o ""
-j0 --foo all
--no --foo -s
-e -I "" -C "" -q
--foo -h
--foo -v
EOF2
tap_done
