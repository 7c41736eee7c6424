#? args: -r
#? setup: touch a.src b.src
# A pattern rule: % matches the stem; $* is the stem.
all: a.out b.out
%.out: %.src
	@echo $< to $@ stem $*
	@cp $< $@
