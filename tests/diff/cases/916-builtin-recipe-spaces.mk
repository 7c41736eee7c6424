#? setup: printf 'echo hi\n' > tool.sh
# GNU make's built-in recipes keep their blanks: ".sh" is
# "cat $< >$@ \n chmod a+x $@", so the first line's echo ends in a blank
# and the second line's leading one is not echoed.
all: tool
	@cat -A tool
