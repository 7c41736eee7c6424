#? args: A+=w A+=v B?=z D::=d A+=u
#? env: B=from-env
# How GNU make passes the command line's variables on (MAKEFLAGS,
# MAKEOVERRIDES): each variable once, in the reverse order of first
# appearance, as NAME=VALUE with the value it has (NAME:=VALUE when
# simple), so "A+=w" is "A=w" and a sub-make does not append again.  dmake passed the words as given: its
# sub-make said "w v u w v u".
all:
	@echo "top [$(A)] [$(B)] [$(D)] [$(MAKEOVERRIDES)]"
	@$(MAKE) -s -f Makefile sub
sub:
	@echo "sub [$(A)] [$(B)] [$(D)] [$(MAKEFLAGS)] [$(origin B)]"
