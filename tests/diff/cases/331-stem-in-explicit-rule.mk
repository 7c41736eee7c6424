# In an explicit rule $* is the target minus a known suffix.
all: foo.o bar.unknown
foo.o bar.unknown:
	@echo $@ stem=[$*]
