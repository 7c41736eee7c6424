#? args: -r -k --debug=b all
#? setup: touch x.c
# The same under -k: "Failed to remake target file" for each, then
# "Target 'all' not remade because of errors."
all: x.o y.o
	@echo never
%.o: %.c
	@cp $< $@
x.o:
	@exit 3
