# 'doc doc' under -j4: the first rule's job runs, then the second rule
# needs y.h, which no rule makes: "Stop.", and GNU make exits there.
# dmake went on to report the goals and said "'doc' is up to date." for
# the second 'doc' after the Stop.
#? args: -j4 doc doc
#? setup: touch x.h
doc:: x.h
	@echo $@ from $?
	@touch $@
doc:: y.h
	echo two
	@touch $@
