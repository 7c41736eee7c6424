# A pattern-specific '?=' is decided when a target's variables are set
# up, after every makefile is read: a global A defined on a later line
# wins over "%.o: A ?= p" (x.o); a less specific pattern's variable
# wins too (B, "%: B = any"), while a target's own or its parent's
# variable does not count (y.o, z.o); and with no other definition the
# pattern's value is used (C).
%.o: A ?= p
%.o: B ?= pb
%: B = any
%.o: C ?= pc
all: x.o y.o z.o
all: C = par
x.o y.o z.o: ; @echo $@ [$(A)] [$(B)] [$(C)]
y.o: C = own
A = g
