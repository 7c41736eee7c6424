# The same under .EXPORT_ALL_VARIABLES: after "all: V ?= x" found it, a
# global from the makefile is still passed (BAR, BAZ), an unexported
# one is not (UNX), and one whose name is in make's environment is not
# either, even when the makefile gave it its value (FOO, ENVB).
#? env: FOO=envfoo ENVB=envb
#? args: p2
.EXPORT_ALL_VARIABLES:
export BAR = bar
BAZ = baz
unexport UNX = unx
ENVB = fromfile
all: FOO ?= x
all: BAR ?= x
all: BAZ ?= x
all: UNX ?= x
all: ENVB ?= x
p2: ; @env | grep -E '^(FOO|BAR|BAZ|UNX|ENVB)=' | sort; echo "[$(FOO)] [$(ENVB)]"
