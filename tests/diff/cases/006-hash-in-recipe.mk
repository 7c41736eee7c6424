# '#' in a recipe line belongs to the shell, not to make: the line is
# echoed whole and the shell treats the rest as its own comment.
all:
	echo one # shell comment
	echo 'two # not a comment'
# a make comment between recipe lines does not end the recipe
	echo three
