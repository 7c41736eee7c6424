#? setup: touch a.q
# .SUFFIXES among other targets adds its prerequisites to the suffix list
# as it does alone: .q.z is a suffix rule, and $* of an explicit rule and
# of .DEFAULT strips .q and .z.
.SUFFIXES .PHONY: .q .z
.q.z:
	@echo $@ from $< stem=[$*]
all: a.z foo.q bar.z
foo.q:
	@echo $@ stem=[$*]
.DEFAULT:
	@echo default $@ stem=[$*]
