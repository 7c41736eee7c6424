# A static pattern rule's prerequisites under .SECONDEXPANSION: GNU make
# turns every '%' of the text into "$*" before expanding it, the second
# '%' of a word and one inside a function call too, order-only ones
# included: obj/a.o gets src/a.c, X.q, a.a.r and o/a, and "% %%" in an
# $(info) prints "a aa".  dmake put the stem for the first '%' of each
# blank-separated word only: "No rule to make target 'src/%.c'".
.SECONDEXPANSION:
OBJS = obj/a.o obj/b.o
all: $(OBJS)
$(OBJS): obj/%.o: $$(patsubst obj/%.o,src/%.c,$$@) $$(subst %,X,%.q) \
    %.%.r $$(info $$@: % %%) | o/%
	@echo $@ [$^] [$|]
src/a.c src/b.c X.q a.a.r b.b.r o/a o/b: ; @:
