# $(abspath) makes paths absolute without resolving links; files need not exist.
$(info [$(abspath a/./b/../c)])
$(info [$(abspath /x//y/.././z/)])
$(info [$(abspath /)] [$(abspath /..)] [$(abspath .)])
all: ;
