# ':=' keeps '$$' as one '$' that is not expanded again.
X := $$HOME-literal
Y := $$$$
$(info [$(X)] [$(Y)])
all:
	@echo '$(X)'
