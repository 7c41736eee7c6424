#? args: -r -k --debug=i
#? setup: touch a.c b.s
# --debug=i: a prerequisite written without '%' is a "rule
# prerequisite"; a missing one sends the search to the next rule.
all: a.o b.o
%.o: %.c common.h
	@echo cc $< > $@
%.o: %.s
	@echo as $< > $@
