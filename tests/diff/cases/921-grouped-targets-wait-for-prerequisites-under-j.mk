#? args: -j3 b c
# Both targets of a grouped rule wait for the same prerequisite under
# -j; when it is made, the recipe runs once, for the first, and the
# other waits for that job ("'c' is up to date"), as GNU make's
# also_make.  dmake ran the recipe once for each.
x: ; @sleep 0.2; echo x
b c &: x
	@echo made $@; touch b c
	@sleep 0.3; echo done $@
