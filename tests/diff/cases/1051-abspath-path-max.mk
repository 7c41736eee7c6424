# $(abspath) gives no word for a name of PATH_MAX (4096) bytes or more,
# or whose result grows to that: GNU make prints [1] [0] [2] [0] [0],
# then [0] [0].  dmake made every name absolute, however long.
A := $(shell printf '%04094d' 0)
B := $(shell printf '%04095d' 0)
C := $(shell printf '%05000d' 0)
$(info [$(words $(abspath /$A))] [$(words $(abspath /$B))] [$(words $(abspath x $C y))] [$(words $(abspath /$C/../x))] [$(words $(abspath /$A/../x))])
$(info [$(words $(abspath /$A/. /$A/))] [$(words $(abspath /$A/x/..))])
all: ; @:
