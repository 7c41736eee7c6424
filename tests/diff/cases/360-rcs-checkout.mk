#? args: CO=cp
#? setup: printf 'int x;\n' > 'hello.c,v'; mkdir RCS; printf '#define Y\n' > RCS/y.h,v
# GNU make's built-in terminal rules check a file out of RCS when it is
# missing: '%:: %,v' and '%:: RCS/%,v' run $(CHECKOUT,v) (here CO=cp).
all: hello.c y.h
	@cat $^
