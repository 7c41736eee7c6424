#? args: -k
# -k: a prerequisite that fails is tried once; every target that depends
# on it is then not remade, while unrelated targets still are.
all: a b c
a: broken
	@echo made a
b: broken
	@echo made b
c:
	@echo made c
broken:
	@echo trying broken; exit 4
