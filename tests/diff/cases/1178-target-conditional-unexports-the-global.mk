# A target-specific '?=' that finds a global variable leaves its value
# alone but, without 'export', GNU make 4.3 takes the global's export
# away: the environment's FOO and an exported BAR are no longer in
# p2's environment (while $(FOO) and $(BAR) still expand); a later
# "export QUX" passes QUX again, an "all: export" one keeps EXP, and
# the command line's CMD stays.
#? env: FOO=envfoo QUX=envqux EXP=envexp
#? args: CMD=cmd p2
export BAR = bar
all: FOO ?= x
all: BAR ?= x
all: QUX ?= x
all: export EXP ?= x
all: CMD ?= x
export QUX
p2: ; @env | grep -E '^(FOO|BAR|QUX|EXP|CMD)=' | sort; echo "[$(FOO)] [$(BAR)]"
