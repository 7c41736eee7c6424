# --warn-undefined-variables and --debug=b put in MAKEFLAGS by a
# makefile act once the makefiles are read: the recipe's undefined
# variables are warned about (not X's, read before), and the goals'
# updating is traced.  dmake ignored both.
MAKEFLAGS += --warn-undefined-variables --debug=b
X := $(UNDEF_WHILE_READING)
Y = $(UNDEF_IN_Y)
all: sub ; @echo all [$(MAKEFLAGS)] $(UNDEF_IN_RECIPE) $(Y)
sub: ; @echo sub
