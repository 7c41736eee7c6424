#? args: -I one -I two
#? setup: mkdir one two; printf 'X = two\n' > two/x.mk; printf 'Y = one\n' > one/y.mk; printf 'Y = two\n' > two/y.mk
# -I directories are searched in order.
include x.mk y.mk
all:
	@echo $(X) $(Y)
