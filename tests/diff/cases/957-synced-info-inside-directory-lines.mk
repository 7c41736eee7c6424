#? setup: mkdir sub
#? setup: printf 'all: x y\nx:\n\t@i=0; until [ -f y.done ] || [ $$i -ge 200 ]; do sleep 0.05; i=$$((i+1)); done; sleep 0.3; echo x $(info info-x) $(U)\ny:\n\t@echo y; touch y.done\n' > sub/Makefile
# -O target under -j in a sub-make, stdout and stderr one file: what x's
# expansion says ($(info), --warn-undefined-variables) is in x's output,
# between the "Entering/Leaving directory" lines around it (dmake said
# it before y's lines, outside any).
all:
	@$(MAKE) -C sub -Otarget -j2 --warn-undefined-variables 2>&1
