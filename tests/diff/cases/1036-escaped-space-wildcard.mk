# $(wildcard) reads its names as GNU make reads file names: 'a\ b.c'
# matches 'a b.c', 'd\ d/*' the files in 'd d', '*\ *' names with a
# blank, a trailing 'a\ ' the file 'a '; 'a\\ b.c' is 'a\' and 'b.c'.
# Other functions split at every blank: $(dir a\ b/c) is './ b/'.
# dmake split the names: nothing matched.
#? setup: touch 'a b.c' 'a ' b.c; mkdir 'd d'; touch 'd d/f'
all:
	@echo '[$(wildcard a\ b.c)] [$(wildcard d\ d/*)] [$(wildcard a\ )]'
	@echo '[$(wildcard *\ *)] [$(wildcard a\\ b.c)] [$(wildcard a\	b.c)]'
	@echo '[$(dir a\ b/c)] [$(notdir a\ b/c)] [$(firstword a\ b)]'
