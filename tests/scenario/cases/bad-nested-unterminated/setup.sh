# shellcheck shell=bash disable=SC2016,SC2059
# 100000 nested "$(" that are never closed.
{
	printf 'X := '
	awk 'BEGIN { for (i = 0; i < 100000; i++) printf "$("; printf "\n" }'
	printf 'all:; @echo ok$(X)\n'
} > Makefile
