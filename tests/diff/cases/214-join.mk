# $(join) pairs words; extra words are kept.
$(info [$(join a b,.c .o)] [$(join a b c,.x)] [$(join a,.x .y .z)] [$(join ,)])
all: ;
