# $(sort) sorts lexically and removes duplicates.
$(info [$(sort foo bar lose foo Bar 10 9 bar)])
$(info [$(sort )] [$(sort   z   a  )])
all: ;
