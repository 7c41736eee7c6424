# 'private' hides a variable from targets' expansions, not from the
# environment: GNU make 4.3 exports a private global ($$Y is 2 while
# $(Y) is empty) and a target's private export to its prerequisites'
# recipes (dep sees $$T and the inner $$V).  dmake left them out of
# the environment.
private export Y = 2
export private Z = 3
private W = 4
export W
export V = outer
all: private export T = t
all: private V = inner
all: dep
	@echo all [$$Y][$$Z][$$W][$(Y)] [$$T][$$V]
dep:
	@echo dep [$$Y][$$T][$(T)][$$V]
