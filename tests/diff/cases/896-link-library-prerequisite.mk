#? setup: mkdir lib; touch lib/libfoo.a
# A prerequisite -lNAME is found as libNAME.so or libNAME.a, here,
# through vpath, then in the system's library directories; $^ names the
# file found.
vpath %.a lib
all: -lfoo -lc
	@echo $^
