#? setup: touch foo.lib
# .LIBPATTERNS says what -lNAME may be called; a word without '%' is
# skipped; a library found nowhere has no rule.
.LIBPATTERNS = bad %.lib
all: -lfoo
	@echo $^ $(origin .LIBPATTERNS)
	@$(MAKE) --no-print-directory -f Makefile missing
missing: -lnosuchlibrary
