#? args: -r
#? setup: touch -d '2020-01-01 00:00' lib.a; touch -d '2021-01-01 00:00' b.c c.h; touch -d '2019-01-01 00:00' a.c; touch -d '2020-06-01 00:00' lib.a; mkdir o
# $@ $< $^ $+ $? $* $| $% for an explicit rule with an existing target.
lib.a: a.c b.c c.h | o
	@echo '@=[$@] <=[$<] ^=[$^] +=[$+] ?=[$?] *=[$*] |=[$|] %=[$%]'
