# -q applies to a makefile that is a command-line goal while makefiles
# are remade: nothing of it runs, other.mk is made, and the status is 1
# (out of date).  MAKEFLAGS holds no n, t or q meanwhile, as GNU make
# sets it for remaking makefiles.  dmake ran inc.mk's recipe, status 0.
#? setup: touch src; mkdir sub; printf 'all:;@echo "sub [$(MAKEFLAGS)]"\n' > sub/Makefile
#? args: -q inc.mk
include inc.mk other.mk
all: ; @echo all [$(X)] [$(Y)]
inc.mk: src
	echo X=made > inc.mk
other.mk: src
	@$(MAKE) -s -C sub
	echo Y=made > other.mk
