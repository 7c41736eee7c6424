# -f and goals that start with '~' are expanded with the environment's
# HOME, as GNU make's command-line file names; dmake looked for a file
# named "~/m.mk".
#? setup: printf 'x $(HOME)/x:;@echo $(patsubst $(HOME)/%%,H/%%,$@) [$(patsubst $(HOME)/%%,H/%%,$(MAKEFILE_LIST))] [$(patsubst $(HOME)/%%,H/%%,$(MAKECMDGOALS))]\n' > m.mk
#? args: -f '~/m.mk' '~/x' x
all: ; @echo not this
