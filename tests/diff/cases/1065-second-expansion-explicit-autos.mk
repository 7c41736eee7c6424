# In an explicit rule's second expansion GNU make's $^ and $| have no
# duplicates ($+ has), $| leaves out a name that is also normal, and
# $< is empty while the text being expanded is the first prerequisite
# (the line with the recipe puts its prerequisites first).  dmake gave
# $^ with duplicates, $| empty and $< the first name it knew.
.SECONDEXPANSION:
show = $(eval $@_sx := <[$<] ^[$^] +[$+] |[$|] ?[$?])
all: a b c d
a: x x y | z z x
a: $$(show)
	@echo "$@ from [$^] [$|] sx $($@_sx)"
b: x x y | z z
	@echo "$@ from [$^] [$|] sx $($@_sx)"
b: $$(show)
c: $$(show) x
c: y
	@echo "$@ from [$^] [$|] sx $($@_sx)"
d: y
d: x $$(show)
	@echo "$@ from [$^] [$|] sx $($@_sx)"
q x y z:
	@:
