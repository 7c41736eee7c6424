#? args: -r
# In a static pattern rule the stem is what '%' matched: with a directory
# in the pattern it is not part of $*; without, it is.
OBJ = out/a.o out/sub/b.o
all: $(OBJ) lib/c.x
$(OBJ): out/%.o: src/%.c
	@echo $@ stem=$* from=$< D=$(*D) F=$(*F)
lib/c.x: %.x: %.y
	@echo $@ stem=$* from=$<
src/%.c lib/%.y: ; @:
