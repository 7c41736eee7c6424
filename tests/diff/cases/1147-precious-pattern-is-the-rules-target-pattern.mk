# A .PRECIOUS pattern keeps an intermediate file when it is the target
# pattern of the rule that makes it, as written: GNU make looks the
# rule's target pattern up as a file name among .PRECIOUS's.  x%.o is
# not %.o, so x.o, made by '%.o: %.c', is removed ("rm x.o"), as it is
# for '%'.  dmake matched the file's name against the patterns and kept
# it.
#? setup: touch x.c y.c
all: x.exe y.exe
%.exe: %.o
	@cp $< $@
%.o: %.c
	@cp $< $@
.PRECIOUS: x%.o % y.o
