# An $(eval) in a second expansion that defines a rule: once the
# makefiles are read, GNU make allows no new rule, recipe or not:
# "prerequisites cannot be defined in recipes", with no file and line,
# status 2.  dmake allowed it outside recipes and went on ("No rule to
# make target 'proj1.h'").
.SECONDEXPANSION:
proj1.exe : proj1.o $$(eval $$(test))
define test
proj1.o : proj1.c
proj1.c: proj1.h
endef
