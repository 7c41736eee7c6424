#? setup: mkdir tmp
# "-f -" with an include that must be made first: GNU make keeps the
# makefile it read from standard input in a temporary file, so that
# after remaking the include it starts again and reads the same text.
# dmake started again with standard input used up: "No targets
# specified and no makefile found".  "-f -" twice is an error.
all:
	@printf 'include inc.mk\nx: ; @echo x $$(X) $$(MAKE_RESTARTS)\ninc.mk: ; @echo X=1 > $$@\n' | TMPDIR=$$PWD/tmp $(MAKE) -s -f - x
	@rm -rf tmp inc.mk
	@printf 'x: ; @echo x\n' | $(MAKE) -s -f - -f - x; echo "status $$?"
