# ifdef tests whether the value is non-empty, without expanding it fully.
EMPTY =
REFEMPTY = $(EMPTY)
SET = 1
ifdef EMPTY
$(info EMPTY defined)
else
$(info EMPTY counts as undefined)
endif
ifdef REFEMPTY
$(info REFEMPTY defined although it expands to nothing)
endif
ifdef SET
$(info SET defined)
endif
ifndef NOPE
$(info NOPE undefined)
endif
all: ;
