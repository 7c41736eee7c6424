#? setup: echo 'G = old' > gen.mk
#? args: -k
# A prerequisite that no rule makes, of an -include'd makefile that
# exists: while the makefiles are remade it fails unsaid (the makefile is
# "don't care"), and the goals are made; dmake stopped at "No rule to
# make target 'x.h', needed by 'gen.mk'".
-include gen.mk
all: ; @echo all G=$(G)
gen.mk: x.h ; @echo never
