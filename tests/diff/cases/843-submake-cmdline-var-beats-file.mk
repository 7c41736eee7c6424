#? args: V=cmd
# A command-line variable passed down through MAKEFLAGS overrides the
# sub-make's own assignment unless that uses 'override'.
V = file
override W = forced
ifeq ($(MAKELEVEL),0)
all:
	@$(MAKE) --no-print-directory W=cmd sub
else
all: sub
endif
sub:
	@echo "level $(MAKELEVEL): V=$(V) ($(origin V)) W=$(W) ($(origin W))"
