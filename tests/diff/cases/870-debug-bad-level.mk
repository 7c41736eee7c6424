#? args: --debug=b,x
# An unknown debug level is an error before anything is read.
$(info read)
all: ; @echo all
