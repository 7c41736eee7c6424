#? setup: mkdir sub; printf 'all:\n\t$(MAKE) inner\ninner:\n\t@echo inner ok\n' > sub/Makefile
# Started as ./m (a name with a slash, not absolute), GNU make makes its
# name absolute from the directory it started in, before -C, so that
# $(MAKE) in sub runs @SANDBOX@/./m.  dmake kept ./m, which sub has not
# got: "./m: not found", Error 127.
all:
	@ln -s '$(MAKE)' m
	-@./m -C sub --no-print-directory; rm m
