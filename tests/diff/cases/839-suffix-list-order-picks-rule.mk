#? args: -r
#? setup: touch f.b f.a
# When several suffix rules could make a target, the one whose source
# suffix comes first in .SUFFIXES wins, not the one defined first.
.SUFFIXES: .x .b .a
.a.x:
	@echo $@ from .a: $<
.b.x:
	@echo $@ from .b: $<
all: f.x
