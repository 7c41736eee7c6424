# A VPATH or vpath directory loses a trailing '/': with "VPATH = d1/"
# GNU make finds a.c as d1/a.c, with "vpath %.h ./d2/" b.h as ./d2/b.h,
# with $(CURDIR)/d3/ c.y as @SANDBOX@/d3/c.y; and GPATH = d1 keeps x.o
# found in d1/ there: "d1/x.o d1/x.c".  dmake kept the slash (d1//a.c)
# and remade x.o as x.o, GPATH not matching d1/.
#? setup: mkdir d1 d2 d3; touch d1/a.c d2/b.h d3/c.y
#? setup: touch -d '2020-01-01 00:00' d1/x.o; touch -d '2021-01-01 00:00' d1/x.c
#? args: -r all x.o
GPATH = d1
VPATH = d1/
vpath %.h ./d2/
vpath %.y $(CURDIR)/d3/
all: a.c b.h c.y
	@echo $^
x.o: x.c
	@echo "$@ $^"
