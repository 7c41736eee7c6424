# '+=' on a recursive variable keeps it recursive (text appended unexpanded).
A = $(B)
A += $(C)
B = bee
C = sea
$(info [$(A)] $(flavor A))
all: ;
