# dmake emit-lib.sh - the run-time half of `dmake --emit-makefile`.
#
# dmake copies this file into every Makefile it emits (as the variable
# DMAKE_LIB, exported), and each translated directive runs it:
#
#   sh -c "$DMAKE_LIB" dmake VERB ARGS...
#
# so the emitted Makefile needs GNU make, a POSIX sh, awk, OpenSSH's
# client, tar (GNU, pax format) and, on the hosts, what dmake itself
# needs there (sh, GNU tar/find/mv/touch/stat).  Verbs:
#
#   remote LOC TARGET FLAGS [HOST CMD]...      one command on each host
#   block  LOC TARGET FLAGS N NUM1..NUMN [HOST LINE1..LINEN]...
#                                              a remote block
#   put    LOC TARGET FLAGS [HOST WORDS]...    @put SRC... DEST
#   get    LOC TARGET FLAGS [HOST WORDS]...    @get SRC... DEST
#   hosts  TEXT                                host words, ranges expanded
#   regex-filter PATTERN WORDS, regex-subst PATTERN REPL TEXT  (perl)
#
# Every argument after the verb's fixed ones is encoded by the Makefile's
# dmake_q function: each backslash doubled and each newline written as
# \n, because GNU make splits an expanded recipe line at its newlines.
# FLAGS: s = silent (no echo lines), i = a failure is ignored; each
# host's texts may add their own (make's prefixes, after expansion).
# NUM: a block line's line number in the Deployfile.
#
# Settings come from the environment the Makefile exports:
# DMAKE_SSH_CONFIG, DMAKE_SSH_IDENTITY, DMAKE_SSH_HOST_KEYS,
# DMAKE_SSH_CONNECT_TIMEOUT, DMAKE_FORKS, DMAKE_LIMIT, DMAKE_RUNID.
#
# Connections: one OpenSSH master per host and make run, its socket in
# a private directory ${TMPDIR:-/tmp}/dmake-ssh.UID.PID made on first
# use; a watcher started then closes the masters and removes the
# directory once make has exited (ControlPersist ends them anyway after
# a minute idle).

set -u
dm_nl='
'
dm_verb=${1:?dmake: emit-lib.sh needs a verb}
shift

dm_die() {
	printf 'dmake: %s\n' "$*" >&2
	exit 2
}

# dm_dec TEXT: undo dmake_q's encoding into dm_r.
dm_dec() {
	case $1 in
	*\\*) dm_r=$(printf '%bx' "$1"); dm_r=${dm_r%x} ;;
	*) dm_r=$1 ;;
	esac
}

# dm_sq TEXT: TEXT quoted for sh, into dm_r.
dm_sq() {
	case $1 in
	*\'*) dm_r=$(printf '%s\n' "$1" | sed "s/'/'\\\\''/g"; printf x)
	      dm_r="'${dm_r%?x}'" ;;
	*) dm_r="'$1'" ;;
	esac
}

# dm_strip TEXT: TEXT without make's prefix characters and blanks at
# its start and blanks at its end (into dm_r), the prefixes' flags (s for
# '@', i for '-') in dm_f.  dmake takes them off each host's expanded
# text, as make does for a recipe line.
dm_ws=" $(printf '\t\r\v\f')$dm_nl"
dm_strip() {
	dm_r=$1 dm_f=
	while :; do
		case $dm_r in
		@*) dm_f="${dm_f}s" ;;
		-*) dm_f="${dm_f}i" ;;
		+*) ;;
		["$dm_ws"]*) ;;
		*) break ;;
		esac
		dm_r=${dm_r#?}
	done
	dm_r=${dm_r%"${dm_r##*[!$dm_ws]}"}
}

# dm_prefix: copy stdin to stdout with "[HOST] " before each line (the
# host in DM_P); one write per line so hosts' lines never mix.
dm_prefix() {
	awk '{ print ENVIRON["DM_P"] $0; fflush() }'
}

dm_tmp=
dm_cleanup() {
	[ -z "$dm_tmp" ] || rm -rf "$dm_tmp"
}
trap dm_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

dm_mktmp() {
	[ -n "$dm_tmp" ] && return 0
	dm_tmp=$(mktemp -d "${TMPDIR:-/tmp}/dmake-run.XXXXXX") ||
		dm_die "cannot make a temporary directory"
}

