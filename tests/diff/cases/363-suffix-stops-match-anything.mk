#? args: -r -k all other
#? setup: touch a.q.in b.x.in
# A name ending in a known suffix (.q, given to .SUFFIXES, with no rule
# of its own) is never made by a non-terminal match-anything rule: no
# rule to make a.q, while b.x (.x is not a suffix) is made from b.x.in.
.SUFFIXES: .q
%: %.in
	@echo $@ from $<
all: a.q
other: b.x
