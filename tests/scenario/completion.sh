#!/bin/bash
# tests/scenario/completion.sh - the bash completion,
# share/bash-completion/dmake: sourced into a non-interactive bash (with
# set -u) in a clean environment, its function _dmake is called with
# COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT set as readline sets
# them, and COMPREPLY is compared with what it must hold: options (from
# $DMAKE --help), option arguments (files, directories, json, hosts from
# ssh_config Host lines), targets of a sandbox Deployfile (its `## `
# described and phony ones, through --list=json), -f/-C/VAR=value
# honoured, the `target:` fallback when --list fails or is too slow, and
# no recipe run.  Both forms of "--opt=arg" are tried: one word, and the
# three words "--opt" "=" "arg" that the default COMP_WORDBREAKS makes.
# TAP.  bash-completion's helpers are not needed (plain compgen).
set -u
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"
top=$(cd "$here/../.." && pwd)
comp=$top/share/bash-completion/dmake
require_dmake
require_cmd timeout sort
# dmake's own options and documentation: not for DMAKE=/usr/bin/make.
require_real_dmake
[ -r "$comp" ] || tap_skip_all "$comp not found"
((BASH_VERSINFO[0] > 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] >= 3))) ||
    tap_skip_all "bash $BASH_VERSION: the completion needs 4.3"

sandbox_new
sb=$SANDBOX
home=$sb/home
proj=$sb/proj
mkdir -p "$home/.ssh" "$proj/sub" "$proj/broken" "$proj/slow"
mapfile -t envw < <(clean_env "$home")

# Every recipe would leave a file ran-NAME behind.
cat > "$proj/Deployfile" <<'EOF'
HOSTS = web[1-2]
-include gen.mk
gen.mk:
	touch ran-gen.mk
## Build the site
build:
	touch ran-build
## Ship it to $(HOSTS)
deploy: build
	touch ran-deploy
.PHONY: clean deploy-check
clean:
	touch ran-clean
deploy-check:
	touch ran-deploy-check
out.txt:
	touch ran-out.txt
ifdef EXTRA
## Only with EXTRA set
extra-target:
	touch ran-extra
endif
EOF
cat > "$proj/other.mk" <<'EOF'
## Only in other.mk
other-target:
	touch ran-other-target
.PHONY: other-phony
other-phony: ; touch ran-other-phony
EOF
cat > "$proj/my file.mk" <<'EOF'
.PHONY: spaced
spaced: ; touch ran-spaced
EOF
# No description, no phony target: --list lists nothing.
printf 'sub-a: sub-b\n\ttouch ran-sub-a\nsub-b:\n\ttouch ran-sub-b\n' \
    > "$proj/sub/Makefile"
# Not a makefile dmake can read: --list fails.
printf 'ifeq (a\nbroken-a broken-b: x\n\ttouch ran-broken\n' \
    > "$proj/broken/Deployfile"
# Reading it takes 10 s: the completion gives up after 2.
cat > "$proj/slow/Deployfile" <<'EOF'
X := $(shell sleep 10)
## Slow
slow-a:
	touch ran-slow
EOF
: > "$proj/subfile"
cat > "$proj/ssh.conf" <<'EOF'
# aliases web1 web2 db1 extra1; the rest are patterns
Host web1 web2
    HostName 127.0.0.1
Host *.example.com !web3 db-?
Host = db1
Include extra.conf
EOF
printf 'Host extra1\n' > "$home/.ssh/extra.conf"
printf 'Host homebox\n    Port 2222\n' > "$home/.ssh/config"

# The bash that completes: WORD... is the line, the cursor at the end of
# the last WORD; prints COMPREPLY, one a line.
# shellcheck disable=SC2016 # expanded by the inner bash
driver='set -u
. "$1" || exit 3
shift
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
_dmake "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" ||
    exit 4
printf "%s\n" ${COMPREPLY[@]+"${COMPREPLY[@]}"}'
errs=$sb/stderr
: > "$errs"
complete_in() {	# DIR WORD...: COMPREPLY for the line "$DMAKE WORD...", sorted
	local dir=$1
	shift
	(cd "$dir" && "${envw[@]}" bash --norc --noprofile -c "$driver" \
	    driver "$comp" "$DMAKE" "$@") 2>> "$errs" | LC_ALL=C sort
}
expect() {	# NAME "WANTED WORDS" DIR WORD...: COMPREPLY is exactly those
	local name=$1 want got
	local -a w
	read -ra w <<< "$2"
	want=$(printf '%s\n' ${w[@]+"${w[@]}"} | LC_ALL=C sort)
	shift 2
	got=$(complete_in "$@")
	if [ "$got" = "$want" ]; then
		tap_ok "$name"
	else
		tap_not_ok "$name"
		tap_diag "line: dmake ${*:2}" "wanted: ${want//$'\n'/ }" \
		    "got:    ${got//$'\n'/ }"
	fi
}

