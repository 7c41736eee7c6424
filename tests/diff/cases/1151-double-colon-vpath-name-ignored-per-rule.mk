# doc is found through VPATH as src/doc, and both of its '::' rules must
# run.  Each rule is an entry of its own in GNU make, each with the
# VPATH name: each says "Ignoring VPATH name 'src/doc'" under
# --debug=b before its recipe.  dmake said it for the first rule only.
#? args: --debug=b
#? setup: mkdir src; touch -d '2020-01-01 00:00' src/doc; touch -d '2020-01-01 00:01' x.h
VPATH = src
doc:: x.h
	@echo one $@
doc::
	@echo two $@
