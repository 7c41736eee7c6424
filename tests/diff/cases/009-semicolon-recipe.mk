# A recipe may start after ';' on the rule line and continue on tab lines.
all: dep ; @echo all first
	@echo all second
dep:;@echo dep
