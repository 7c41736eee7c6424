# A stray endif with text after it: GNU make warns of the text first,
# then stops at the endif (status 2).
all: ; @echo all
endif junk
