#? args: -f ./Makefile -f ././/sub/m.mk ./all
#? setup: mkdir sub; echo 'M := old' > sub/m.mk; touch -d '2000-01-01 00:00' sub/m.mk; echo 'M := new' > sub/m.in
# GNU make takes the -f names and the goals of the command line without
# their leading "./"s: sub/m.mk, older than sub/m.in, is remade by the
# rule for sub/m.mk and make starts again (M=new); MAKEFILE_LIST is
# "Makefile sub/m.mk", MAKECMDGOALS "all", and the warning's location
# "Makefile:9".  dmake did not remake ./sub/m.mk (M=old) and said
# "./Makefile:9", "[./Makefile ././/sub/m.mk] [./all]".
$(warning reading)
all: ; @echo 'M=$(M) [$(MAKEFILE_LIST)] [$(MAKECMDGOALS)] $@'
sub/m.mk: sub/m.in ; cp $< $@
