#? args: -n prog
#? setup: touch prog.c
# The built-in rule that links a program directly from its .c file.
