/*
 * sshconf.c - read the ssh_config settings libssh 0.10 ignores:
 * StrictHostKeyChecking (for accept-new), ServerAliveInterval,
 * ServerAliveCountMax, IdentitiesOnly, BatchMode, UserKnownHostsFile.
 *
 * The reader follows OpenSSH's readconf.c: every line is split into a
 * keyword and quoted arguments; Host and Match lines switch an "active"
 * flag; the settings read here are checked on every line and stored
 * only while active and still unset (first value wins).  An Include
 * reads each file matching its globs with the includer's active flag,
 * restored afterwards; from a block that does not apply, the included
 * files are read with "never", so none of their blocks applies either.
 *
 * Interface:
 *	sshconf_init	all settings unset
 *	sshconf_free	free and unset
 *	sshconf_read	read the settings for one host alias
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sshconf.h"
#include "strbuf.h"
#include "util.h"

#define SSHCONF_SYSTEM_DIR "/etc/ssh"
#define SSHCONF_SYSTEM_FILE SSHCONF_SYSTEM_DIR "/ssh_config"
#define SSHCONF_DEPTH_MAX 16	/* as OpenSSH's READCONF_MAX_DEPTH */

struct reader {
	char *host;		/* the alias, lowercased */
	struct sshconf *out;
	struct strbuf *err;
	bool user;		/* user file: Include relative to ~/.ssh */
};

/* One configuration line, split. */
struct line {
	const char *file;
	unsigned long no;
	int depth;		/* 0 for the file sshconf_read opened */
	bool never;		/* Included from a block not applying */
	const char *key;	/* the keyword as the table spells it */
	char **arg;		/* the arguments, unquoted, malloc'd */
	size_t narg, arg_alloc;
};

struct keyword {
	const char *name;
	int (*fn)(struct reader *rd, struct line *ln, bool *active);
};

static int read_file(struct reader *rd, const char *path, int depth,
    bool active, bool never);

void
sshconf_init(struct sshconf *c)
{
	c->strict = SSHCONF_STRICT_UNSET;
	c->server_alive_interval = -1;
	c->connect_timeout = -1;
	c->server_alive_count_max = -1;
	c->identities_only = -1;
	c->batch_mode = -1;
	c->user_known_hosts = NULL;
	c->proxy_jump = NULL;
	c->proxy_command = false;
}

void
sshconf_free(struct sshconf *c)
{
	free(c->user_known_hosts);
	free(c->proxy_jump);
	sshconf_init(c);
}

/* Append "FILE:LINE: TEXT" to err and return -1. */
static int
line_error(struct reader *rd, const struct line *ln, const char *fmt, ...)
{
	va_list ap;

	sb_addf(rd->err, "%s:%lu: ", ln->file, ln->no);
	va_start(ap, fmt);
	sb_vaddf(rd->err, fmt, ap);
	va_end(ap);
	return -1;
}

static int
bad_value(struct reader *rd, const struct line *ln, const char *value)
{
	return line_error(rd, ln, "bad value '%s' for %s", value, ln->key);
}

/* The keyword takes exactly one argument. */
static int
one_value(struct reader *rd, const struct line *ln)
{
	if (ln->narg == 0)
		return line_error(rd, ln, "missing value for %s", ln->key);
	if (ln->narg > 1)
		return line_error(rd, ln, "garbage at end of line");
	return 0;
}

/*
 * The home directory of user, or ours when user is NULL, malloc'd; NULL
 * when unknown.  As OpenSSH and libssh do, "~" is the password
 * database's home, $HOME only when that has none.  The reentrant
 * getpw*_r keep sshconf_read safe to call from several threads at once.
 */
static char *home_override;

void
sshconf_set_home(const char *dir)
{
	free(home_override);
	home_override = dir ? xstrdup(dir) : NULL;
}

static char *
home_dir(const char *user)
{
	const char *env = getenv("HOME");
	struct passwd pw, *res = NULL;
	char buf[4096];

	if (!user && home_override)
		return xstrdup(home_override);
	if (user)
		(void)getpwnam_r(user, &pw, buf, sizeof(buf), &res);
	else
		(void)getpwuid_r(getuid(), &pw, buf, sizeof(buf), &res);
	if (res && res->pw_dir && *res->pw_dir)
		return xstrdup(res->pw_dir);
	return !user && env && *env ? xstrdup(env) : NULL;
}

/* s with a leading "~" or "~user" replaced by that home directory, as
 * a malloc'd string; NULL when the home is unknown. */
