#? args: -n
#? setup: touch app.c
# A chain through built-in rules: the .o is intermediate.
all: app
app: app.o
