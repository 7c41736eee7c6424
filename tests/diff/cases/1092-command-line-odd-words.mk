# Command-line words as GNU make reads them: a lone "-" is nothing (also
# after "--"); " V=lead" (blanks first) is an assignment of V; and
# MAKEFILES given there, not only in the environment, names makefiles
# read first (expanded: $(M) is a.mk).  dmake took "-" and " V=lead"
# for goals and read MAKEFILES from the environment only.
#? setup: printf 'X = 1\n' > a.mk
#? args: - ' V=lead' 'MAKEFILES=$(M)' M=a.mk -- -
all: ; @echo all [$(V)] [$(MAKEFILE_LIST)] [$(X)] [$(MAKECMDGOALS)]
