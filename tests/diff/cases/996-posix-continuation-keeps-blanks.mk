# After .POSIX: a backslash-newline outside recipes keeps the blanks
# before the backslash ('a \' then '    b' is 'a  b'), in assignments
# and define bodies alike.  GNU make starts once it records .POSIX:,
# when the next rule or assignment is read, so the line after it is
# still joined the old way (A); blank, comment and conditional lines
# do not count.  dmake always dropped the blanks ([a b]).
.POSIX:

# comment
ifdef NOPE
endif
A = a \
    b
B = a \
    b
define C
x \
   y
endef
D := $(B) \
   c
$(info [$(A)][$(B)][$(C)][$(D)])
all:
	@echo "$(C)" \
	  z
