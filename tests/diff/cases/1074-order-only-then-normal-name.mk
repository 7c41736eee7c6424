# A name that is order-only on one rule line and normal on another is
# made where it first stands, and is in $^ there (GNU make's
# set_file_variables() keeps a name's first entry, made normal if the
# name is normal anywhere); $+ lists the normal entries only.  dmake
# put it in $^ after the normal names written before it ("all: b | c"
# then "all: a c" gave "b a c", GNU make "b c a").
all: t1 t2 t3 t4
t1: b | c
t1: a c
	@echo "$@ ^=[$^] |=[$|] +=[$+] <=[$<]"
t2: b | c
	@echo "$@ ^=[$^] |=[$|] +=[$+] <=[$<]"
t2: a c
t3: | c
	@echo "$@ ^=[$^] |=[$|] +=[$+] <=[$<]"
t3: a c
t4: | c
t4: c
t4: | c d
	@echo "$@ ^=[$^] |=[$|] +=[$+] <=[$<]"
a b c d:
	@echo $@
