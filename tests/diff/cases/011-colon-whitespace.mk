# Whitespace around ':' and between prerequisites is free.
all   :    one	two   
	@echo $@ from $^
one:;@echo $@
two :;@echo $@
