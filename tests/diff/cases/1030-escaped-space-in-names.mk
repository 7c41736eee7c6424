# A backslash before a blank keeps it in the file name, in targets,
# prerequisites and order-only prerequisites: 'a\ b.c' names 'a b.c'.
# GNU make shows the names unescaped ($@ 'a b', $^ 'a b.c x y', so a
# function sees two words there), halves a run of backslashes before a
# blank ('p\\ q' names 'p\' and 'q', 'r\\\ s' names 'r\ s'), and keeps
# other backslashes; functions split at every blank ($(words a\ b) is
# 2).  dmake split the names at the blank: No rule to make target 'a\'.
#? setup: touch 'a b.c'
#? args: -r
all: a\ b.c x\ y p\\ q r\\\ s | o\ o
	@echo '[$@] [$<] [$^] [$?] [$|] $(words $^) $(words a\ b)'
	@echo '[$(sort z\ y a\ b)]'
x\ y o\ o: ; @touch '$@'; echo 'made [$@]'
%: ; @echo 'any [$@]'
