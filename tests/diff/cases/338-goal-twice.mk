#? args: a a
# A goal given twice is made once; the second mention says nothing to do.
a:
	@echo making a
