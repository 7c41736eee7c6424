#? setup: echo 'STALE := old' > stale.mk; touch -d '2000-01-01 00:00' stale.mk; touch stale.in x.c; mkdir sub; touch sub/b.mk
# The names of include lines lose their leading "./"s in GNU make:
# ".//stale.mk", older than its prerequisite, is remade by the rule for
# stale.mk and read again (STALE=new); "-include ./x.d" is made by
# "%.d: %.c" with $@ x.d and $< x.c; MAKEFILE_LIST has "stale.mk x.d
# sub/b.mk".  dmake read the stale one as it was (STALE=old), made
# ./x.d from ./x.c, and kept the "./" forms in MAKEFILE_LIST.
include .//stale.mk ././sub/b.mk
-include ./x.d
all: ; @echo 'STALE=$(STALE) XD=$(XD) [$(MAKEFILE_LIST)]'
stale.mk: stale.in ; echo 'STALE := new' > $@
%.d: %.c ; @echo 'making $@ from $<'; echo 'XD := $@' > $@
