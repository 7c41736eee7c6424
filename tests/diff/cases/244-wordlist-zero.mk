# wordlist with start 1 and end 0 is empty.
$(info [$(wordlist 1,0,a b)])
all: ;