static char *
expand_tilde(const char *s)
{
	const char *slash;
	char *name = NULL, *home, *res;

	if (*s != '~')
		return xstrdup(s);
	slash = s + strcspn(s, "/");
	if (slash > s + 1)
		name = xstrndup(s + 1, (size_t)(slash - s - 1));
	home = home_dir(name);
	res = home ? xasprintf("%s%s", home, slash) : NULL;
	free(name);
	free(home);
	return res;
}

/* s with "%d" replaced by the home directory and "%%" by '%'; other
 * tokens are kept.  NULL when %d is used and the home is unknown. */
static char *
expand_percent(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	char *home;

	for (; *s; s++) {
		if (s[0] == '%' && s[1] == '%') {
			sb_addc(&sb, '%');
			s++;
		} else if (s[0] == '%' && s[1] == 'd') {
			if (!(home = home_dir(NULL))) {
				sb_release(&sb);
				return NULL;
			}
			sb_adds(&sb, home);
			free(home);
			s++;
		} else {
			sb_addc(&sb, *s);
		}
	}
	return sb_detach(&sb, NULL);
}

/* '*' and '?' glob, as OpenSSH's match_pattern (no [...], no '\'). */
static bool
glob_match(const char *s, const char *p)
{
	const char *star = NULL, *back = NULL;

	while (*s) {
		if (*p == '*') {
			star = p++;
			back = s;
		} else if (*p == '?' || *p == *s) {
			p++;
			s++;
		} else if (star) {
			p = star + 1;
			s = ++back;
		} else {
			return false;
		}
	}
	while (*p == '*')
		p++;
	return *p == '\0';
}

/* OpenSSH's match_pattern_list: 1 when a pattern of the comma list
 * matches and no "!pattern" does, else 0. */
static int
match_list(const char *s, const char *list)
{
	char *copy = xstrdup(list), *rest = copy, *p;
	bool positive = false, negative = false;

	while ((p = strsep(&rest, ",")) != NULL) {
		bool neg = *p == '!';

		if (glob_match(s, p + neg)) {
			if (neg)
				negative = true;
			else
				positive = true;
		}
	}
	free(copy);
	return positive && !negative;
}

static int
kw_host(struct reader *rd, struct line *ln, bool *active)
{
	bool positive = false, negative = false;
	size_t i;

	if (ln->narg == 0)
		return line_error(rd, ln, "missing value for %s", ln->key);
	for (i = 0; i < ln->narg; i++) {
		const char *p = ln->arg[i];
		bool neg = *p == '!';

		if (glob_match(rd->host, p + neg)) {
			if (neg)
				negative = true;
			else
				positive = true;
		}
	}
	*active = !ln->never && positive && !negative;
	return 0;
}

/*
 * Match CRITERIA: "all" and "host LIST" are evaluated; "canonical" and
 * "final" take no argument, every other criterion one, and all of them
 * count as not matching.  A '!' before a criterion negates it.
 */
static int
kw_match(struct reader *rd, struct line *ln, bool *active)
{
	bool result = true;
	size_t i;

	if (ln->narg == 0)
		return line_error(rd, ln, "missing Match criteria");
	for (i = 0; i < ln->narg; i++) {
		const char *c = ln->arg[i];
		bool neg = *c == '!';

		c += neg;
		if (!strcasecmp(c, "all")) {
			result = result && !neg;
			continue;
		}
		if (!strcasecmp(c, "canonical") || !strcasecmp(c, "final")) {
			result = false;
			continue;
		}
		if (++i == ln->narg)
			return line_error(rd, ln, "missing value for Match %s",
			    c);
		if (strcasecmp(c, "host") ||
		    match_list(rd->host, ln->arg[i]) == neg)
			result = false;
	}
	*active = !ln->never && result;
	return 0;
}

/* The file pattern of an Include argument, malloc'd; NULL with a
 * message on failure. */
static char *
include_path(struct reader *rd, const struct line *ln, const char *arg)
{
	char *home, *path;

	if (*arg == '~' && !rd->user) {
		line_error(rd, ln, "bad value '%s' for %s: no '~' in system "
		    "files", arg, ln->key);
		return NULL;
	}
	if (*arg == '/')
		return xstrdup(arg);
	if (*arg == '~')
		path = expand_tilde(arg);
	else if (!rd->user)
		path = xasprintf("%s/%s", SSHCONF_SYSTEM_DIR, arg);
	else if ((home = home_dir(NULL)) != NULL) {
		path = xasprintf("%s/.ssh/%s", home, arg);
		free(home);
	} else {
		path = NULL;
	}
	if (!path)
		line_error(rd, ln, "cannot expand '%s': no home directory",
		    arg);
	return path;
}

/* Read every file matching one Include argument. */
static int
include_one(struct reader *rd, struct line *ln, const char *arg,
    bool active)
{
	char *pat = include_path(rd, ln, arg);
	glob_t gl;
	size_t i;
	int r = 0, g;

	if (!pat)
		return -1;
	g = glob(pat, 0, NULL, &gl);
	if (g == 0) {
		for (i = 0; r == 0 && i < gl.gl_pathc; i++)
			r = read_file(rd, gl.gl_pathv[i], ln->depth + 1,
			    active, ln->never || !active);
		globfree(&gl);
	} else if (g != GLOB_NOMATCH) {
		r = line_error(rd, ln, "cannot glob '%s'", pat);
	}
	free(pat);
	return r;
}

static int
kw_include(struct reader *rd, struct line *ln, bool *active)
{
	size_t i;

	if (ln->narg == 0)
		return line_error(rd, ln, "missing value for %s", ln->key);
	if (ln->depth + 1 > SSHCONF_DEPTH_MAX)
		return line_error(rd, ln, "Include nested too deeply");
	for (i = 0; i < ln->narg; i++)
		if (include_one(rd, ln, ln->arg[i], *active) < 0)
			return -1;
	return 0;
}

static int
kw_strict(struct reader *rd, struct line *ln, bool *active)
{
	static const struct {
		const char *name;
		enum sshconf_strict value;
	} values[] = {
		{ "yes", SSHCONF_STRICT_YES },
		{ "true", SSHCONF_STRICT_YES },
		{ "no", SSHCONF_STRICT_NO },
		{ "false", SSHCONF_STRICT_NO },
		{ "off", SSHCONF_STRICT_NO },
		{ "accept-new", SSHCONF_STRICT_ACCEPT_NEW },
		{ "ask", SSHCONF_STRICT_ASK },
	};
	size_t i;

	if (one_value(rd, ln) < 0)
		return -1;
	for (i = 0; i < countof(values); i++) {
		if (strcasecmp(ln->arg[0], values[i].name))
			continue;
		if (*active && rd->out->strict == SSHCONF_STRICT_UNSET)
			rd->out->strict = values[i].value;
		return 0;
	}
	return bad_value(rd, ln, ln->arg[0]);
}

/* A non-negative decimal number at *pp, at most INT_MAX; -1 if none. */
static long long
parse_count(const char **pp)
{
	const char *p = *pp;
	long long v = 0;

	if (*p < '0' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++) {
		v = v * 10 + (*p - '0');
		if (v > INT_MAX)
			return -1;
	}
	*pp = p;
	return v;
}

/* OpenSSH's convtime: "90", "90s", "1m30s", "1h", "2d", "1w" (units in
 * either case); at most INT_MAX seconds.  Returns -1 when s is not a
 * time. */
static int
parse_time(const char *s)
{
	static const char units[] = "smhdw";
	static const long long secs[] = { 1, 60, 3600, 86400, 604800 };
	long long total = 0, n, mult;
	const char *u;

	if (!*s)
		return -1;
	while (*s) {
		if ((n = parse_count(&s)) < 0)
			return -1;
		mult = 1;
		if (*s) {
			u = strchr(units, tolower((unsigned char)*s++));
			if (!u || !*u)
				return -1;
			mult = secs[u - units];
		}
		if (n > (INT_MAX - total) / mult)
			return -1;
		total += n * mult;
	}
	return (int)total;
}

static int
kw_alive_interval(struct reader *rd, struct line *ln, bool *active)
{
	int v;

	if (one_value(rd, ln) < 0)
		return -1;
	if ((v = parse_time(ln->arg[0])) < 0)
		return bad_value(rd, ln, ln->arg[0]);
	if (*active && rd->out->server_alive_interval < 0)
		rd->out->server_alive_interval = v;
	return 0;
}

static int
kw_alive_count(struct reader *rd, struct line *ln, bool *active)
{
	const char *p;
	long long v;

	if (one_value(rd, ln) < 0)
		return -1;
	p = ln->arg[0];
	if ((v = parse_count(&p)) < 0 || *p)
		return bad_value(rd, ln, ln->arg[0]);
	if (*active && rd->out->server_alive_count_max < 0)
		rd->out->server_alive_count_max = (int)v;
	return 0;
}

