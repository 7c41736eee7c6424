# A recipe after the ";" of a rule line, continued with backslash-newline:
# as a recipe line, the backslash-newline goes to the shell (which drops
# it outside quotes and keeps it inside single quotes), and a tab that
# starts the next line is dropped.  dmake joined the lines with a space
# as for a makefile line ("pl ain").  A target variable whose value
# goes on past a written ";" is joined as a variable is.
all: plain tab dq sq tabsq var
plain:;@echo pl\
ain
tab:;@: nothing; echo ta\
	b
dq:;@echo "d\
	   q"
sq:;@echo 's\
		  q'
tabsq: ; @printf "%s|\n" 'a \
b' x\
y
var: V = one;two \
   three
var:;@echo "[$(V)]"
