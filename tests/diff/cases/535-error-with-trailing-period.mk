# The message of $(error) keeps its own punctuation before '.  Stop.'.
$(error Something went wrong.)
all: ;
