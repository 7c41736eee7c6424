#? args: -Otarget -j2
# -O target under -j: GNU make writes what a recipe's expansion says
# ($(info), $(warning), a $(shell) command's stderr) into the job's
# output, so it comes out with that job's output, after b's (b ends
# first).  dmake printed it at once, when the job started.
all: a b
a:
	@i=0; until [ -f b.done ] || [ $$i -ge 200 ]; do sleep 0.05; i=$$((i+1)); done; sleep 0.3; echo a1 $(info info-a)
	@echo a2 $(warning warn-a) $(shell echo shell-err >&2)
b:
	@echo b1; touch b.done
