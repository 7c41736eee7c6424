# -t applies to a makefile that is a command-line goal while makefiles
# are remade ("touch gen", "touch inc.mk"), not to the others (other.mk
# is made); dmake ran inc.mk's and gen's recipes.
#? setup: touch src
#? args: -t inc.mk all
include inc.mk other.mk
all: ; @echo all [$(X)] [$(Y)]
inc.mk: gen
	echo X=made > inc.mk
gen: src
	echo gen > gen
other.mk: src
	echo Y=made > other.mk
