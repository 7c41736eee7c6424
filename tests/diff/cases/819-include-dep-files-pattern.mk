#? setup: printf 'int x;\n' > one.c; printf 'int y;\n' > two.c
# Dependency files made by a pattern rule and included with -include, as
# generated-dependency Makefiles do.
SRCS = one.c two.c
-include $(SRCS:.c=.d)
%.d: %.c
	@echo depend $<
	@printf '$*.o: $< extra.h\nDEPS += $*\n' > $@
all:
	@echo deps: $(DEPS)
.DEFAULT_GOAL = all
