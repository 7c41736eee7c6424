# A comment on a rule line ends the prerequisite list.
all: dep # not-a-prereq
	@echo $^
dep: ; @:
