#? args: -r
#? setup: mkdir src; touch src/a.c src/b.h
# vpath finds prerequisites in other directories; $< and $^ use the
# found path.
vpath %.c src
vpath %.h src
all: a.c b.h
	@echo $< / $^
