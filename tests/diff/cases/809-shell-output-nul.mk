# $(shell) output is a C string: a NUL byte ends it (the function name
# after it is then 'subst'); dmake read past the name before (fuzzer).
X := $(shell printf 'subst\0abc')
all: ; @echo "[$(call $(X),a,b,cab)] [$(shell printf 'ab\0cd')]"
