/*
 * sshconf.h - the few ssh_config settings that libssh 0.10 ignores and
 * dmake therefore reads itself (DESIGN.md section 3): the accept-new
 * value of StrictHostKeyChecking, ServerAliveInterval,
 * ServerAliveCountMax, IdentitiesOnly, BatchMode and UserKnownHostsFile.
 * libssh still reads the same files for HostName, User, Port,
 * IdentityFile, ProxyJump and the rest.
 *
 *	struct sshconf c;
 *	sshconf_init(&c);
 *	if (accept_new_option)		// the command line first
 *		c.strict = SSHCONF_STRICT_ACCEPT_NEW;
 *	if (sshconf_read(ssh_config_option, h->name, &c, &err) < 0)
 *		...report err.buf...
 *	...
 *	sshconf_free(&c);
 */
#ifndef DMAKE_SSHCONF_H
#define DMAKE_SSHCONF_H

#include <stdbool.h>

struct strbuf;

enum sshconf_strict {
	SSHCONF_STRICT_UNSET,
	SSHCONF_STRICT_YES,		/* "yes", "true" */
	SSHCONF_STRICT_NO,		/* "no", "false", "off" */
	SSHCONF_STRICT_ACCEPT_NEW,	/* "accept-new" */
	SSHCONF_STRICT_ASK		/* "ask" */
};

struct sshconf {
	enum sshconf_strict strict;	/* StrictHostKeyChecking */
	int server_alive_interval;	/* seconds, -1 unset */
	int server_alive_count_max;	/* -1 unset */
	int connect_timeout;		/* seconds, -1 unset */
	int identities_only;		/* -1 unset, 0/1 */
	int batch_mode;			/* -1 unset, 0/1 */
	char *user_known_hosts;		/* first file of
					 * UserKnownHostsFile, "~" and "%d"
					 * expanded; malloc'd, or NULL when
					 * unset.  The value "none" is kept
					 * as "none" */
	char *proxy_jump;		/* ProxyJump as written, malloc'd, or
					 * NULL (unset, "none", or after a
					 * ProxyCommand, which then wins) */
	bool proxy_command;		/* ProxyCommand came first */
};

/* Set every field to unset. */
void sshconf_init(struct sshconf *c);
/* Free what c owns and leave it unset; c itself is not freed. */
void sshconf_free(struct sshconf *c);

/* Tests: take dir as our home directory ("~", "%d", the default
 * ~/.ssh/config) instead of the password database's; NULL: back to
 * that.  Not thread-safe: call it before any session starts. */
void sshconf_set_home(const char *dir);

/*
 * Read the settings that apply to the host alias `alias` (a host name
 * as written, without user or port) into out.  `file` is the
 * --ssh-config file; when NULL, ~/.ssh/config and then
 * /etc/ssh/ssh_config are read, as OpenSSH does without -F.  ~ is
 * $HOME (the password database's home when HOME is unset or empty).
 *
 * out must have been initialised with sshconf_init().  The first value
 * obtained for a setting wins, as in OpenSSH, and a field already set in
 * out counts as obtained, so a caller stores command-line options
 * first.  On failure out may hold some settings; sshconf_free() it
 * either way.
 *
 * Follows OpenSSH's ssh_config(5):
 *  - Keywords are case-insensitive; "Key value", "Key=value" and
 *    "Key = value" all work; arguments may be quoted with "..." or '...'
 *    (backslash escapes a quote, a backslash or a space); a line whose
 *    first word starts with '#' is a comment, and so is everything from
 *    an unquoted word starting with '#'.  Unknown keywords are ignored.
 *  - The alias is lowercased, as ssh and libssh do, and matched
 *    against the patterns as it is, before any HostName rewrite
 *    (OpenSSH semantics; libssh 0.10 differs).  Patterns use '*' and '?'
 *    and match case-sensitively.
 *  - Host PATTERN...: the block applies when a pattern matches and no
 *    "!PATTERN" does.
 *  - Match: "all" and "host PATTERN,..." (with "!" negation of a
 *    pattern or of the criterion), ANDed, are evaluated.  Any other
 *    criterion (user, originalhost, exec, canonical, final, ...) is
 *    taken as not matching, so such a block never applies.  XXX: OpenSSH
 *    matches "host" against the name after HostName substitution; dmake
 *    matches the alias (2026-11-26).
 *  - Include PATH...: glob patterns, read in sorted order, inside the
 *    current Host/Match condition; a relative path is relative to
 *    ~/.ssh for the user's file or --ssh-config, /etc/ssh for the system
 *    file (where '~' is not expanded, as OpenSSH refuses it).  A pattern
 *    matching nothing is fine.  Nesting stops at 16 levels with an error.
 *  - UserKnownHostsFile: the first file; "~" and "~user" at the start
 *    and "%d" (home) and "%%" are expanded.  XXX: other % tokens (%h,
 *    %u, %r, %k, ...) and ${VAR} are left as written (2026-11-26).
 *  - ServerAliveInterval takes OpenSSH times ("30", "1m30s").
 *  - File permissions are not checked (OpenSSH refuses a user config
 *    writable by others).
 *
 * Keeps no state: threads may read at once (while nobody changes the
 * environment).
 *
 * Values of the keywords read here are checked in every block, applying
 * or not, as OpenSSH does.  Returns 0 on success.  Returns -1 with one
 * message appended to err (no final full stop) when:
 *  - the explicit file cannot be opened: "cannot open ssh config 'FILE':
 *    No such file or directory" (a missing default file is skipped);
 *  - a file cannot be read, or an included one cannot be opened for a
 *    reason other than not existing;
 *  - a value is bad: "FILE:LINE: bad value 'maybe' for
 *    StrictHostKeyChecking"; or missing: "FILE:LINE: missing value for
 *    BatchMode"; or followed by more: "FILE:LINE: garbage at end of
 *    line"; or a quote is not closed: "FILE:LINE: unterminated quote";
 *    or Include nests too deep: "FILE:LINE: Include nested too deeply".
 */
int sshconf_read(const char *file, const char *alias, struct sshconf *out,
    struct strbuf *err);

#endif
