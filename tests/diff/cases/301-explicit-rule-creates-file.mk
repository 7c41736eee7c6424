# An explicit rule creates its target; the file is left behind.
out.txt: in.txt
	cp in.txt $@
in.txt:
	echo data > $@