# dm_ctl: the private directory of this make run's ssh sockets.
# DMAKE_RUNID is UID.PID of make (a helper run by hand: its own PID).
# A directory of that name that this user does not own is refused (the
# owner made it 0700 with mkdir, which fails when the name exists).
dm_ctl() {
	dm_runid=${DMAKE_RUNID:-$(id -u).$$}
	dm_makepid=${dm_runid#*.}
	dm_ctl=${TMPDIR:-/tmp}/dmake-ssh.$dm_runid
	if [ -d "$dm_ctl" ] && [ ! -L "$dm_ctl" ] && [ -O "$dm_ctl" ]; then
		:
	elif mkdir -m 700 "$dm_ctl" 2>/dev/null; then
		# not this shell's child: its `wait` must not wait for it
		( dm_watch & )
	elif [ -d "$dm_ctl" ] && [ ! -L "$dm_ctl" ] && [ -O "$dm_ctl" ]; then
		:	# made just now by a helper running beside this one
	else
		dm_die "$dm_ctl: not a private directory of this user"
	fi
}

dm_watch() {
	trap '' HUP INT TERM
	exec </dev/null >/dev/null 2>&1
	while kill -0 "$dm_makepid" 2>/dev/null; do
		sleep 1
	done
	for s in "$dm_ctl"/*; do
		[ -S "$s" ] && ssh -o ControlPath="$s" -O exit dmake
	done
	rm -rf "$dm_ctl"
}

# dm_lock DIR: take the lock DIR (mkdir), waiting at most 60 s; then
# take it anyway (its holder is gone or stuck).
dm_lock() {
	dm_w=0
	until mkdir "$1" 2>/dev/null; do
		dm_w=$((dm_w + 1))
		[ $dm_w -gt 600 ] && return 0
		sleep 0.1
	done
}

# dm_ssh HOST COMMAND [SSH-OPTION...]: run COMMAND on HOST over the
# host's one connection, which the first use opens (a master, in the
# background, under a lock so that concurrent first uses share it).
# HOST is [user@]host[:port] or [addr]:port.  At most 8 commands use a
# connection at once, as with dmake (sshd's MaxSessions is 10 by
# default); when sshd allows fewer, OpenSSH opens another connection.
# Host keys: SSH_HOST_KEYS, or what ssh_config says, where anything but
# accept-new means yes: an unknown key is refused, and a changed key is
# refused always, whatever StrictHostKeyChecking says.
dm_ssh() {
	dm_h=$1 dm_c=$2
	shift 2
	# a file name for the host word: itself when it is a plain one
	case $dm_h in
	*[!A-Za-z0-9._@:-]* | ?????????????????????????????????????????*)
		dm_hx=$(printf '%s' "$dm_h" | cksum | tr ' ' _) ;;
	*) dm_hx=$dm_h ;;
	esac
	dm_port=
	case $dm_h in
	*\[*\]:*) dm_port=${dm_h##*\]:}; dm_h=${dm_h%:*} ;;
	*:*:*) ;;
	*:*) dm_port=${dm_h##*:}; dm_h=${dm_h%:*} ;;
	esac
	case $dm_h in
	*\[*\]) dm_u=${dm_h%%\[*}; dm_h=${dm_h#*\[}; dm_h=$dm_u${dm_h%\]} ;;
	esac
	[ -n "$dm_port" ] && set -- "$@" -p "$dm_port"
	[ -n "${DMAKE_SSH_CONFIG:-}" ] && set -- "$@" -F "$DMAKE_SSH_CONFIG"
	[ -n "${DMAKE_SSH_IDENTITY:-}" ] &&
		set -- "$@" -i "$DMAKE_SSH_IDENTITY"
	[ -n "${DMAKE_SSH_CONNECT_TIMEOUT:-}" ] &&
		set -- "$@" -o "ConnectTimeout=$DMAKE_SSH_CONNECT_TIMEOUT"
	dm_keys=${DMAKE_SSH_HOST_KEYS:-}
	if [ -z "$dm_keys" ] && [ -f "$dm_ctl/k.$dm_hx" ]; then
		read -r dm_keys < "$dm_ctl/k.$dm_hx"
	elif [ -z "$dm_keys" ]; then
		dm_keys=$(ssh -G "$@" -- "$dm_h" 2>/dev/null |
		    awk '$1 == "stricthostkeychecking" { print $2 }')
		[ "$dm_keys" = accept-new ] || dm_keys=yes
		echo "$dm_keys" > "$dm_ctl/k.$dm_hx"
	fi
	[ "$dm_keys" = accept-new ] || dm_keys=yes
	set -- "$@" -o "StrictHostKeyChecking=$dm_keys" \
	    -o "ControlPath=$dm_ctl/m.$dm_hx"
	# a master whose socket is there but dead: ssh connects directly
	if [ ! -S "$dm_ctl/m.$dm_hx" ]; then
		dm_lock "$dm_ctl/lock.$dm_hx"
		if [ ! -S "$dm_ctl/m.$dm_hx" ]; then
			ssh -o ControlMaster=yes -o ControlPersist=60 -f -N \
			    "$@" -- "$dm_h" </dev/null >/dev/null \
			    2>"$dm_tmp/master.$dm_hx"
			dm_st=$?
			if [ $dm_st != 0 ]; then
				rmdir "$dm_ctl/lock.$dm_hx"
				cat "$dm_tmp/master.$dm_hx" >&2
				return $dm_st
			fi
		fi
		rmdir "$dm_ctl/lock.$dm_hx"
	fi
	dm_k=0
	while :; do
		dm_k=$((dm_k % 8 + 1))
		mkdir "$dm_ctl/slot.$dm_hx.$dm_k" 2>/dev/null && break
		[ $dm_k = 8 ] && sleep 0.05
	done
	dm_slot=$dm_ctl/slot.$dm_hx.$dm_k
	trap 'rmdir "$dm_slot" 2>/dev/null' EXIT
	trap 'exit 1' HUP INT TERM
	ssh -o ControlMaster=no "$@" -- "$dm_h" "$dm_c"
	dm_st=$?
	rmdir "$dm_slot"
	trap - EXIT
	return $dm_st
}

# dm_limited HOST: true when --limit (DMAKE_LIMIT) leaves HOST out; it
# is named once per make run.
dm_limited() {
	[ -n "${DMAKE_LIMIT:-}" ] || return 1
	printf '%s\n' "$1" | grep -qP -e "$DMAKE_LIMIT" && return 1
	dm_k=$dm_ctl/skip.$(printf '%s' "$1" | cksum | tr ' ' _)
	if ( set -C; : > "$dm_k" ) 2>/dev/null; then
		printf 'dmake: %s: skipped by --limit\n' "$1" >&2
	fi
	return 0
}

# dm_run_host I HOST: run dm_work (set by the verb) for HOST with its
# output prefixed, stdout and stderr apart; its status goes to st.I.
# A remote block's failing line arrives on stderr as a line
# "\036dmake-line N": it goes to line.I instead.
dm_run_host() {
	DM_P="[$2] "
	export DM_P
	if ! dm_synced; then
		dm_run_host_now "$1" "$2"
		return
	fi
	# -O: the host's output held until its command ends, then written
	# whole, one host at a time, as dmake -O does
	dm_run_host_now "$1" "$2" > "$dm_tmp/out.$1" 2> "$dm_tmp/err.$1"
	flock "$dm_tmp" sh -c 'cat "$1" && cat "$2" >&2' sh \
	    "$dm_tmp/out.$1" "$dm_tmp/err.$1"
}

# dm_synced: make was given -O (not -Onone): MAKEFLAGS says so.
dm_synced() {
	case " ${MAKEFLAGS-} " in
	*" -Onone "*) return 1 ;;
	*" -O"*) return 0 ;;
	esac
	return 1
}

dm_run_host_now() {
	{ { dm_work "$1" "$2" 2>&1 1>&3 3>&-; echo $? > "$dm_tmp/st.$1"; } |
	    awk -v f="$dm_tmp/line.$1" -v l="$dm_tmp/last.$1" '
		{ sub(/\r$/, "") }
		/^\036dmake-line [0-9]+$/ { print substr($0, 13) > f; next }
		{ print ENVIRON["DM_P"] $0; fflush(); last = $0 }
		END { if (last != "") print last > l }' >&2; } 3>&1 | dm_prefix
}

# dm_fan LOC TARGET FLAGS PER-HOST -- [HOST ARG1..ARGn]...: for each
# host (n = PER-HOST) store its arguments in files, run dm_work on at
# most DMAKE_FORKS hosts at once, then report the failures.
dm_fan() {
	dm_loc=$1 dm_target=$2 dm_flags=$3 dm_per=$4
	shift 4
	dm_ctl
	dm_mktmp
	dm_n=0 dm_running=0
	dm_forks=${DMAKE_FORKS:-16}
	dm_hosts=
	while [ $# -gt 0 ]; do
		[ $# -ge $((dm_per + 1)) ] || dm_die "$dm_loc: bad arguments"
		dm_dec "$1"
		dm_host=$dm_r
		shift
		if dm_limited "$dm_host"; then
			shift "$dm_per"
			continue
		fi
		dm_n=$((dm_n + 1))
		dm_k=0
		while [ $dm_k -lt "$dm_per" ]; do
			dm_k=$((dm_k + 1))
			dm_dec "$1"
			dm_strip "$dm_r"
			# the host's job (a subshell) inherits them
			eval "dm_a_${dm_n}_$dm_k=\$dm_r dm_o_${dm_n}_$dm_k=\$dm_f"
			shift
		done
		eval "dm_host_$dm_n=\$dm_host"
		dm_run_host "$dm_n" "$dm_host" &
		dm_running=$((dm_running + 1))
		if [ "$dm_running" -ge "$dm_forks" ]; then
			wait
			dm_running=0
		fi
	done
	wait
	dm_fail=0 dm_i=0
	while [ $dm_i -lt $dm_n ]; do
		dm_i=$((dm_i + 1))
		eval "dm_host=\$dm_host_$dm_i"
		dm_st=1
		[ -f "$dm_tmp/st.$dm_i" ] && read -r dm_st < "$dm_tmp/st.$dm_i"
		[ "$dm_st" = 0 ] && continue
		# as dmake: the reason on the line before, for a host that
		# could not be reached (ssh's 255) and a failed transfer
		# (always Error 1 then)
		dm_why=
		[ -f "$dm_tmp/last.$dm_i" ] && IFS= read -r dm_why < "$dm_tmp/last.$dm_i"
		[ -n "$dm_why" ] || dm_why="exit status $dm_st"
		if [ -s "$dm_tmp/what.$dm_i" ]; then
			printf 'dmake: %s: %s: %s\n' "$dm_host" \
			    "$(cat "$dm_tmp/what.$dm_i")" "$dm_why" >&2
			[ "$dm_st" = 255 ] || dm_st=1
		elif [ "$dm_st" = 255 ]; then
			printf 'dmake: %s: %s\n' "$dm_host" "$dm_why" >&2
		fi
		dm_where=$dm_loc
		if [ -s "$dm_tmp/line.$dm_i" ]; then
			dm_where=${dm_loc%:*}:$(cat "$dm_tmp/line.$dm_i")
		fi
		dm_f=$dm_flags
		[ "$dm_verb" = block ] || eval "dm_f=\$dm_f\$dm_o_${dm_i}_1"
		case $dm_f in
		*i*) printf 'dmake: [%s: %s] %s: Error %s (ignored)\n' \
		    "$dm_where" "$dm_target" "$dm_host" "$dm_st" >&2 ;;
		*) printf 'dmake: *** [%s: %s] %s: Error %s\n' \
		    "$dm_where" "$dm_target" "$dm_host" "$dm_st" >&2
		   dm_fail=1 ;;
		esac
	done
	return $dm_fail
}

# dm_arg I K: argument K of host I, into dm_r, and its flags (with the
# directive's) into dm_f.
dm_arg() {
	eval "dm_r=\$dm_a_$1_$2 dm_own=\$dm_o_$1_$2"
	dm_f=$dm_flags$dm_own
}

# ---- @remote HOSTS: COMMAND ----

dm_remote_work() {
	dm_arg "$1" 1
	case $dm_f in
	*s*) ;;
	*) printf '$ %s\n' "$dm_r" ;;
	esac
	dm_ssh "$2" "$dm_r" -n
}

# ---- remote blocks ----

# dm_block_script I: the /bin/sh script of host I's block lines.
dm_block_script() {
	dm_s=
	dm_k=0
	for dm_num in $dm_lnums; do
		dm_k=$((dm_k + 1))
		dm_arg "$1" "$dm_k"
		dm_line=$dm_r
		[ -n "$dm_line" ] || continue
		case $dm_f in
		*s*) ;;
		*) dm_sq "\$ $dm_line"
		   dm_s="${dm_s}printf '%s\\n' $dm_r$dm_nl" ;;
		esac
		case $dm_own in
		*i*) dm_s="$dm_s{ $dm_line$dm_nl} || :$dm_nl" ;;
		*) dm_s="$dm_s{ $dm_line$dm_nl} || { dmake_s=\$?; printf '\\036dmake-line $dm_num\\n' >&2; exit \$dmake_s; }$dm_nl" ;;
		esac
	done
	dm_sq "$dm_s"
	dm_r="/bin/sh -c $dm_r"
}

dm_block_work() {
	dm_block_script "$1"
	dm_ssh "$2" "$dm_r" -n
}

# ---- @put and @get ----

# dm_split TEXT: TEXT split into words as dmake splits @put/@get paths
# (blanks separate; '...', "..." and backslash quote); one encoded word a
# line in dm_tmp/w.I (I in dm_si), their count in dm_nw.
dm_split() {
	printf '%s' "$1" | awk '
	function out() { gsub(/\\/, "\\\\", w); gsub(/\n/, "\\n", w); print w; w = ""; inw = 0 }
	BEGIN { RS = "\001"; w = ""; inw = 0 }
	{
		s = $0; n = length(s); i = 1
		while (i <= n) {
			c = substr(s, i, 1)
			if (c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\v" || c == "\f") {
				if (inw) out(); i++; continue
			}
			inw = 1
			if (c == "\047") {
				j = index(substr(s, i + 1), "\047")
				if (!j) { bad = 1; exit }
				w = w substr(s, i + 1, j - 1); i += j + 1
			} else if (c == "\"") {
				i++
				while (i <= n && substr(s, i, 1) != "\"") {
					c = substr(s, i, 1); d = substr(s, i + 1, 1)
					if (c == "\\" && i < n && index("\"\\$`\n", d)) {
						if (d != "\n") w = w d
						i += 2
					} else { w = w c; i++ }
				}
				if (i > n) { bad = 1; exit }
				i++
			} else if (c == "\\" && i < n) {
				d = substr(s, i + 1, 1)
				if (d != "\n") w = w d
				i += 2
			} else { w = w c; i++ }
		}
	}
	END { if (bad) exit 3; if (inw) out() }' > "$dm_tmp/w.$dm_si" ||
		return 1
	dm_nw=$(wc -l < "$dm_tmp/w.$dm_si")
}

# dm_word K: word K of dm_tmp/w.I, decoded, into dm_r.
dm_word() {
	dm_dec "$(sed -n "${1}p" "$dm_tmp/w.$dm_si")"
}

# The receiver of an archive (remote for @put, local for @get), run as
#   sh -c "$dm_receiver" dmake TMP-PREFIX DEST NSRC SOURCE-BASE
# DEST is a directory (it is one, or ends in '/' and is made now; the
# sources go inside it) or the new name of the single source (its parent
# must exist).  The archive is unpacked into a fresh directory beside the
# targets; then directories that are new are renamed into place whole,
# files and links renamed one by one, and existing directories get the
# sources' modes and times last.  Any failure before the renames leaves
# every old file as it was; the temporary directory goes on any exit.
dm_receiver='set -e
T=$1 D=$2 n=$3 b=$4
if [ -d "$D" ]; then into=1
else case $D in
*/) mkdir -- "$D"; into=1 ;;
*) [ "$n" -gt 1 ] && { printf "not a directory: %s\n" "$D" >&2; exit 1; }
   P=$(dirname -- "$D")
   [ -d "$P" ] || { printf "no such directory: %s\n" "$P" >&2; exit 1; }
   into=0 ;;
