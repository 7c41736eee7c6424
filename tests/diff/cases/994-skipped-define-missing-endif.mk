# A define without endef in a false branch swallows the rest of the
# file, its 'endif' too: GNU make says "missing 'endif'" at the end of
# the file.  dmake ended the define at 'endif' and went on.
ifdef NOPE
define X
endif
$(info after)
all:;@:
