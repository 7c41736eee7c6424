#? args: -I sub -I no-such-dir -I sub/ -I sub//
#? setup: mkdir sub
# .INCLUDE_DIRS: the -I directories that are directories, in order, as
# given (three times sub: the trailing slashes dropped), then GNU make's
# own that exist on this machine (/usr/local/include, /usr/include,
# /usr/include again as its INCLUDEDIR).  Recursive, origin default.
all: ; @echo '$(.INCLUDE_DIRS)' $(flavor .INCLUDE_DIRS) $(origin .INCLUDE_DIRS)
