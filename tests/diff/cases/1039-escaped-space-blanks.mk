# .DEFAULT_GOAL = a\ b names 'a b' ('a\\ b' would be two).  GNU make
# reads a rule's targets a word at a time and joins them with one
# space, so a backslash before a tab or several blanks escapes one
# space there ('t\<TAB>u:' and 'v\  w:' name 't u' and 'v w'), while in
# prerequisites 'x\<TAB>y' names 'x<TAB>y'.  Blanks at the end of the
# prerequisites go before the names are read: a final 'z\ ' names 'z\'.
# dmake split at the blanks.
.DEFAULT_GOAL = a\ b
a\ b: t\ u v\ w x\	y z\ 
	@echo '[$^]'
t\	u v\  w: ; @echo 'made [$@]'
%: ; @echo 'any [$@]'
