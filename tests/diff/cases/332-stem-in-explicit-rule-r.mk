#? args: -r
# With -r the suffix list is empty, so $* is empty in explicit rules.
all: foo.o
foo.o:
	@echo $@ stem=[$*]
