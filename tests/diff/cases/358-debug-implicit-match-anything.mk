#? args: -r --debug=i
#? setup: touch foo.in bar.c
# --debug=i with match-anything rules, one terminal: not used when a
# specific rule matches, nor as intermediates (only the terminal one).
all: foo bar.o
%: %.in
	@cp $< $@
%:: %.v
	@cp $< $@
%.o: %.c
	@cp $< $@
