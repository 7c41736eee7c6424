# A rule line whose targets expand to nothing (the Linux kernel's
# "$(multi-dtb-y): FORCE" with no such files) is ignored, and so are its
# recipe lines, unexpanded (no $(warning), no $(error)), even across a
# comment, a blank line or a conditional, and whatever the rule's form:
# prerequisites, ';', '::', '&:', a static pattern, a target variable.
# An assignment, $(info) or any other line ends that: a recipe line
# after it is "recipe commences before first target" (not reached here,
# which would stop the run, so the last case shows only the end).
NONE :=
all: a
a: ; @echo a $(flavor T) $(T)
$(NONE): FORCE
	@echo never $(warning expanded)
	$(error boom)

# comment
ifeq (1,1)
	@echo never either
endif
$(NONE): ; @echo never after semicolon
	@echo nor this
$(NONE)::
	$(error double)
$(NONE) &: b
	$(error grouped)
$(NONE): b : %.o
	$(error static)
$(NONE): T = 2
	$(error target variable)
a: T = 1
$(info info line ends it)
FORCE:
