# A tab line before any rule.
X = 1
	@echo orphan
all: ;
