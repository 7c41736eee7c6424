# GNU make says "mixed implicit and static pattern rules" only when it
# records the rule, which is when a line other than a recipe line or a
# conditional comes: the conditional lines after it are read first, so
# here the $(info) in the ifeq runs and the stray 'else' is the error.
# dmake stopped at the rule's line with the "mixed" error, printing
# nothing.
%.o: a%.o: %.c
	@echo $@
ifeq ($(info reading the conditional),)
endif
else
