# ifeq (A,B) splits as GNU make counts parentheses: every '(' and ')'
# counts, inside a reference or not, the comma is the first one at a
# depth of 0 or less (after an extra ')' too), and B ends at the first
# ')' that closes nothing.  dmake skipped whole references and stopped
# at an unmatched ')' before the comma: "invalid syntax in conditional".
ifeq (),)
r1 = yes
endif
ifeq ($(subst a,b,a)),b)
r2 = yes
else
r2 = no
endif
ifeq (a)),))
r3 = yes
else
r3 = no
endif
all:
	@echo [$(r1)] [$(r2)] [$(r3)]
