#? setup: touch src other; sleep 0.01; touch out
# GNU make strips a leading "./", and the slashes after it, from the
# command line's goals and the names given to -o and -W, as from the
# names a makefile gives: .//out is out, -W ./src is src.  dmake kept
# ".//" in goals ("No rule to make target '/out'") and "./" in -o and
# -W names, which then named other files.
all:
	@$(MAKE) -s -f Makefile .//out -W ./src
	@$(MAKE) -s -f Makefile ././/out -W .//other -o ./src
	@touch src; $(MAKE) -f Makefile --no-print-directory ./out -o ./src
out: src other
	@echo remade out