/* A yes/no keyword stored in *field. */
static int
set_flag(struct reader *rd, struct line *ln, bool active, int *field)
{
	const char *v;
	int flag;

	if (one_value(rd, ln) < 0)
		return -1;
	v = ln->arg[0];
	if (!strcasecmp(v, "yes") || !strcasecmp(v, "true"))
		flag = 1;
	else if (!strcasecmp(v, "no") || !strcasecmp(v, "false"))
		flag = 0;
	else
		return bad_value(rd, ln, v);
	if (active && *field < 0)
		*field = flag;
	return 0;
}

static int
kw_identities_only(struct reader *rd, struct line *ln, bool *active)
{
	return set_flag(rd, ln, *active, &rd->out->identities_only);
}

static int
kw_batch_mode(struct reader *rd, struct line *ln, bool *active)
{
	return set_flag(rd, ln, *active, &rd->out->batch_mode);
}

static int
kw_known_hosts(struct reader *rd, struct line *ln, bool *active)
{
	char *t, *p;

	if (ln->narg == 0)
		return line_error(rd, ln, "missing value for %s", ln->key);
	if (!*active || rd->out->user_known_hosts)
		return 0;
	t = expand_tilde(ln->arg[0]);
	p = t ? expand_percent(t) : NULL;
	free(t);
	if (!p)
		return line_error(rd, ln, "cannot expand '%s': unknown user "
		    "or no home directory", ln->arg[0]);
	rd->out->user_known_hosts = p;
	return 0;
}

/* ProxyJump and ProxyCommand exclude each other: the first one wins. */
static int
kw_proxy_jump(struct reader *rd, struct line *ln, bool *active)
{
	if (ln->narg == 0)
		return line_error(rd, ln, "missing value for %s", ln->key);
	if (!*active || rd->out->proxy_jump || rd->out->proxy_command)
		return 0;
	if (strcasecmp(ln->arg[0], "none") == 0)
		rd->out->proxy_command = true;	/* "none" also settles it */
	else
		rd->out->proxy_jump = xstrdup(ln->arg[0]);
	return 0;
}

static int
kw_proxy_command(struct reader *rd, struct line *ln, bool *active)
{
	if (ln->narg == 0)
		return line_error(rd, ln, "missing value for %s", ln->key);
	if (*active && !rd->out->proxy_jump)
		rd->out->proxy_command = true;
	return 0;
}

static int
kw_connect_timeout(struct reader *rd, struct line *ln, bool *active)
{
	int v;

	if (one_value(rd, ln) < 0)
		return -1;
	if ((v = parse_time(ln->arg[0])) < 0)
		return bad_value(rd, ln, ln->arg[0]);
	if (*active && rd->out->connect_timeout < 0)
		rd->out->connect_timeout = v;
	return 0;
}

static const struct keyword keywords[] = {
	{ "BatchMode", kw_batch_mode },
	{ "ConnectTimeout", kw_connect_timeout },
	{ "Host", kw_host },
	{ "IdentitiesOnly", kw_identities_only },
	{ "Include", kw_include },
	{ "Match", kw_match },
	{ "ProxyCommand", kw_proxy_command },
	{ "ProxyJump", kw_proxy_jump },
	{ "ServerAliveCountMax", kw_alive_count },
	{ "ServerAliveInterval", kw_alive_interval },
	{ "StrictHostKeyChecking", kw_strict },
	{ "UserKnownHostsFile", kw_known_hosts },
};

static const struct keyword *
keyword_find(const char *name)
{
	size_t i;

	for (i = 0; i < countof(keywords); i++)
		if (!strcasecmp(name, keywords[i].name))
			return &keywords[i];
	return NULL;
}

/* Copy the keyword at s into key and return what follows it and its
 * separator: blanks, or one '=' with optional blanks around it. */
static const char *
split_keyword(const char *s, struct strbuf *key)
{
	while (is_space((unsigned char)*s))
		s++;
	while (*s && *s != '=' && !is_space((unsigned char)*s))
		sb_addc(key, *s++);
	while (is_space((unsigned char)*s))
		s++;
	if (*s == '=')
		s++;
	while (is_space((unsigned char)*s))
		s++;
	return s;
}

/* One argument at *sp into arg, as OpenSSH's argv_split: quotes group,
 * a backslash escapes a quote, a backslash, or (unquoted) a space.
 * Returns -1 for an unterminated quote. */
static int
next_arg(const char **sp, struct strbuf *arg)
{
	const char *s = *sp;
	char quote = 0;

	for (; *s && (quote || !is_space((unsigned char)*s)); s++) {
		if (s[0] == '\\' && (s[1] == '"' || s[1] == '\'' ||
		    s[1] == '\\' || (!quote && s[1] == ' ')))
			sb_addc(arg, *++s);
		else if (quote && *s == quote)
			quote = 0;
		else if (!quote && (*s == '"' || *s == '\''))
			quote = *s;
		else
			sb_addc(arg, *s);
	}
	*sp = s;
	return quote ? -1 : 0;
}

