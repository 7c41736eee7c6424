# An unknown -O type stops make before it reads any makefile, as GNU
# make decodes its options; dmake read the makefile first (its $(info)
# came out) and then stopped.
#? args: -Ofoo
$(info reading)
all: ; @echo all
