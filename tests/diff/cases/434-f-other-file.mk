#? args: -f other.mk
#? setup: printf 'x:\n\t@echo from other $(MAKEFILE_LIST)\n' > other.mk
# -f reads the named file instead of Makefile.
all:
	@echo wrong
