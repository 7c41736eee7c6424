#!/bin/bash
# tests/scenario/makemaker.sh - a Perl module with a C part (XS), built
# through the Makefile that Perl's ExtUtils::MakeMaker writes (`perl
# Makefile.PL`: about 1,000 lines of suffix rules, `$(NOECHO)`, pure_all
# and config targets, blib/ trees made through .exists stamp files,
# manifying PODs, a dist target), by GNU make and by dmake in turn in
# the same directory: the same output, status and files.
#
# The module ("Greet") has a .pm, an .xs (xsubpp, then the C compiler, then
# a shared object), a test, a script in EXE_FILES with a POD (man pages
# for both).  The Makefile is written once for each make by `perl
# Makefile.PL` (as a user would: MakeMaker is told nothing about the make;
# given MAKE=dmake it would write a Makefile for the Windows make of that
# name).  Steps: all; all again (nothing to do); all after touching the
# .xs (xsubpp, cc and the link again); test; install DESTDIR=; dist (the
# tarball's list of names; its bytes hold times); all after touching
# Makefile.PL (MakeMaker's rule rewrites the Makefile and stops with
# "false": status 2); realclean.  Perl runs with a fixed hash seed, so that
# its hash order (ExtUtils::Manifest's mkdir lines) is the same in both
# runs.  Needs perl with ExtUtils::MakeMaker, perl.h (Debian: perl's
# libperl5.36) and a C compiler, else "1..0 # SKIP".

set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

require_dmake
require_gmake
require_real_dmake
require_cmd timeout find sort diff sha256sum sed tar perl
perl -MExtUtils::MakeMaker -e 1 2>/dev/null ||
	tap_skip_all "no ExtUtils::MakeMaker"
perl_cc=$(perl -MConfig -e 'print $Config{cc}')
command -v "$perl_cc" >/dev/null 2>&1 ||
	tap_skip_all "no $perl_cc, the C compiler perl was built with"
archlib=$(perl -MConfig -e 'print $Config{archlibexp}')
[ -f "$archlib/CORE/perl.h" ] ||
	tap_skip_all "no perl.h in $archlib/CORE (Debian: libperl5.36)"

makes_init	# W, the sandbox; mk, bad, names, envw
envw+=(PERL_HASH_SEED=0 PERL_PERTURB_KEYS=0 PERL_MM_USE_DEFAULT=1)
E=$W/Greet

fresh() {
	rm -rf "$E"
	mkdir -p "$E/lib" "$E/t" "$E/bin" || tap_bail "mkdir $E"
	cat > "$E/Makefile.PL" <<'EOF'
use ExtUtils::MakeMaker;
WriteMakefile(
    NAME         => 'Greet',
    VERSION_FROM => 'lib/Greet.pm',
    EXE_FILES    => ['bin/greet'],
    ABSTRACT     => 'says hello, in C',
    AUTHOR       => 'dmake tests',
    LICENSE      => 'perl',
);
EOF
	cat > "$E/lib/Greet.pm" <<'EOF'
package Greet;
use strict;
use warnings;
our $VERSION = '1.02';
require XSLoader;
XSLoader::load('Greet', $VERSION);
1;
__END__

=head1 NAME

Greet - says hello

=head1 SYNOPSIS

  use Greet;
  print Greet::hello(2), "\n";

=cut
EOF
	cat > "$E/Greet.xs" <<'EOF'
#include "EXTERN.h"
#include "perl.h"
#include "XSUB.h"

MODULE = Greet		PACKAGE = Greet

SV *
hello(times)
	int times
    CODE:
	RETVAL = newSVpvf("hello x%d", times);
    OUTPUT:
	RETVAL
EOF
	cat > "$E/t/basic.t" <<'EOF'
use strict;
use warnings;
use Test::More tests => 2;
use_ok('Greet');
is(Greet::hello(3), 'hello x3', 'hello from C');
EOF
	cat > "$E/bin/greet" <<'EOF'
#!/usr/bin/perl
use Greet;
print Greet::hello(1), "\n";
__END__

=head1 NAME

greet - print a greeting

=cut
EOF
	printf '%s\n' Makefile.PL lib/Greet.pm Greet.xs t/basic.t bin/greet \
	    MANIFEST > "$E/MANIFEST"
}

