#? args: -I b
#? env: MAKEFILES='m.mk ./top.mk'
#? setup: mkdir b; printf '$(warning in m)\nM := m\n' > b/m.mk; echo 'T := t' > top.mk
# The makefiles MAKEFILES names are looked for in the -I directories as
# included ones are (m.mk is b/m.mk, "m.mk:1: in m"), and, not being
# read from a makefile's line, keep their "./" (MAKEFILE_LIST
# "b/m.mk ./top.mk Makefile").  dmake did not search: M was empty.
all: ; @echo 'M=$(M) T=$(T) [$(MAKEFILE_LIST)]'
