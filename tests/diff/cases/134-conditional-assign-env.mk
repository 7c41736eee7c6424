#? env: FOO=env
# '?=' does not replace an environment variable.
FOO ?= file
BAR ?= file
$(info $(FOO) $(BAR) $(origin BAR))
all: ;
