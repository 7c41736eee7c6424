# .RECIPEPREFIX as it was when a rule was read holds for its recipe: a
# continued line loses that prefix character at the start of the next
# line, though .RECIPEPREFIX is reset before the recipe runs.  dmake
# used the value at the time the recipe ran (the '>' stayed).
all: test reset
.RECIPEPREFIX = >
test: ; : test-one
>: test-two \
test-three \
>test-four \
>	test-five \\
>: test-six
.RECIPEPREFIX =
reset: ; : reset-one
	: reset-two \
	reset-four
