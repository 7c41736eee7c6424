# In the .DEFAULT recipe $< is the target and $* is the target minus a
# known suffix (empty when the suffix is not in .SUFFIXES).
.DEFAULT:
	@echo default $@ [$<] [$^] [$*]
all: foo.c bar.zz
