#? setup: touch f.y
#? args: -r -k
# .PRECIOUS without prerequisites makes nothing precious in GNU make
# 4.3: the intermediate f.c is removed and .DELETE_ON_ERROR deletes the
# target whose recipe failed.  dmake kept both.
.DELETE_ON_ERROR:
all: f.o bad
%.o: %.c ; @echo $@ from $^
%.c: %.y ; @echo $@ from $^; touch $@
bad: ; echo half > $@; exit 1
.PRECIOUS:
