# A command line whose only '=' words are no assignments defines no
# MAKEOVERRIDES (and -p shows no "-*-command-variables-*-"): the words
# are goals, made under -k after 'all'.
#? args: -k all 'override A=o' 'x y=1'
all: ; @echo "[$(origin MAKEOVERRIDES)] [$(origin -*-command-variables-*-)] [$(MAKEFLAGS)]"
