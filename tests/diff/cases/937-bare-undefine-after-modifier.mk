# "export undefine" with nothing after it: GNU make takes undefine as the
# directive (not as a variable named undefine to export) and stops with
# "empty variable name"; "undefine = 5" before it is an assignment.
undefine = 5
$(info [$(undefine)])
export undefine
all: ; @echo never
