#? setup: touch clean
# ".SUFFIXES" with no prerequisites empties the suffix list also when other
# targets share the line ($* of foo.c is empty), and .PHONY beside another
# target marks its prerequisites phony (clean runs although it exists).
.SUFFIXES .PHONY:
.PHONY all: clean
all: foo.c
foo.c:
	@echo $@ stem=[$*]
clean:
	@echo cleaning
