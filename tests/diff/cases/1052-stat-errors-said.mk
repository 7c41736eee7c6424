# A file whose stat() fails for a reason other than "not there" is
# treated as missing, and GNU make says why, each time it looks:
# "make: stat: loop: Too many levels of symbolic links" before and
# after the recipe, likewise "File name too long".  ENOTDIR (dir is a
# file) is said nothing of.  dmake said nothing.
#? setup: ln -s loop loop; touch dir
L := xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
all: loop dir/f $L
	@echo ok
loop dir/f: ; @echo making $@
$L: ; @echo long