esac; fi
if [ $into = 1 ]; then d=$D; else d=$P; fi
case $d in /*) ;; *) d=$PWD/$d ;; esac
find "$d" -maxdepth 1 -name "$T.*" -mmin +60 -exec rm -rf -- {} + 2>/dev/null || :
S=$(mktemp -d "$d/$T.XXXXXX")
R=$S.t
trap "rm -rf \"\$S\" \"\$R\"" EXIT
trap "exit 1" HUP INT TERM PIPE
tar -x -p --no-same-owner -f - -C "$S"
if [ $into = 0 ]; then
	t=$(basename -- "$D")
	[ "$b" = "$t" ] || mv -- "$S/$b" "$S/$t"
fi
cd "$S"
# @get: no setuid or setgid bit from the host (the files are this user'"'"'s)
[ "$T" != .dmake-get ] || find . ! -type l -perm /6000 -exec chmod ug-s -- {} +
find . -type d -exec sh -c '\''d=$0 R=$1; shift
for x; do
[ -d "$x" ] && [ ! -L "$x" ] || continue
touch -r "$x" "$R" || exit 1
n=0
for e in "$x"/* "$x"/.[!.]* "$x"/..?*; do
[ -e "$e" ] || [ -L "$e" ] || continue
if [ -d "$e" ] && [ ! -L "$e" ] && [ -d "$d/$e" ] && [ ! -L "$d/$e" ]; then continue; fi
n=1; break
done
if [ $n = 1 ]; then
for e in "$x"/* "$x"/.[!.]* "$x"/..?*; do
[ -e "$e" ] || [ -L "$e" ] || continue
if [ -d "$e" ] && [ ! -L "$e" ] && [ -d "$d/$e" ] && [ ! -L "$d/$e" ]; then continue; fi
printf "%s\0" "$e"
done | xargs -0 mv -f -t "$d/$x" -- || exit 1
fi
touch -r "$R" "$x" || exit 1
done'\'' "$d" "$R" {} +
find . -mindepth 1 -depth -type d -exec sh -c '\''for x; do chmod "$(stat -c %a -- "$x")" "$0/$x" && touch -r "$x" "$0/$x"; done'\'' "$d" {} +'

# dm_xfer_words I: host I's words (dm_tmp/w.I), or a failure.
dm_xfer_words() {
	dm_arg "$1" 1
	dm_si=$1
	if ! dm_split "$dm_r"; then
		printf '%s: unterminated quote\n' "$dm_loc" >&2
		return 1
	fi
	if [ "$dm_nw" -lt 2 ]; then
		printf "%s: '@%s' needs a source and a destination\n" \
		    "$dm_loc" "$dm_verb" >&2
		return 1
	fi
}

# dm_base PATH: its last component, trailing slashes ignored, into dm_r.
dm_base() {
	dm_r=$1
	while :; do
		case $dm_r in
		?*/) dm_r=${dm_r%/} ;;
		*) break ;;
		esac
	done
	case $dm_r in
	/) ;;
	*) dm_r=${dm_r##*/} ;;
	esac
}

