# $(eval) reads its text in the context it runs in, as GNU make does:
# in a recipe, $@ and the target's variables; in a $(call), the call's
# $(1); at the top, the globals.  What it assigns is still global, and
# a conditional in the text sees the same context.
#? args: v
t: X = tx
T = $(eval R$(1) := $$(1) $$@ $$(X))
t: ; $(eval G := $@ $(X)) $(call T,c) @echo "[$(G)] [$(Rc)]"
u: t ; @echo "u [$(G)] [$(Rc)] [$(Rtop)]"
define C
ifeq ($$(X),tx)
Y := seen
endif
endef
v: X = tx
v: u ; $(eval $(C)) @echo "v [$(Y)]"
$(call T,top)
$(info [$(Rtop)])
