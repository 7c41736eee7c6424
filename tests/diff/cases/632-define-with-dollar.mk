# The body of a recursive define is not expanded until use.
define D
$$literal $(X)
endef
X = late
$(info $(D))
all: ;
