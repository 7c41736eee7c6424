# A rule whose first target is plain and a later one a pattern is an
# explicit rule: GNU make says "*** mixed implicit and normal rules:
# deprecated syntax" for each such pattern and goes on ('%.c' is a
# plain prerequisite name).  dmake stopped ("mixed implicit and normal
# rules.  Stop.").
#? args: -r all %.o
#? setup: touch %.c
x.o %.o y.o %.b: %.c ; @echo made $@ from $^
all: x.o y.o
