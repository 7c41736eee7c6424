#? args: --debug=v -o old all
# --debug=v: a file made while the makefiles were remade, or named by
# -o, is considered once more when the goals' walk first reaches it:
# "Considering target file" then "File ... was considered already";
# only later in the same walk is it "Pruning file".  dmake said
# "Pruning file" at once.
-include dep.mk
all: gen.h old prog
prog: gen.h old ; @echo prog
gen.h: ; @echo making $@; touch $@
dep.mk: gen.h ; @echo 'X = 1' > $@
old: ; @echo never
