# define without endef.
define X
value
all: ;
