# '\ ' in pattern rules and static pattern rules: '%.o: %\ x.c' makes
# 'a b.o' from 'a b x.c' (stem 'a b'); '%\ b.o: %.c' is a pattern with
# a blank.  In a static pattern rule GNU make 4.3 puts each word of a
# stem with a blank in turn ('% x.c' with the stem 'a b' names 'a x.c
# b x.c', one file).  dmake split the patterns and names at the blank
# (No rule to make target 'a b.o', or 'a').  A target 'e\ :' is 'e '.
#? setup: touch c.c
#? args: -r 'a b.o' 'c b.o' 's t.q' 'e '
%.o: %\ x.c
	@echo '[$@] [$<] [$*]'
%\ x.c: ; @echo 'mk [$@]'
%\ b.o: %.c
	@echo 'pat [$@] [$<] [$*]'
s\ t.q: %.q: %\ y.r | %\ z
	@echo '[$@] [$<] [$^] [$|] [$*]'
%.r %\ z: ; @echo 'mk [$@]'
e\ : ; @echo 'e [$@]'
