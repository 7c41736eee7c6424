# Branch arguments keep their blanks.
$(info [$(if x, a , b )] [$(if , a , b )])
all: ;
