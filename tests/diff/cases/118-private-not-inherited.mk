# 'private' target-specific values are not inherited by prerequisites.
all: private P = secret
all: Q = shared
all: child
	@echo all: [$(P)] [$(Q)]
child:
	@echo child: [$(P)] [$(Q)]
