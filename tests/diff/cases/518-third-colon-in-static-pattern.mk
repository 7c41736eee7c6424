# A third colon in a static pattern rule is not "multiple target patterns"
# in 4.3: it ends up in the prerequisite pattern ("a.c:").
a.o: %.o: %.c: x
	@echo x
