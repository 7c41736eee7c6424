#? args: -k
# Under -k, a.mk is made and b.mk's recipe writes b.mk and then fails:
# GNU make says "Failed to remake makefile 'b.mk'" and, as a makefile
# changed, starts again; the new run finds both up to date and its
# status, 0, is the run's.
include a.mk b.mk
all: ; @echo A=$(A) B=$(B) restarts=$(MAKE_RESTARTS)
a.mk: ; @echo 'A = 1' > $@
b.mk: ; @echo 'B = 1' > $@; exit 1
