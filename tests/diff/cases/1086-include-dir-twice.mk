#? args: -I b -I b
#? setup: mkdir b
# An -I directory given twice is there twice for GNU make: in
# .INCLUDE_DIRS ("b b ...") and in MAKEFLAGS (" -Ib -Ib"); a makefile's
# "MAKEFLAGS += -Ib" adds a third to what sub-makes get, not to
# .INCLUDE_DIRS (made when make starts); the sub-make has all three
# in .INCLUDE_DIRS and a fourth in MAKEFLAGS.  dmake kept one of each.
MAKEFLAGS += -Ib
all:
	$(info [$(filter-out /%,$(.INCLUDE_DIRS))] [$(MAKEFLAGS)])
	@$(MAKE) -s sub
sub: ; $(info sub: [$(filter-out /%,$(.INCLUDE_DIRS))] [$(MAKEFLAGS)])@:
