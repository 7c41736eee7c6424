# A file written with $(CURDIR) in it (the runner normalises the sandbox
# path in files left behind too).
$(file >where.txt,$(CURDIR))
all:
	@echo $(CURDIR)/x > also.txt
