#? args: -f gen.mk -f rules.mk
#? setup: printf 'gen.mk:\n\t@echo making $@\n\t@printf "all:\\n\\t@echo from gen.mk\\n" > $@\n' > rules.mk
# A makefile named by -f that does not exist is no error yet: GNU make
# says "No such file or directory", reads the others, remakes it as it
# remakes an include (here by rules.mk's rule), and starts again.
all: ; @echo never: this file is not read
