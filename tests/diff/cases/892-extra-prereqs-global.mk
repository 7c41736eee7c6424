#? setup: touch -d '2020-01-01' out; touch -d '2021-01-01' tool; touch -d '2019-01-01' in
# .EXTRA_PREREQS: every target gets them, after its own, outside $< $^
# $+ $?; a newer one still makes the target out of date; a target that is
# itself among them gets none.
.EXTRA_PREREQS = tool
all: out other
	@echo all: [$<] [$^] [$?]
out: in
	@echo out: [$<] [$^] [$+] [$?]
other:
	@echo other: [$^]
tool:
	@echo never
