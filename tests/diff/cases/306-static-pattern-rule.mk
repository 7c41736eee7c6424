#? args: -r
# Static pattern rule: targets: target-pattern: prereq-patterns.
OBJS = foo.o bar.o
all: $(OBJS)
$(OBJS): %.o: %.c extra
	@echo $@ from $< stem $* all $^
%.c: ; @:
extra: ; @:
