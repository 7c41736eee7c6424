#? setup: touch a.c
#? args: -r --debug=v
# A phony file under '.SECONDARY:' is made as any phony one, but it
# keeps the intermediate mark: when a.o must be made and makes its
# intermediate prerequisites, GNU make looks at stamp again ("Considering
# target file 'stamp'." then "File 'stamp' was considered already.").
# dmake skipped it there.
all: a.o
a.o: a.c | stamp ; @echo a.o
stamp: ; @echo stamp
.PHONY: stamp
.SECONDARY:
