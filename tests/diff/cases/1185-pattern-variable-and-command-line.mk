# A pattern-specific variable that the command line overrides takes the
# command line's value but keeps its own kind, as GNU make 4.3 sets it
# up: a '+=' appends that value to the command line's (CFLAGS is
# "-O0 -O0"), a ':=' stays simple ($(flavor V) under V=$$y), and a
# target-specific one takes the command line's flavor (W).
#? args: CFLAGS=-O0 'V=$$y' 'W=$$w' a.o
%.o: CFLAGS += -g
%.o: V := simple
a.o: W := simple
a.o: ; @echo '[$(CFLAGS)] [$(value V)] [$(flavor V)] [$(value W)] [$(flavor W)]'
