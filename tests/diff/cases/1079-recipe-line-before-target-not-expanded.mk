# A line that starts with a tab where no rule is open, and is neither an
# assignment nor a directive, is "recipe commences before first target"
# for GNU make before anything in it expands: the $(info) here prints
# nothing.  dmake expanded the line first, printed "expanding", and then
# (the line being empty) read on to "No targets".
x = 1
	$(info expanding)
