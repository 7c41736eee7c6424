# Grouped '::' rules that share a target (c): each '::' rule is an entry
# of its own, so GNU make gives no "overriding group membership"
# warning, and c's two rules run their own recipes (X, then Y).  dmake
# warned.
.PHONY: M a b c d e f g h
M: c h
a b c&:: ; @echo X
c d e&:: ; @echo Y
f g h&:: ; @echo Z
