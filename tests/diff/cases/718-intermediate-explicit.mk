#? args: -r
# .INTERMEDIATE makes an explicitly mentioned file intermediate.
.INTERMEDIATE: mid
all: top
top: mid
	@echo make top
	touch top
mid:
	touch mid
