#? args: -r
#? setup: touch thing.src
# A match-anything pattern rule '%:: %.src' (terminal).
%:: %.src
	@echo $@ from $<
all: thing
.DEFAULT_GOAL = all
