# Under .SECONDEXPANSION, GNU make expands the explicit rules'
# prerequisites a second time in its file table's order, before
# anything is made: the $(info) lines come in that order, not in the
# order the targets were read.
.SECONDEXPANSION:
all: t0 t1 t2 t3 t4 t5 t6 t7 t8 t9 t10 t11 t12 t13 t14 t15
t0: $$(info SE $$@)
	@:
t1: $$(info SE $$@)
	@:
t2: $$(info SE $$@)
	@:
t3: $$(info SE $$@)
	@:
t4: $$(info SE $$@)
	@:
t5: $$(info SE $$@)
	@:
t6: $$(info SE $$@)
	@:
t7: $$(info SE $$@)
	@:
t8: $$(info SE $$@)
	@:
t9: $$(info SE $$@)
	@:
t10: $$(info SE $$@)
	@:
t11: $$(info SE $$@)
	@:
t12: $$(info SE $$@)
	@:
t13: $$(info SE $$@)
	@:
t14: $$(info SE $$@)
	@:
t15: $$(info SE $$@)
	@:
