# Two else branches in one conditional.
ifdef X
else
else
endif
all: ;
