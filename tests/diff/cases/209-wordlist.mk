# $(wordlist s,e,text): words s..e inclusive.
$(info [$(wordlist 2,3,a b c d)] [$(wordlist 3,10,a b c d)] [$(wordlist 3,2,a b c)] [$(wordlist 5,6,a b)])
all: ;
