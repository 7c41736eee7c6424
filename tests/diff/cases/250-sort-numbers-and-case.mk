# sort compares bytes: upper case before lower, digits as text.
$(info [$(sort b B a A 2 10 1 _ -)])
all: ;
