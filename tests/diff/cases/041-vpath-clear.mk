#? args: -r
#? setup: mkdir a b; touch a/x.c b/y.h
# 'vpath PATTERN' clears the directories of that pattern only.
vpath %.c a
vpath %.h b
vpath %.c
all: y.h
	@echo $^
