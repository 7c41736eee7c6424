# The colon of a static pattern rule is looked for in the expanded
# rule line, where "$$(SRCS:.c=.o)" has become "$(SRCS:.c=.o)" and its
# colon is no longer inside a reference: GNU make takes it for the
# target pattern's and stops ("target pattern contains no '%'"), also
# under .SECONDEXPANSION.  dmake skipped the "reference" and went on.
.SECONDEXPANSION:
SRCS = a.c
app: $$(SRCS:.c=.o)
	@echo [$^]
a.o: ; @echo $@