# run NAME STEP ARGS...: NAME's make in E; W/NAME.STEP.out (its output
# with the makes' names made the same and Test::Harness's timing line
# without its times, then the status) and .tree (every file under E and
# the install tree with its hash; perllocal.pod, which holds the time of
# the install, by name only; the tarball by its list of names)
run() {
	local n=$1 s=$2 st
	shift 2
	step_run "$n" "$s" "$E" "${mk[$n]}" "$@"
	st=$?
	{ cat "$W/$n.$s.log"; echo "status $st"; } | unname_makes |
		sed -E 's/^(Files=[0-9]+, Tests=[0-9]+, ).*/\1TIMES/' \
		> "$W/$n.$s.out"
	{
		tree_sums "$W" Greet inst |
			sed -E 's/^[0-9a-f]+(  .*(perllocal\.pod|\.tar\.gz))$/-\1/'
		for t in "$E"/*.tar.gz; do
			[ -f "$t" ] && tar tzf "$t" | LC_ALL=C sort
		done
	} > "$W/$n.$s.tree"
}

for n in $names; do
	rm -rf "$W/inst"
	fresh
	step_run "$n" configure "$E" perl Makefile.PL ||
		tap_bail "perl Makefile.PL failed: $(tail -n 5 "$W/$n.configure.log")"
	run "$n" all
	run "$n" again
	touch "$E/Greet.xs"
	run "$n" xs
	run "$n" test test
	run "$n" install install "DESTDIR=$W/inst"
	run "$n" dist dist
	# (Makefile.PL newer than the Makefile on any clock, neither in
	# the future)
	touch -d '-2 seconds' "$E/Makefile"
	touch "$E/Makefile.PL"
	run "$n" remake
	run "$n" realclean realclean
done

tap_plan 8
same_files all.out all.tree && has "$W/gnu.all.out" 'status 0' &&
    has_re "$W/gnu.all.tree" 'Greet/blib/arch/auto/Greet/Greet\.so$' \
    'Greet/blib/man3/Greet\.3pm$' 'Greet/blib/script/greet$'
tap_result $? "all: the same commands, Greet.so, the man pages and the script byte for byte"
same_files again.out again.tree && lacks "$W/gnu.again.out" 'xsubpp|-c .*Greet\.c'
tap_result $? "all again: nothing compiled, the same output"
same_files xs.out xs.tree && has_re "$W/gnu.xs.out" 'xsubpp' ' -c .*Greet\.c' \
    '-shared .*-o blib/arch/auto/Greet/Greet\.so'
tap_result $? "the .xs touched: xsubpp, cc and the link again, the same files"
same_files test.out test.tree && has "$W/gnu.test.out" 'Result: PASS'
tap_result $? "test: the same output, the module's test passes"
same_files install.out install.tree &&
    has_re "$W/gnu.install.tree" 'inst/usr/.*/Greet\.so$' 'inst/usr/.*/bin/greet$'
tap_result $? "install DESTDIR=: the same files installed, byte for byte"
same_files dist.out dist.tree &&
    has_re "$W/gnu.dist.tree" '^Greet-1\.02/Greet\.xs$' '^Greet-1\.02/META\.json$'
tap_result $? "dist: the same output and the same names in the tarball"
same_files remake.out remake.tree && has "$W/gnu.remake.out" 'status 2' &&
    has_re "$W/gnu.remake.out" 'Makefile out-of-date with respect to Makefile\.PL'
tap_result $? "Makefile.PL touched: the Makefile rewritten, then status 2, the same"
same_files realclean.out realclean.tree &&
    lacks "$W/gnu.realclean.tree" '  Greet/(blib|Makefile$|.*\.so$)'
tap_result $? "realclean: the same output, the same files left"
tap_done