# dm_dir PATH: its directory part, into dm_r.
dm_dir() {
	dm_r=$(dirname -- "$1"; printf x)
	dm_r=${dm_r%?x}
}

# dm_special PATH...: print the first that is or holds something other
# than a file, directory or symbolic link (dmake sends only those).
dm_special='for p; do case $p in -*) p=./$p ;; esac; find "$p" ! -type f ! -type d ! -type l -print 2>/dev/null | head -n 1; done | head -n 1'

# dm_xfer_start VERB I: host I's words (dm_xfer_words), the destination
# into dm_dest, and "VERB SRC -> DEST" of the first source into
# dm_tmp/what.I, for a failure's message.
dm_xfer_start() {
	dm_xfer_words "$2" || return 1
	dm_word "$dm_nw"
	dm_dest=$dm_r
	dm_word 1
	printf '%s %s -> %s' "$1" "$dm_r" "$dm_dest" > "$dm_tmp/what.$2"
}

# dm_xfer_src VERB K: source word K into dm_src, its directory into dm_d
# and its last component into dm_b; print "VERB SRC -> DEST" unless
# silent.
dm_xfer_src() {
	dm_word "$2"
	dm_src=$dm_r
	case $dm_f in
	*s*) ;;
	*) printf '%s %s -> %s\n' "$1" "$dm_src" "$dm_dest" ;;
	esac
	dm_dir "$dm_src"
	dm_d=$dm_r
	dm_base "$dm_src"
	dm_b=$dm_r
}

