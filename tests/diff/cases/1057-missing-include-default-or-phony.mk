# A missing include that .DEFAULT's recipe "makes", and one that is
# .PHONY, get no "No such file or directory": GNU make prints
# "default a.mk" and "ok".  dmake warned of both.
include a.mk b.mk
.DEFAULT: ; @echo default $@
.PHONY: b.mk
all: ; @echo ok
