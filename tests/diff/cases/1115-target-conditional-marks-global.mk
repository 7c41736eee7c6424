# A target's '?=' for a variable defined globally assigns nothing, but
# GNU make 4.3 then marks the global variable with the line's
# modifiers: "t: private V ?= 2" makes the global V private (so no
# recipe sees it), "t: export W ?= 2" exports the global W.  A global
# private variable is not found there, so "t: X ?= 2" defines t's own.
# dmake left the global variables as they were.
V = 1
W = 1
private X = 1
t: private V ?= 2
t: export W ?= 2
t: X ?= 2
all: t
	@echo all [$(V)] [$$W] [$(X)]
t:
	@echo t [$(V)] [$$W] [$(X)]
