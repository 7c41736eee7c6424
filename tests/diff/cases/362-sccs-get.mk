#? args: GET=./get.sh
#? setup: mkdir SCCS; printf 'one\n' > SCCS/s.one.h; printf 'two\n' > s.two.h
#? setup: printf 'b=${1##*/}; cp "$1" "${b#s.}"\n' > get.sh; chmod +x get.sh
# The SCCS rules: '%:: s.%' and '%:: SCCS/s.%' run
# $(GET) $(GFLAGS) $(SCCS_OUTPUT_OPTION) $<.
all: one.h two.h
	@cat $^
