# Target and prerequisite names are expanded when the rule is read;
# the recipe is expanded when it runs.
T = target
P = prereq
$(T): $(P)
	@echo $@ $^ $(LATE)
T = other
P = other
LATE = late
prereq: ; @:
