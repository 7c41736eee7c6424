# Two static pattern lines for one target, with different stems, under
# .SECONDEXPANSION: each line's text is expanded with its own stem as $*
# ("all" for the first, "all.foo" for the second); the recipe's $* is
# the last one.  dmake used the last stem for both lines.
.SECONDEXPANSION:
all.foo.bar: %.foo.bar: %.one $$*-one
all.foo.bar: %.bar: %.two $$*-two
all.foo.bar:
	@echo $*
	@echo $^
.DEFAULT:;@:
