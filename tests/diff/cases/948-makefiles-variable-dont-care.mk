#? env: MAKEFILES='env.mk gen.mk'
#? setup: printf 'E = 1\nenv.mk: force ; @exit 1\nforce:\n' > env.mk
# The makefiles MAKEFILES names are "don't care" ones: env.mk's failing
# remake says nothing and stops nothing, and gen.mk, not found, is made
# by the makefile's rule and read after GNU make starts again.
all: ; @echo E=$(E) G=$(G) $(MAKE_RESTARTS)
gen.mk: ; @echo 'G = 1' > $@
