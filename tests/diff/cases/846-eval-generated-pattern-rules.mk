#? args: -r
#? setup: touch one.src two.txt
# $(eval) of a $(call) inside $(foreach) defines pattern rules; '$$'
# escapes survive to the recipe, which sees $< and $* of the match.
define gen
%.$(1).out: %.$(2)
	@echo $$@ from $$< stem $$* via $(1)
endef
$(foreach p,a:src b:txt,$(eval $(call gen,$(word 1,$(subst :, ,$(p))),$(word 2,$(subst :, ,$(p))))))
all: one.a.out two.b.out