dm_put_work() {
	dm_i=$1 dm_host=$2
	dm_xfer_start put "$1" || return 1
	dm_k=0
	while [ $dm_k -lt $((dm_nw - 1)) ]; do
		dm_k=$((dm_k + 1))
		dm_word "$dm_k"
		printf 'put %s -> %s' "$dm_r" "$dm_dest" > "$dm_tmp/what.$dm_i"
		if [ ! -e "$dm_r" ] && [ ! -L "$dm_r" ]; then
			echo "no such file or directory" >&2
			return 1
		fi
		dm_x=$(sh -c "$dm_special" sh "$dm_r")
		if [ -n "$dm_x" ]; then
			printf '%s: not a regular file, directory or symbolic link\n' \
			    "$dm_x" >&2
			return 1
		fi
	done
	set --
	dm_k=0
	while [ $dm_k -lt $((dm_nw - 1)) ]; do
		dm_k=$((dm_k + 1))
		dm_xfer_src put "$dm_k"
		set -- "$@" -C "$dm_d" "./$dm_b"
	done
	dm_sq "$dm_receiver"
	dm_cmd="sh -c $dm_r dmake .dmake-put"
	dm_sq "$dm_dest"
	dm_cmd="$dm_cmd $dm_r $((dm_nw - 1))"
	dm_sq "$dm_b"
	dm_cmd="$dm_cmd $dm_r"
	{ tar -c --format=pax --hard-dereference -f - "$@" ||
	    echo "$?" > "$dm_tmp/tar.$dm_i"; } | dm_ssh "$dm_host" "$dm_cmd" ||
		return
	[ ! -s "$dm_tmp/tar.$dm_i" ] || return 1
}

