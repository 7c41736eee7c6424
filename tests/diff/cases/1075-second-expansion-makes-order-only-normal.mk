#? setup: touch x.c
# When a second expansion sets $^ for a target whose name is both
# order-only and normal, GNU make turns the order-only entry into a
# normal one for good (set_file_variables() "upgrades" it): from then
# on it is in $+ too, and can be $<.  dmake left $+ and $< as written.
.SECONDEXPANSION:
all: t1 t2 t3 x.o
t1: | c
t1: a c
t1: $$(X)
	@echo "$@ ^=[$^] |=[$|] +=[$+] <=[$<]"
t2: | c
t2: c
t2: | c
t2: $$(X)
	@echo "$@ ^=[$^] |=[$|] +=[$+] <=[$<]"
t3: | c
	@echo "$@ ^=[$^] |=[$|] +=[$+] <=[$<]"
t3: a c
t3: $$(X)
%.o: $$*.c $$(SHOW) | d
	@echo "$@ ^=[$^] |=[$|] +=[$+] <=[$<]"
x.o: h1 | o1
x.o: h2 o1
X = x
SHOW = $(info $@ while expanding: ^=[$^] |=[$|] +=[$+] <=[$<])
a c d x h1 h2 o1:
	@echo $@
