#? args: -r
# Targets are remade depth-first, left to right.
all: x y
x: x1 x2
	@echo x
y: y1
	@echo y
x1 x2 y1:
	@echo $@
