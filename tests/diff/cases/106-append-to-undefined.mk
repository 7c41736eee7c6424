# '+=' on an undefined variable makes a recursive one, no leading space.
A += $(B)
B = bee
$(info [$(A)] $(flavor A))
E =
E += x
$(info [$(E)])
all: ;
