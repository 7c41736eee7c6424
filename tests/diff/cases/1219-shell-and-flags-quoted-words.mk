# SHELL and .SHELLFLAGS are split into the command's words as GNU make
# splits "$(SHELL) $(.SHELLFLAGS)": quotes keep blanks and ';' in one
# word and go ('ho;ho' is the word ho;ho), a backslash keeps the next
# character; a '"' of SHELL is an ordinary character.  dmake split them
# at blanks only and kept the quotes.
all: slow q r
slow: SHELL := echo hi
slow: .SHELLFLAGS := 'ho;ho'
slow:; @foo bar
q: SHELL := echo "a  b" c\ d
q:; @x
r: SHELL := echo 'a  b' c\\d
r: .SHELLFLAGS := "x  y" 'z'
r:; @x
