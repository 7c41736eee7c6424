# Under .POSIX a suffix rule with prerequisites is no suffix rule at all
# (and nothing is said of it): y.q is not made from y.p, while the
# plain .p.r rule works.
#? setup: touch y.p
#? args: -r
.POSIX:
.SUFFIXES: .p .q .r
.p.q: dep ; @echo never
.p.r: ; @echo "$@ from $<"
all: y.r y.q
