# -C ~/d is the directory d in the home directory (the environment's
# HOME), as GNU make expands its command-line file names; dmake said
# "~/d: No such file or directory".
#? setup: mkdir d; printf 'all:;@echo in d [$(notdir $(CURDIR))]\n' > d/Makefile
#? args: -C '~/d'
all: ; @echo not this
