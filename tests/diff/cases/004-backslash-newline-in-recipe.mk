# Backslash-newline in a recipe is kept and passed to the shell; one
# leading recipe prefix (tab) of the continuation line is removed.
all:
	echo a \
	b
	echo 'single \
	quoted'
	echo "double \
	  quoted"
	@printf '%s\n' 'x\
	y'
