# b.mk (read last) is remade first: "making b" comes before a.mk's
# "No such file or directory".  dmake said a.mk's first.
include a.mk
include b.mk
b.mk: ; @echo making b
all: ; @echo ok
