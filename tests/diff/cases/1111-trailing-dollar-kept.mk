# A '$' that ends the text being expanded is kept by GNU make: in a
# value, a function's argument, a substitution's replacement, a
# define's name.  In an assignment's name it takes the next character
# for a reference instead ("x$ = 1" assigns x: "$ " is the variable
# " ").  dmake dropped every such '$'.
x := a$
y = b$
define d$
D
endef
z$ = 1
w = a
all:
	@echo '[$(x)] [$(y)] [$(subst a,c,a$)] [$(w:a=e$)]'
	@echo '$(sort $(filter d% z%,$(.VARIABLES)))'
