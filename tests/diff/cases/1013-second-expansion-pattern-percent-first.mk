#? args: -r
# A pattern rule's prerequisites under .SECONDEXPANSION: GNU make puts
# the stem ($*) for the first '%' of each word before it expands the
# word, a word being "$(...)" whole: the manual's "%: $$(%_OBJS)" links
# prog from a.o b.o, "$$(SRC_%)" is sa for a.o, and in
# "$$(info [$$(subst %,X,%) %])" only the first '%' is the stem, so it
# prints "[% %]".  dmake expanded first, so $(%_OBJS) was empty.
.SECONDEXPANSION:
all: prog
prog_OBJS = a.o b.o
SRC_a = sa
%: $$(%_OBJS)
	@echo link $@ [$^]
%.o: $$(SRC_%) %.h $$(info [$$(subst %,X,%) %]) | $$(addsuffix /%.d,x y)
	@echo cc $@ [$^] [$|]
sa a.h b.h x/a.d y/a.d x/b.d y/b.d: ; @:
