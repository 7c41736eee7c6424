# After a rule line with no targets, an assignment ends the state in
# which recipe lines are dropped: the next recipe line stops the run
# with "recipe commences before first target".
NONE :=
all: ; @echo all
$(NONE): x
	@echo dropped
V = 1
	@echo now an error
