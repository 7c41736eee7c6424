#? args: -n
#? setup: touch -d '2020-01-01 00:00' all top; touch -d '2021-01-01 00:00' a b; touch -d '2019-01-01 00:00' c
# Under -n (and -t, -q) each '::' rule is judged by the file's own time,
# as GNU make judges it: the first rule "remaking" all does not make all
# newer than b for the second rule (dmake printed only "echo 1").  The
# third rule's c is older: not run.  top, after all of them, is remade.
top: all
	@echo top
all:: a
	@echo 1
all:: b
	@echo 2
all:: c
	@echo 3
