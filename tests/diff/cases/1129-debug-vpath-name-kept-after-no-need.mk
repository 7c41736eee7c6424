#? setup: mkdir src; touch src/f.y src/h.y
#? args: -r --debug=v
# A file VPATH found that needs no remaking goes by its VPATH name from
# then on: GNU make's later "Pruning file" lines say 'src/f.y', for an
# explicit prerequisite and for one an implicit rule found; dmake said
# 'f.y'.
VPATH = src
all: a b f.o
a: h.y ; @echo $@ from $^
b: h.y ; @echo $@ from $^
%.o: %.c ; @echo $@ from $^
%.c: %.y ; @echo $@ from $^
