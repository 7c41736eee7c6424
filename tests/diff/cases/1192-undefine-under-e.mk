# Under -e a variable from the environment is an "environment
# override", which a plain undefine cannot take away (EV stays, and is
# still passed on); "override undefine" can (OV), and a makefile's own
# variable goes as usual (FV).
#? env: EV=ev OV=ov
#? args: -e
FV = fv
undefine EV
override undefine OV
undefine FV
all: ; @echo "[$(EV)] [$(origin EV)] [$$EV] [$(origin OV)] [$$OV] [$(origin FV)]"
