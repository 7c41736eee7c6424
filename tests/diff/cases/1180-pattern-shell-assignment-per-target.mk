# A pattern-specific '!=' runs its command for each target the pattern
# matches, when that target's recipe is first started, with $@ not yet
# set, a target's parent first (p1's recipe sets up a.x, the target
# that asked for it, before p1 runs), and never for a target without a
# recipe (c.x), one that is up to date (old.x) or one not made; its
# output is a recursive value ($$ kept for later), and .SHELLSTATUS
# says its status.  A target's own '!=' runs once, when read.  (All
# on stderr, to keep the order.)
#? setup: touch old.x
%.x: V != echo "run [$@]" >&2; echo 'val-$$(W)'; exit 3
W = w
all: a.x b.x c.x old.x
a.x: p1
	@echo $@ [$(V)] [$(.SHELLSTATUS)] >&2
p1: ; @echo p1 >&2
b.x: ; @: $(V)
c.x:
old.x: ; @echo $@ [$(V)] >&2
t.y: V != echo "target's" >&2; echo tv
t.y: ; @echo $@ [$(V)] >&2
all: t.y
	@echo all >&2
