# $(words), $(firstword), $(lastword), also on empty text.
$(info [$(words a b  c)] [$(words )] [$(firstword x y z)] [$(firstword )] [$(lastword x y z)] [$(lastword )])
all: ;
