# The second expansion's names are read as written ones: '\ ' keeps the
# blank.  dmake split them: No rule to make target 'c\'.
.SECONDEXPANSION:
Y = c\ d
all: $$(Y) a\ b $$(addsuffix \ x,e f)
	@echo '[$^]'
a\ b c\ d e\ x f\ x: ; @echo 'made [$@]'
