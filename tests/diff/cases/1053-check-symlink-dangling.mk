# Under -L a dangling symbolic link has the link's own time: GNU make
# finds "link" (pointing nowhere) there and up to date, so it says only
# "ok"; without -L it makes it.  dmake took the link as missing either
# way ("making link").
#? setup: ln -s nothere link; ln -s link link2
#? args: -L
all: link link2
	@echo ok
link link2: ; @echo making $@
