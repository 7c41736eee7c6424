#!/bin/bash
# tests/scenario/options-doc.sh - dmake --help and dmake(1) agree on the
# options, both ways:
#
#   1. every option `dmake --help` lists (-x or --name, aliases included)
#      is named in doc/dmake.1 with the mdoc macro Fl (`.Fl x`,
#      `.Fl \-name`);
#   2. every option doc/dmake.1 names with Fl is one the binary accepts,
#      and, for those an `.It` entry of OPTIONS defines, with the argument
#      the entry shows:
#        none        (`.It Fl B`): OPT --version prints the version, and
#                    --OPT=1 / -OPT1 is refused ("doesn't allow an
#                    argument" / "invalid option -- '1'");
#        required    (`Ar x`, `Ns = Ns Ar x`): --OPT=1 / -OPT1 --version
#                    prints the version, and --version OPT (nothing after)
#                    is refused ("requires an argument");
#        optional    (`Oo Ar x Oc`, `Ns Op = Ns Ar x`, `Ns Op =json`):
#                    OPT --version and --OPT=V / -OPTV --version both print
#                    the version (V is 1, or the literal shown: json);
#      an option only named in the text must not be refused as
#      "unrecognized option" or "invalid option".
#
# Nothing runs: --version (or --help) ends dmake once the command line
# is read, and a refused option ends it before; the runs are in an empty
# sandbox directory with a clean environment (no MAKEFLAGS).  The man
# page is found from this script's place (../../doc/dmake.1).  TAP: one
# test per option and direction, so a failure names the option and the
# side it is missing from.
set -u
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"
top=$(cd "$here/../.." && pwd)
man=$top/doc/dmake.1
require_dmake
# dmake's own options and documentation: not for DMAKE=/usr/bin/make.
require_real_dmake
[ -r "$man" ] || tap_skip_all "$man not found"

# Optional arguments that are checked: 1 would be refused, so the check
# gives this value instead.
declare -A sample=(
	[--debug]=b
)
# Flags dmake(1) marks up with Fl that are another program's.
declare -A foreign=(
	[-F]="ssh(1)'s -F, in CAVEATS (ProxyJump)"
)

sandbox_new
sb=$SANDBOX
mapfile -t envw < <(clean_env "$sb")

# run ARG...: dmake ARG... in the sandbox; sets st, out (stdout's first
# line) and err (all of stderr's).
run() {
	(cd "$sb" && "${envw[@]}" "$DMAKE" "$@") > "$sb/out" 2> "$sb/err" \
	    < /dev/null
	st=$?
	out=$(head -n 1 "$sb/out")
	err=$(cat "$sb/err")
}
printed_version() {	# the last run ended well, having printed the version
	[ "$st" -eq 0 ] && [ -z "$err" ] &&
	    [[ $out == "dmake "* || $out == "Usage: dmake "* ]]
}
refused() {	# MESSAGE: the last run was a usage error saying MESSAGE
	[ "$st" -eq 2 ] && [[ $err == *"$1"* ]]
}

