# A target depending on itself.
all: all
	@echo all
