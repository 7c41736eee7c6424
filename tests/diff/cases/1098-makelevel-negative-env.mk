# A MAKELEVEL in the environment that starts with '-' is level 0 (GNU
# make's rule), so the recipes see 1; dmake used -1 and passed on 0.
#? env: MAKELEVEL=-1
all: ; @echo "[$(MAKELEVEL)] [$$MAKELEVEL]"
