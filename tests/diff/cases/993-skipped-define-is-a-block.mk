# A define in a false branch is still read as a block up to its endef:
# 'endif', 'else' and 'ifdef' lines in its body are text, not
# conditionals.  dmake read them as conditionals (missing separator,
# extraneous 'else').
ifdef NOPE
define SCRIPT
case x in
*) echo
esac
endif
else
ifdef Z
endef
$(info in-false)
else
$(info taken)
endif
ifdef NOPE
override define Y
endif
endef#c
else
$(info taken 2)
endif
all:
	@echo ok
