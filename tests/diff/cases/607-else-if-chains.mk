# else ifeq / else ifdef chains; the first true branch wins.
V = c
ifeq ($(V),a)
R = is-a
else ifeq ($(V),b)
R = is-b
else ifdef NOPE
R = nope
else ifneq ($(V),c)
R = not-c
else
R = last
endif
$(info $(R))
all: ;
