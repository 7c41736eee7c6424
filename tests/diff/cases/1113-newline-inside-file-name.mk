# In a list of targets or prerequisites only blanks separate names, as
# GNU make splits them: a newline that a define'd variable brings is
# part of the name ("a<newline>b" is one prerequisite, missing here),
# though one before a name is skipped.  Functions such as $(words)
# still split at it.  dmake took the newline for a separator.
define NL
a
b
endef
all: x | $(NL)
	@echo [$(words $(NL))]
x a b: ; @:
