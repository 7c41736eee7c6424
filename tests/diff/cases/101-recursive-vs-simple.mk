# '=' expands at use, ':=' at definition.
B = early
REC = $(B)
SIM := $(B)
B = late
$(info $(REC) $(SIM))
all: ;
