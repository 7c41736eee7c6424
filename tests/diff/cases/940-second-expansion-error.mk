# $(error) in a second expansion: "*** text.  Stop." with no location.
.SECONDEXPANSION:
all: x $$(if $$(filter x,$$^),,$$(error no x in [$$^]))
x: ; @echo x