# --- dmake --help ------------------------------------------------------------
# Option lines read "  -C DIR, --directory=DIR   Text", "  -j [N], --jobs[=N]".
help_names=()
re_name='^(-[A-Za-z0-9]|--[A-Za-z0-9][A-Za-z0-9-]*)'
re_arg='^(\[=[^]]*\]|\[[^]]*\]| \[[^]]*\]|=[^] ,[]+| [A-Z][A-Z0-9_]*)(,|$| )'
run --help
help_st=$st
while IFS= read -r line; do
	[[ $line == '  -'* ]] || continue
	rest=${line#"${line%%[! ]*}"}
	while [[ $rest =~ $re_name ]]; do
		help_names+=("${BASH_REMATCH[1]}")
		rest=${rest:${#BASH_REMATCH[1]}}
		[[ $rest =~ $re_arg ]] && rest=${rest:${#BASH_REMATCH[1]}}
		[[ $rest == ', '* ]] || break
		rest=${rest:2}
	done
done < "$sb/out"

# --- doc/dmake.1 -------------------------------------------------------------
# man_names: every Fl name, in order of first appearance; man_spec[NAME]:
# the argument its `.It` entry in OPTIONS shows (none, req, opt:VALUE, or
# ?:TEXT when unreadable).
man_names=()
declare -A man_seen=() man_spec=()
macro='^[A-Z][a-z][a-z]?$'
punct='^[][(),.;:?!|]$'
sect=
while IFS= read -r line; do
	case $line in
	'.Sh '*) sect=${line#.Sh }; continue ;;
	.*) ;;
	*) continue ;;
	esac
	line=${line//\\&/}
	line=${line//\\-/-}
	read -ra tok <<< "${line#.}"
	n=${#tok[@]}
	for ((i = 0; i < n; i++)); do
		[ "${tok[i]}" = Fl ] || continue
		# Fl's words up to a macro or punctuation are flags; the
		# words after the last one, up to "," or Fl, its argument.
		last=
		for ((j = i + 1; j < n; j++)); do
			[[ ${tok[j]} =~ $macro || ${tok[j]} =~ $punct ]] && break
			last=-${tok[j]}
			if [ -z "${man_seen[$last]-}" ]; then
				man_seen[$last]=1
				man_names+=("$last")
			fi
		done
		spec=
		for ((; j < n; j++)); do
			[ "${tok[j]}" = , ] || [ "${tok[j]}" = Fl ] && break
			spec+=" ${tok[j]}"
		done
		spec=${spec# }
		i=$((j - 1))
		if [ "${tok[0]}" != It ] || [ "$sect" != OPTIONS ] ||
		    [ -z "$last" ] || [ -n "${man_spec[$last]-}" ]; then
			continue
		fi
		case $spec in
		'') man_spec[$last]=none ;;
		'Ar '* | 'Ns = Ns Ar '*) man_spec[$last]=req ;;
		'Oo Ar '*' Oc' | 'Ns Oo Ar '*' Oc' | 'Ns Op = Ns Ar '*)
			man_spec[$last]=opt:1 ;;
		'Ns Op ='?*) man_spec[$last]=opt:${spec#Ns Op =} ;;
		*) man_spec[$last]="?:$spec" ;;
		esac
	done
done < "$man"

in_help() {	# OPTION: dmake --help lists it
	local h
	for h in ${help_names[@]+"${help_names[@]}"}; do
		[ "$h" = "$1" ] && return 0
	done
	return 1
}

# --- The checks ----------------------------------------------------------------
[ "$help_st" -eq 0 ] && [ "${#help_names[@]}" -ge 40 ]
tap_result $? "dmake --help lists the options (${#help_names[@]} read)"
[ "${#man_names[@]}" -ge 40 ] && [ "${#man_spec[@]}" -ge 40 ]
tap_result $? "doc/dmake.1 names the options with Fl (${#man_names[@]} read, ${#man_spec[@]} in .It entries of OPTIONS)"

# 1. --help -> dmake(1)
for o in ${help_names[@]+"${help_names[@]}"}; do
	if [ -n "${man_seen[$o]-}" ]; then
		tap_ok "--help's $o is in dmake(1)"
	else
		tap_not_ok "--help's $o is in dmake(1)"
		m=${o#-}
		[[ $m == -* ]] && m=\\$m
		tap_diag "$o is listed by dmake --help, but doc/dmake.1 has no .Fl $m"
	fi
done

# 2. dmake(1) -> the binary
for o in ${man_names[@]+"${man_names[@]}"}; do
	if [ -n "${foreign[$o]-}" ]; then
		tap_skip "dmake(1)'s $o is accepted by dmake" "${foreign[$o]}"
		continue
	fi
	spec=${man_spec[$o]-text}
	name="dmake(1)'s $o is accepted by dmake"
	why=
	# GNU getopt takes an unambiguous prefix of a long option: --ssh
	# would pass for --ssh-config.  The full names are --help's.
	full=
	if [[ $o == --* ]] && ! in_help "$o"; then
		for h in ${help_names[@]+"${help_names[@]}"}; do
			[[ $h == "$o"* ]] && full+=" $h"
		done
	fi
	if [ -n "$full" ]; then
		spec=abbrev
		why="not an option of its own, only an abbreviation of${full}"
		err=
	fi
	case $spec in
	abbrev) ;;
	none)
		name+=" (no argument)"
		run "$o" --version
		if ! printed_version; then
			why="'$o --version' did not print the version"
		elif [[ $o == --* ]]; then
			run "$o=1" --version
			refused "doesn't allow an argument" ||
			    why="'$o=1' was not refused: dmake(1) shows no argument"
		else
			run "${o}1" --version
			refused "invalid option -- '1'" ||
			    why="'${o}1' was not refused: dmake(1) shows no argument"
		fi
		;;
	req)
		name+=" (argument required)"
		if [[ $o == --* ]]; then a=$o=1; else a=${o}1; fi
		run "$a" --version
		if ! printed_version; then
			why="'$a --version' did not print the version"
		else
			run --version "$o"
			refused "requires an argument" ||
			    why="'--version $o' was not refused: dmake(1) shows a required argument"
		fi
		;;
	opt:*)
		v=${spec#opt:}
		[ "$v" = 1 ] && [ -n "${sample[$o]-}" ] && v=${sample[$o]}
		name+=" (argument optional)"
		if [[ $o == --* ]]; then a=$o=$v; else a=$o$v; fi
		run "$o" --version
		if ! printed_version; then
			why="'$o --version' did not print the version: dmake(1) shows an optional argument"
		else
			run "$a" --version
			printed_version ||
			    why="'$a --version' did not print the version"
		fi
		;;
	text)
		name+=" (named in the text)"
		run "$o" --version
		if refused "unrecognized option" || refused "invalid option"; then
			why="'$o' is refused"
		fi
		;;
	*)
		why="cannot read the argument its .It entry shows: '${spec#\?:}'"
		;;
	esac
	if [ -z "$why" ]; then
		tap_ok "$name"
	else
		tap_not_ok "$name"
		tap_diag "$o, documented in doc/dmake.1: $why"
		[ -n "$err" ] && tap_diag "dmake said: $(head -n 1 <<< "$err")"
	fi
done
tap_done
