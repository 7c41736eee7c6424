# SHELL is also used by $(shell).
SHELL = /bin/bash
X := $(shell echo $${BASH_VERSION:+bash})
$(info [$(X)])
all: ;
