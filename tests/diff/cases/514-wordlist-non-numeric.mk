# A non-numeric argument to wordlist.
$(info $(wordlist 1,z,a b))
all: ;
