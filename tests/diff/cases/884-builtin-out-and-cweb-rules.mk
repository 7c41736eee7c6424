#? setup: printf 'data\n' > prog; touch x.w x.ch
#? args: CTANGLE=echo\ ctangle
# GNU make's built-in pattern rules that are not suffix rules: %.out
# from % (rm, then cp), and %.c from %.w %.ch through $(CTANGLE).
all: prog.out
	@cat prog.out
	@$(MAKE) --no-print-directory -n x.c
