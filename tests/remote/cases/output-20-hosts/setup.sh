# shellcheck shell=bash
# shellcheck disable=SC2154 # FLEET_*: from run.sh
set -eu
# ssh_config: 20 aliases a01..a20, a01 being h1, a02 h2, a03 h3, a04 h1
# ... (7 on h1 and h2, 6 on h3), each a self-contained copy of its fleet
# host's block (libssh and trailing shared blocks: see LIBSSH-NOTES.md).
awk '
/^Host / { h = $2; next }
h != "" && NF { body[h] = body[h] $0 "\n" }
END {
	for (i = 1; i <= 20; i++) {
		src = "h" ((i - 1) % 3 + 1)
		if (!(src in body)) exit 1
		printf "Host a%02d\n%s\n", i, body[src]
	}
}' "$FLEET_CONFIG" > ssh_config
[ "$(grep -c '^Host a[0-2][0-9]$' ssh_config)" = 20 ]
[ "$(grep -c "Port $FLEET_PORT_h3\$" ssh_config)" = 6 ]
