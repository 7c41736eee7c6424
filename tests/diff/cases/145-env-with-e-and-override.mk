#? args: -e
#? env: FOO=env
# 'override' beats the environment even with -e.
override FOO = file
$(info $(FOO) $(origin FOO))
all: ;
