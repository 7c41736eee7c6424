# '\%' in a target name is a plain '%': 'a-\%.c:' is an explicit rule
# for a-%.c, and in a static pattern rule 'a\%.o: a\%.%: x' the first
# '%' of the target pattern is a character (stem o).  A prerequisite
# keeps its backslash.  dmake took these targets for patterns (No rule
# to make target 'a-%.c', mixed implicit and static pattern rules).
#? args: -r
all: a-%.c a%.o
	@echo '[$^]'
a-\%.c:;@echo 'mk [$@]'
a\%.o: a\%.%: x
	@echo '[$@] [$*] [$^]'
x:;@:
