#? args: 'V=$(X)' 'W:=$(X)'
# Command-line 'V=...' is recursive, 'V:=...' simple.
X = late
$(info [$(V)] $(flavor V) [$(W)] $(flavor W))
all: ;
