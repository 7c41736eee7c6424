# An included 'a\ b.mk' that does not exist is made by its rule 'a\ b.mk:'
# and read, as GNU make does; without a rule 'No rule to make target
# 'a b.mk''.  dmake looked for 'a\' and 'b.mk'.
#? args: all
include a\ b.mk
a\ b.mk: ; @echo 'X = made' > '$@'
all: ; @echo '[$(X)]'
