#? args: -r
#? setup: mkdir -p src out; touch src/main.c src/util.h
# The D and F forms of the automatic variables.  GNU make 4.3 defines no
# $(|D) and $(|F): they are empty.
out/main.o: src/main.c src/util.h src/main.c | src
	@echo '@D=$(@D) @F=$(@F)'
	@echo '<D=$(<D) <F=$(<F)'
	@echo '^D=$(^D) ^F=$(^F)'
	@echo '+D=$(+D) +F=$(+F)'
	@echo '?D=$(?D) ?F=$(?F)'
	@echo '|D=$(|D) |F=$(|F)'
	@echo '*D=$(*D) *F=$(*F) %D=[$(%D)] %F=[$(%F)]'
