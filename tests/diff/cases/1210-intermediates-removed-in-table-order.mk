# The intermediate files removed at the end are named in GNU make's
# file table order (the slots its name hash gives, in a table of 1,024):
# "rm 2.b 1.b" here, not the order they were made.  dmake named them in
# the order it made them.
#? setup: mkdir src; touch 1.a 2.a x0.a x1.a x2.a x3.a x4.a x5.a x6.a x7.a x8.a x9.a x10.a x11.a src/foo_bar0.a src/foo_bar1.a src/foo_bar2.a src/foo_bar3.a averyveryverylongname_0.a averyveryverylongname_1.a averyveryverylongname_2.a
#? args: -r
%.c : %.b ; @cp $< $@
%.b : %.a ; @cp $< $@
all : 1.c 2.c x0.c x1.c x2.c x3.c x4.c x5.c x6.c x7.c x8.c x9.c x10.c x11.c src/foo_bar0.c src/foo_bar1.c src/foo_bar2.c src/foo_bar3.c averyveryverylongname_0.c averyveryverylongname_1.c averyveryverylongname_2.c
2.a: 1.c
