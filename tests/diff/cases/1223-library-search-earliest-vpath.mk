# -lNAME: of the .LIBPATTERNS names (libNAME.so, libNAME.a) that vpath
# finds, the one from the earlier vpath directive (or the earlier
# directory of one) wins, whatever the pattern order: a1/lib1.a over
# b1/lib1.so, a2/lib2.a over b2/lib2.so; one in the current directory
# wins at once (lib3.a).  dmake took the first pattern any search found
# (b1/lib1.so, b2/lib2.so, b3/lib3.so).
#? setup: mkdir a1 b1 a2 b2 b3; touch a1/lib1.a b1/lib1.so a2/lib2.a b2/lib2.so lib3.a b3/lib3.so
vpath %.h b3
vpath %.a a1
vpath %.so b1
vpath % a2 b2
vpath % b3
all: -l1 -l2 -l3; @echo $^
