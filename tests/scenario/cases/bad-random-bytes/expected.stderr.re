^Makefile:[0-9]+: \*\*\* .*  Stop\.$
