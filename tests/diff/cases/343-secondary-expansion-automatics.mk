# In second expansion $$^ and $$+ are the prerequisites of earlier rules
# for the same target.
.SECONDEXPANSION:
all: first second
all: $$^.copy $$+.plus
	@echo $^
first second second.copy second.plus: ; @:
