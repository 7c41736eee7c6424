# '\:' in a target name is a literal colon.
all: a\:b
	@echo all needs $^
a\:b:
	@echo making '$@'
