# $(warning) prints FILE:LINE: text and continues.
$(warning careful   now)
$(warning )
all:
	@echo done
