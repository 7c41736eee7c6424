#? args: -k
# A missing include with -k.
include nope.mk
all:
	@echo all
