# A target-specific ':=' is expanded when read, '=' when used.
Y = early
all: S := $(Y)
all: R = $(Y)
Y = late
all:
	@echo $(S) $(R)
