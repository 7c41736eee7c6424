#? args: -r --debug=i
#? setup: touch a.c h.h
# --debug=i under .SECONDEXPANSION, with an order-only prerequisite the
# search must make as an intermediate file.
.SECONDEXPANSION:
all: a.o
%.o: $$*.c $$(HDR) | $$*.d
	@echo cc $< > $@
HDR = h.h
%.d:
	@touch $@
