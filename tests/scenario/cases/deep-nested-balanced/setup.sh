# shellcheck shell=bash disable=SC2016,SC2059
# $($($(...$(x)...))) nested 100000 deep: each level names the variable
# whose value the inner one expands to; all are empty.
{
	printf 'X := '
	awk 'BEGIN { n = 100000
		for (i = 0; i < n; i++) printf "$("
		printf "x"
		for (i = 0; i < n; i++) printf ")"
		printf "\n" }'
	printf 'all:; @echo ok$(X)\n'
} > Makefile
