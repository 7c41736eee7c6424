# Text after else that is not a conditional.
ifdef X
else junk
endif
all: ; @echo ok
