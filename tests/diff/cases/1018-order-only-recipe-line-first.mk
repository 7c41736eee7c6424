# The rule line with the recipe puts its order-only prerequisites first,
# as it does its normal ones: GNU make prints "[b a c] [o2 o1 o3]";
# dmake printed "[b a c] [o1 o2 o3]".
all: a | o1
all: b | o2
	@echo [$^] [$|]
all: c | o3
a b c o1 o2 o3: ; @:
