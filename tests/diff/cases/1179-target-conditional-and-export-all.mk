# The same under .EXPORT_ALL_VARIABLES: after "all: V ?= x" found it, a
# global from the makefile is passed (BAR, BAZ), an unexported one too
# now (UNX: its 'unexport' went with the 'export' of the others), but
# not one whose name is in make's environment, even when the makefile
# gave it its value (FOO, ENVB).
#? env: FOO=envfoo ENVB=envb
#? args: p2
.EXPORT_ALL_VARIABLES:
export BAR = bar
BAZ = baz
UNX = unx
unexport UNX
ENVB = fromfile
all: FOO ?= x
all: BAR ?= x
all: BAZ ?= x
all: UNX ?= x
all: ENVB ?= x
p2: ; @env | grep -E '^(FOO|BAR|BAZ|UNX|ENVB)=' | sort; echo "[$(FOO)] [$(ENVB)]"
