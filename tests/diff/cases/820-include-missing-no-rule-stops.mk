# A missing include that no rule makes: the read-time message, then
# "No rule to make target", status 2, nothing else made.
all:
	@echo all
include nope.mk