dm_get_work() {
	dm_xfer_start get "$1" || return 1
	dm_cmd=
	dm_srcs=
	dm_tarargs=
	dm_k=0
	while [ $dm_k -lt $((dm_nw - 1)) ]; do
		dm_k=$((dm_k + 1))
		dm_xfer_src get "$dm_k"
		dm_sq "$dm_src"
		dm_srcs="$dm_srcs $dm_r"
		dm_cmd="${dm_cmd}s=$dm_r; [ -e \"\$s\" ] || [ -L \"\$s\" ] || { printf 'no such file or directory: %s\\n' \"\$s\" >&2; exit 1; }; "
		dm_sq "$dm_d"
		dm_tarargs="$dm_tarargs -C $dm_r"
		dm_sq "./$dm_b"
		dm_tarargs="$dm_tarargs $dm_r"
	done
	dm_sq "$dm_special"
	dm_cmd="${dm_cmd}x=\$(sh -c $dm_r sh$dm_srcs); [ -z \"\$x\" ] || { printf '%s: not a regular file, directory or symbolic link\\n' \"\$x\" >&2; exit 1; }; "
	dm_cmd="${dm_cmd}exec tar -c --format=pax --hard-dereference -f -$dm_tarargs"
	{ dm_ssh "$2" "$dm_cmd" || echo "$?" > "$dm_tmp/ssh.$1"; } |
	    sh -c "$dm_receiver" dmake .dmake-get "$dm_dest" $((dm_nw - 1)) \
	    "$dm_b"
	dm_st=$?
	[ ! -s "$dm_tmp/ssh.$1" ] || return "$(cat "$dm_tmp/ssh.$1")"
	return $dm_st
}

