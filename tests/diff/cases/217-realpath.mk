#? setup: mkdir -p d/e; ln -s d/e link; touch d/e/f
# $(realpath) resolves symlinks and '..'; nothing for missing files.
$(info [$(realpath link/f)])
$(info [$(realpath d/e/../e/f)])
$(info [$(realpath missing)])
$(info [$(realpath .)])
all: ;
