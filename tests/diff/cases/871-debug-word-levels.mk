#? args: --debug=verbose --debug=none --debug=basic
# Levels are words (only the first letter counts), given several times;
# 'none' clears what came before it.
all: sub
sub: ; @echo sub
