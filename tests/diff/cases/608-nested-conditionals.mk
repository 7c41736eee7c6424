# Nested conditionals; inner ones in a false branch are skipped whole.
A = 1
ifdef A
  ifdef B
    R = AB
  else
    R = A-only
  endif
else
  ifeq (this is,not even (valid)
  endif
  R = none
endif
$(info $(R))
all: ;
