# '+=' on a simple variable expands the new text at once.
A := start
A += $(B)
B = bee
$(info [$(A)] $(flavor A))
all: ;