/* Split s into ln->arg, up to an unquoted word starting with '#'. */
static int
split_args(const char *s, struct line *ln)
{
	struct strbuf arg = STRBUF_INIT;

	for (;;) {
		while (is_space((unsigned char)*s))
			s++;
		if (!*s || *s == '#')
			return 0;
		if (next_arg(&s, &arg) < 0) {
			sb_release(&arg);
			return -1;
		}
		XGROW(ln->arg, ln->narg + 1, ln->arg_alloc);
		ln->arg[ln->narg++] = sb_detach(&arg, NULL);
	}
}

static void
free_args(struct line *ln)
{
	while (ln->narg > 0)
		free(ln->arg[--ln->narg]);
}

static int
do_line(struct reader *rd, struct line *ln, const char *text,
    bool *active)
{
	struct strbuf key = STRBUF_INIT;
	const struct keyword *kw;
	const char *rest;
	int r = 0;

	rest = split_keyword(text, &key);
	if (key.len == 0 || key.buf[0] == '#')
		goto out;
	if (split_args(rest, ln) < 0)
		r = line_error(rd, ln, "unterminated quote");
	else if ((kw = keyword_find(key.buf)) != NULL) {
		ln->key = kw->name;
		r = kw->fn(rd, ln, active);
	}
	free_args(ln);
out:
	sb_release(&key);
	return r;
}

/* Open path; NULL when it cannot be, with errno set (EISDIR for a
 * directory, which fopen would accept). */
static FILE *
open_config(const char *path)
{
	FILE *f = fopen(path, "re");
	struct stat st;

	if (f && fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		errno = EISDIR;
		return NULL;
	}
	return f;
}

static int
read_lines(struct reader *rd, FILE *f, struct line *ln, bool active)
{
	char *text = NULL;
	size_t cap = 0;
	int r = 0;

	while (r == 0 && getline(&text, &cap, f) != -1) {
		ln->no++;
		r = do_line(rd, ln, text, &active);
	}
	if (r == 0 && ferror(f)) {
		sb_addf(rd->err, "cannot read ssh config '%s': %s", ln->file,
		    strerror(errno));
		r = -1;
	}
	free(text);
	free(ln->arg);
	return r;
}

/* Read the open file f, named path, with the includer's active flag
 * (true at the top); closes f. */
static int
read_open(struct reader *rd, FILE *f, const char *path, int depth,
    bool active, bool never)
{
	struct line ln = { 0 };
	int r;

	ln.file = path;
	ln.depth = depth;
	ln.never = never;
	r = read_lines(rd, f, &ln, active);
	fclose(f);
	return r;
}

/* Read a default or included file; one that is missing (or is a
 * directory) is skipped. */
static int
read_file(struct reader *rd, const char *path, int depth, bool active,
    bool never)
{
	FILE *f = open_config(path);

	if (f)
		return read_open(rd, f, path, depth, active, never);
	if (errno == ENOENT || errno == ENOTDIR || errno == EISDIR)
		return 0;
	sb_addf(rd->err, "cannot open ssh config '%s': %s", path,
	    strerror(errno));
	return -1;
}

/* The explicit --ssh-config file: it must exist. */
static int
read_explicit(struct reader *rd, const char *file)
{
	FILE *f = open_config(file);

	if (f)
		return read_open(rd, f, file, 0, true, false);
	sb_addf(rd->err, "cannot open ssh config '%s': %s", file,
	    strerror(errno));
	return -1;
}

/* ~/.ssh/config, then the system file; both may be missing. */
static int
read_defaults(struct reader *rd)
{
	char *home = home_dir(NULL), *path;
	int r = 0;

	if (home) {
		path = xasprintf("%s/.ssh/config", home);
		r = read_file(rd, path, 0, true, false);
		free(path);
		free(home);
	}
	rd->user = false;
	if (r == 0)
		r = read_file(rd, SSHCONF_SYSTEM_FILE, 0, true, false);
	return r;
}

int
sshconf_read(const char *file, const char *alias, struct sshconf *out,
    struct strbuf *err)
{
	struct reader rd;
	char *p;
	int r;

	rd.host = xstrdup(alias);
	for (p = rd.host; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	rd.out = out;
	rd.err = err;
	rd.user = true;
	r = file ? read_explicit(&rd, file) : read_defaults(&rd);
	free(rd.host);
	return r;
}
