# Conditional lines inside a recipe choose recipe lines at read time.
DEBUG = 1
all:
	@echo start
ifdef DEBUG
	@echo debug on
else
	@echo debug off
endif
	@echo end
