# A target-specific or pattern-specific ':=' line read by an $(eval) in
# a $(foreach) or $(call) while the makefiles are read: its value sees
# the loop variable and $1 (GNU make puts those levels in its global set
# list).  dmake expanded it among the plain globals ("GLOBAL").  In a
# recipe's $(eval), such a line still sees only the globals.
all: target e t
x := BAD
define mktarget
target: x := $(x)
target: ; @echo "$(x)"
endef
x := GLOBAL
$(foreach x,FOREACH,$(eval $(value mktarget)))
f = $(eval t: z := $$(1))$(eval %.q: w := $$(1))
$(call f,C)
e: ; @echo e$(foreach x,R,$(eval u.q: v := $$(x)))
t: ; @echo [$(z)] [$(w)]
t: u.q
u.q: ; @echo [$(w)] [$(v)]