# --- Options ---------------------------------------------------------------
# shellcheck disable=SC2016 # expanded by the inner bash
got=$("${envw[@]}" bash --norc --noprofile -c '. "$1" && complete -p dmake' \
    driver "$comp" 2>> "$errs")
[ "$got" = "complete -F _dmake dmake" ]
tap_result $? "sourcing it registers _dmake for dmake"
expect "options: --li gives --limit and --list" "--limit --list" \
    "$proj" --li
expect "options: --ssh-c gives --ssh-config" "--ssh-config" "$proj" --ssh-c
missing=$(comm -23 \
    <("${envw[@]}" "$DMAKE" --help | grep -oE -- '--[a-z][a-z-]*' |
	LC_ALL=C sort -u) \
    <(complete_in "$proj" --))
[ -z "$missing" ]
tap_result $? "options: -- offers every long option of dmake --help"
[ -z "$missing" ] || tap_diag "not offered:" "$missing"
missing=$(comm -23 \
    <("${envw[@]}" "$DMAKE" --help | grep -oE -- '^  -[A-Za-z0-9]' |
	sed 's/^ *//' | LC_ALL=C sort -u) \
    <(complete_in "$proj" -))
[ -z "$missing" ]
tap_result $? "options: - offers every short option of dmake --help"
[ -z "$missing" ] || tap_diag "not offered:" "$missing"

# --- Option arguments ----------------------------------------------------------
expect "--list=: json (one word)" "--list=json" "$proj" --list=
expect "--list=: json (split at =)" "json" "$proj" --list =
expect "-Oli: -Oline" "-Oline" "$proj" -Oli
expect "--ssh-config FILE: files" "ssh.conf" "$proj" --ssh-config ss
expect "--ssh-config=FILE: files (one word)" "--ssh-config=ssh.conf" \
    "$proj" --ssh-config=ss
expect "--ssh-config=FILE: files (split at =)" "ssh.conf" \
    "$proj" --ssh-config = ss
expect "-f FILE: files" "other.mk" "$proj" -f ot
expect "-C DIR: directories only" "sub" "$proj" -C su
expect "--graph=: targets" "--graph=deploy --graph=deploy-check" \
    "$proj" --graph=dep
expect "--limit: the --ssh-config file's Host aliases, its Include too" \
    "web1 web2 db1 extra1" "$proj" --ssh-config ssh.conf --limit ''
expect "--limit=w: the aliases that start so (split at =)" "web1 web2" \
    "$proj" --ssh-config = ssh.conf --limit = w
expect "--limit=w: the aliases that start so (one word)" \
    "--limit=web1 --limit=web2" "$proj" --ssh-config=ssh.conf --limit=w
got=$(complete_in "$proj" --limit '')
printf '%s\n' "$got" | grep -qx homebox &&
    ! printf '%s\n' "$got" | grep -qx web1
tap_result $? "--limit without --ssh-config: ~/.ssh/config's aliases"

# --- Targets ----------------------------------------------------------------
expect "targets: the described and phony ones of ./Deployfile" \
    "build deploy clean deploy-check" "$proj" ''
expect "targets: by prefix" "deploy deploy-check" "$proj" de
expect "targets: VAR=value on the line is passed on" \
    "build deploy clean deploy-check extra-target" "$proj" EXTRA=1 ''
expect "targets: -f other.mk switches the makefile" \
    "other-target other-phony" "$proj" -f other.mk ''
expect "targets: --file=other.mk (split at =)" "other-target other-phony" \
    "$proj" --file = other.mk ''
expect "targets: a quoted -f name" "spaced" "$proj" -f "'my file.mk'" ''
expect "targets: after --" "clean" "$proj" -k -- cl
expect "targets: -C sub, where --list lists none: the target: lines" \
    "sub-a sub-b" "$proj" -C sub ''
expect "targets: --list fails: the target: lines of -C's Deployfile" \
    "broken-a broken-b" "$proj" -Cbroken ''
SECONDS=0
expect "targets: reading takes 10 s: the target: lines" "slow-a" \
    "$proj" -C slow ''
[ "$SECONDS" -lt 6 ]
tap_result $? "targets: ... within the 2 s bound (took ${SECONDS} s)"
expect "VAR=value is left alone (one word)" "" "$proj" HOSTS=we
expect "VAR=value is left alone (split at =)" "" "$proj" HOSTS = we

# --- Safety -----------------------------------------------------------------
ran=$(cd "$sb" && find . -name 'ran-*' | LC_ALL=C sort)
[ -z "$ran" ]
tap_result $? "no recipe ran"
[ -z "$ran" ] || tap_diag "left behind:" "$ran"
[ ! -s "$errs" ]
tap_result $? "the completion wrote nothing on stderr"
[ -s "$errs" ] && tap_diag < "$errs"
tap_done
