# '!=' runs a shell command; newlines become spaces, the last is dropped.
X != echo one; echo two
Y != printf 'a\n\nb\n\n'
$(info [$(X)] [$(Y)] $(flavor X))
all: ;
