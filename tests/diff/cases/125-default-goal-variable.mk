# Setting .DEFAULT_GOAL picks the goal; reading it shows the current one.
$(info before=[$(.DEFAULT_GOAL)])
a:
	@echo a
$(info after-a=[$(.DEFAULT_GOAL)])
b:
	@echo b
.DEFAULT_GOAL := b
