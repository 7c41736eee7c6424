# $(word n,text): the n-th word, or nothing beyond the end.
$(info [$(word 2, foo bar baz)] [$(word 4,foo bar baz)] [$(word 1,)] [$(word 02,a b)])
all: ;
