# GNU make expands a rule line's targets word by word until a colon
# appears, so a colon that a variable brings ends the targets: with
# X = a:b, "$(X) c: d" is "a: b c: d", a static pattern rule whose
# target pattern "b c" is two words.  dmake split at the written colon
# and made targets "a:b" and "c".
X = a:b
$(X) c: d
	@echo [$@] [$^]
b c d: ; @:
