# A prerequisite needed by several targets is made once.
all: a b
a b: common
	@echo $@
common:
	@echo common