# ---- host lists ----

# dm_hosts TEXT: print the host words of TEXT: split on blanks and
# commas, ranges in brackets expanded as pdsh does (web[01-03,7]), an
# IPv6 address in brackets kept.
dm_hosts() {
	printf '%s\n' "$1" | awk '
	function expand(w,    o, c, pre, body, post, n, parts, i, a, b, lo, hi, k, width, s) {
		o = index(w, "[")
		if (!o) { out[++nout] = w; return }
		c = index(substr(w, o), "]")
		if (!c) { out[++nout] = w; return }
		pre = substr(w, 1, o - 1); body = substr(w, o + 1, c - 2)
		post = substr(w, o + c)
		if (body !~ /^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$/) {
			out[++nout] = w; return
		}
		n = split(body, parts, ",")
		for (i = 1; i <= n; i++) {
			if (index(parts[i], "-")) {
				split(parts[i], a, "-"); lo = a[1]; hi = a[2]
			} else { lo = parts[i]; hi = parts[i] }
			width = length(lo)
			if (lo + 0 > hi + 0 || hi - lo > 100000) { bad = 1; return }
			for (k = lo + 0; k <= hi + 0; k++) {
				s = sprintf("%0" width "d", k)
				expand(pre s post)
			}
		}
	}
	{
		gsub(/,/, " ")
		# commas inside brackets were range separators: put them back
		line = $0
		while (match(line, /\[[^]]*\]/)) {
			seg = substr(line, RSTART, RLENGTH); gsub(/ /, ",", seg)
			rest = rest substr(line, 1, RSTART - 1) seg
			line = substr(line, RSTART + RLENGTH)
		}
		rest = rest line
		nw = split(rest, ws, /[ \t]+/)
		for (j = 1; j <= nw; j++) if (ws[j] != "") expand(ws[j])
	}
	END {
		if (bad) exit 3
		for (i = 1; i <= nout; i++)
			if (!(out[i] in seen)) { seen[out[i]] = 1; printf "%s ", out[i] }
	}'
}

