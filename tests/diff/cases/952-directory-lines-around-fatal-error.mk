#? args: -C sub
#? setup: mkdir sub; printf 'all:\n\t@echo $(error boom)\n' > sub/Makefile
# A fatal error under -C: "Entering directory", the error, then "Leaving
# directory" (dmake exited without the last line).  The message comes
# while the recipe is expanded, before any command runs.
all: ; @echo never
