# Two grouped rules sharing b: b follows the second (b c), a keeps the
# first (a b), whose recipe makes a and, with it, b; c's recipe runs
# for c.  dmake joined the two groups into one ring and looped for
# ever.
all: a b c
	@echo all
a b &: ; @echo ab $@
b c &: ; @echo bc $@
