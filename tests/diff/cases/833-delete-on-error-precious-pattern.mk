#? args: -k
# A .PRECIOUS pattern keeps a failed target made by a matching pattern rule
# from .DELETE_ON_ERROR, but not a target with an explicit rule, even if
# its name matches.
.DELETE_ON_ERROR:
.PRECIOUS: %.keep
all: a.keep a.lose b.keep
%.keep:
	@echo partial > $@; exit 1
%.lose:
	@echo partial > $@; exit 1
b.keep:
	@echo partial > $@; exit 1
