# A prerequisite list may continue over backslash-newlines.
all: a \
     b \
  c
	@echo $^
a b c: ; @:
