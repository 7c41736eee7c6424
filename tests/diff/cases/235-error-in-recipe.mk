# $(error) in a recipe stops before any line of that recipe runs.
all: dep
	@echo not run
	$(error bad recipe)
dep:
	@echo dep runs
