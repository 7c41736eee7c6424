#? args: -r
#? setup: touch x.c
# Order-only prerequisites where the rule line names several targets,
# in '::' rules, through a chain of implicit rules and a suffix rule:
# each target's are made in GNU make's one order (a rule line with a
# recipe first); dmake made the normal ones first.
.SUFFIXES: .c .w
all: a b dc x.z x.w
a b: n1 | o1
a b: | o2
a b: n2
	@echo "$@ ^=[$^] |=[$|]"
dc:: p | q
	@echo "$@ ^=[$^] |=[$|]"
dc:: | r s
	@echo "$@ ^=[$^] |=[$|]"
%.z: %.yy | dz
	@echo "$@ ^=[$^] |=[$|]"
%.yy: %.c | dy
	@echo "$@ ^=[$^] |=[$|]"
x.z: | o3
x.z: n3
.c.w:
	@echo "$@ ^=[$^] |=[$|]"
x.w: | o4
x.w: n4
n1 n2 n3 n4 o1 o2 o3 o4 p q r s dz dy:
	@echo $@
