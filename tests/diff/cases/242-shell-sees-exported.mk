#? env: FROMENV=e
# $(shell) sees the environment make was started with; in 4.3 not the
# variables the makefile exports (that changed in 4.4).
export MINE = m
$(info [$(shell echo $$FROMENV-$$MINE)])
all: ;