# ---- regular expressions (PCRE2 in dmake; perl's here) ----

dm_regex() {
	perl -e '
	my ($verb, $pat, @rest) = @ARGV;
	my $re = eval { qr/$pat/ };
	if (!defined $re) {
		my $e = $@; $e =~ s/ at -e line.*//s;
		print STDERR "$verb: bad pattern: $e\n"; exit 2;
	}
	if ($verb eq "regex-filter") {
		print join(" ", grep { $_ =~ $re } split(" ", $rest[0]));
		exit 0;
	}
	my $repl = $rest[0];
	my @out;
	for my $w (split(" ", $rest[1])) {
		$w =~ s{$re}{
			my $r = ""; my @g = ($&, map { defined $_ ? $_ : "" }
			    ($1, $2, $3, $4, $5, $6, $7, $8, $9));
			for (my $i = 0; $i < length $repl; $i++) {
				my $c = substr($repl, $i, 1);
				if ($c ne "\\" || $i + 1 == length $repl) { $r .= $c; next }
				my $d = substr($repl, $i + 1, 1);
				if ($d eq "\\") { $r .= "\\"; $i++; next }
				if ($d !~ /[0-9]/) { $r .= "\\"; next }
				$r .= $g[$d]; $i++;
			}
			$r }ge;
		push @out, $w;
	}
	print join(" ", @out);' "$@"
}

case $dm_verb in
remote)
	dm_work() { dm_remote_work "$@"; }
	dm_a=$1 dm_b=$2 dm_c=$3
	shift 3
	dm_fan "$dm_a" "$dm_b" "$dm_c" 1 "$@" ;;
block)
	dm_loc=$1 dm_target=$2 dm_flags=$3 dm_nlines=$4
	shift 4
	dm_lnums=
	dm_k=0
	while [ $dm_k -lt "$dm_nlines" ]; do
		dm_k=$((dm_k + 1))
		dm_lnums="$dm_lnums $1"
		shift
	done
	dm_work() { dm_block_work "$@"; }
	dm_fan "$dm_loc" "$dm_target" "$dm_flags" "$dm_nlines" "$@" ;;
put|get)
	eval "dm_work() { dm_${dm_verb}_work \"\$@\"; }"
	dm_a=$1 dm_b=$2 dm_c=$3
	shift 3
	dm_fan "$dm_a" "$dm_b" "$dm_c" 1 "$@" ;;
hosts)
	dm_hosts "$1" ;;
regex-filter|regex-subst)
	dm_regex "$dm_verb" "$@" ;;
*)
	dm_die "emit-lib.sh: unknown verb '$dm_verb'" ;;
esac
