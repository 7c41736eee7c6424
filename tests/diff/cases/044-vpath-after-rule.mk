#? args: -r
#? setup: mkdir a; touch a/x.c
# vpath directives apply when files are searched, after reading: one
# written after the rule still counts.
all: x.c
	@echo $^
vpath %.c a
