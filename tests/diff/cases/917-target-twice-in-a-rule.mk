# A target named twice on one rule line: GNU make says so only when the
# rule has a recipe (a kernel .cmd file's "$(deps_x):" lists a header
# twice and says nothing); with '::' it is two rules, whose recipe runs
# twice; in a grouped rule the group membership is overridden too (said
# last target first).
all: a b c d
a a b:
a a: ; @echo a
c c:: ; @echo c once per mention
d e d e &: ; @echo d and e
