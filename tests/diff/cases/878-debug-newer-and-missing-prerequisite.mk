#? args: --debug=b
#? setup: touch -d '2020-01-01' lib.a; touch -d '2021-01-01' prog; touch -d '2022-01-01' main.o
# An existing target: "Prerequisite 'main.o' is newer than target", and
# for a target with no recipe that makes no file, "Prerequisite 'stamp'
# of target 'prog' does not exist."
prog: main.o lib.a gen.h stamp
	@echo link
gen.h: ; @echo '#define X 1' > $@
stamp:
