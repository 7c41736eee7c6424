#? args: -r a.o
#? setup: touch a.c
# -r removes the built-in rules.
