# $(@D) and friends are defined globally as GNU make defines them
# (origin automatic); GNUMAKEFLAGS is emptied after reading; MAKECMDGOALS
# is undefined without goals; MAKEFILES has a default.
$(info $(origin @D) $(flavor <F) [$(value ^D)] [$(value ?F)])
$(info $(origin MAKECMDGOALS) $(origin MAKEFILES) $(flavor MAKEFILES))
$(info $(origin .SHELLFLAGS) $(flavor .SHELLFLAGS) $(flavor MAKE_HOST) $(flavor .FEATURES))
GNUMAKEFLAGS = -k
all: sub/x.y
	@echo $(origin GNUMAKEFLAGS) [$(GNUMAKEFLAGS)] [$(MAKEFLAGS)]
sub/x.y:
	@echo $(@D) $(@F)
