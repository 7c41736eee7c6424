#? args: V=cmd W=cmd
# 'override' beats the command line; a plain assignment does not.
override V = file
W = file
override X = x
X = ignored-after-override
all:
	@echo V=$(V) W=$(W) X=$(X)
