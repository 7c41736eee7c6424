# .SECONDEXPANSION: '$$' in prerequisites is expanded again with
# automatic variables and late variable values set.
.SECONDEXPANSION:
all: one.x two.x
one.x two.x: $$@.dep $$(LATE)
	@echo $@ needs $^
LATE = late
%.dep: ; @:
late: ; @:
