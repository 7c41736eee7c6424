# doc is intermediate ('.SECONDARY:' with no prerequisites) and does not
# exist, so whether out must be remade is decided by doc's
# prerequisites.  GNU make's prerequisite names the entry of doc's first
# '::' rule, and only that rule's prerequisites are looked at: a is
# older than out, so out is up to date, b (newer, of the second rule)
# not seen.  dmake looked at every rule's and remade doc and out.
#? setup: touch -d '2020-01-01 00:00' a; touch -d '2020-01-01 00:02' b; touch -d '2020-01-01 00:01' out
out: doc
	@echo remake out
doc:: a
	@echo doc1
doc:: b
	@echo doc2
.SECONDARY:
