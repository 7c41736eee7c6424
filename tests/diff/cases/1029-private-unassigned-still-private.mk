# 'private' marks the variable even when the line assigns nothing: a
# ?= to one already set, or any assignment to one the command line
# sets.  Such a global private variable is then not seen in recipes,
# as GNU make 4.3 has it; a target's 'private V ?=' likewise keeps V
# from its prerequisites.  dmake left those variables as they were.
#? args: V=5
W = 0
private W ?= 1
private V = 1
t: T = 0
t: private T ?= 1
t: p
	@echo t [$(T)]
p:
	@echo p [$(V)] [$(W)] [$(T)]
