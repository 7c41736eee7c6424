/*
 * t-sshconf.c - unit tests of src/sshconf.c against files written to a
 * mkdtemp directory T (removed at the end), with HOME=T/home: first
 * value wins, Host patterns and negation, Match all/host and the
 * criteria that never match, Include (relative, glob, nested, inside
 * blocks, too deep), quoting, key=value, case, comments, HOME and %d
 * expansion, the default files, and every error with its FILE:LINE.
 */
#include "config.h"

#include <ftw.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sshconf.h"
#include "strbuf.h"
#include "tap.h"
#include "util.h"

static char tmp[] = "/tmp/t-sshconf.XXXXXX";

/* Write text to T/name. */
static void
put(const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", tmp, name);
	FILE *f = fopen(path, "w");

	if (!f || fputs(text, f) == EOF || fclose(f) != 0)
		check(!"cannot write a test file");
	free(path);
}

static void
mkdir_t(const char *name)
{
	char *path = xasprintf("%s/%s", tmp, name);

	if (mkdir(path, 0700) != 0)
		check(!"cannot create a test directory");
	free(path);
}

/* s with every occurrence of the temporary directory's name as "T". */
static char *
shorten(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	size_t n = strlen(tmp);
	const char *p;

	while ((p = strstr(s, tmp)) != NULL) {
		sb_add(&sb, s, (size_t)(p - s));
		sb_addc(&sb, 'T');
		s = p + n;
	}
	sb_adds(&sb, s);
	return sb_detach(&sb, NULL);
}

static void
add_int(struct strbuf *sb, const char *name, int v)
{
	if (v < 0)
		sb_addf(sb, "%s=- ", name);
	else
		sb_addf(sb, "%s=%d ", name, v);
}

/* c as "S=a I=30 C=3 O=1 B=0 K=T/home/kh" ('-' for unset). */
static void
describe(struct strbuf *sb, const struct sshconf *c)
{
	static const char strict[] = "-ynak";

	sb_addf(sb, "S=%c ", strict[c->strict]);
	add_int(sb, "I", c->server_alive_interval);
	add_int(sb, "C", c->server_alive_count_max);
	add_int(sb, "O", c->identities_only);
	add_int(sb, "B", c->batch_mode);
	sb_addf(sb, "K=%s", c->user_known_hosts ? c->user_known_hosts : "-");
}

/* Read T/name (the default files when name is NULL) for alias:
 * describe() of the result, or "ERR: message". */
static char *
conf(const char *name, const char *alias)
{
	struct strbuf sb = STRBUF_INIT, err = STRBUF_INIT;
	struct sshconf c;
	char *path = name ? xasprintf("%s/%s", tmp, name) : NULL;
	char *s;

	sshconf_init(&c);
	if (sshconf_read(path, alias, &c, &err) < 0)
		sb_addf(&sb, "ERR: %s", err.buf);
	else if (err.len)
		sb_addf(&sb, "ok but err set: %s", err.buf);
	else
		describe(&sb, &c);
	sshconf_free(&c);
	sb_release(&err);
	free(path);
	s = shorten(sb.buf);
	sb_release(&sb);
	return s;
}

#define check_conf(name, alias, want) do { \
	char *got_ = conf(name, alias); \
	check_str(got_, want); \
	free(got_); \
} while (0)

#define UNSET "S=- I=- C=- O=- B=- K=-"

static void
test_basic(void)
{
	put("empty", "");
	check_conf("empty", "web1", UNSET);
	put("all", "StrictHostKeyChecking accept-new\n"
	    "ServerAliveInterval 30\n"
	    "ServerAliveCountMax 3\n"
	    "IdentitiesOnly yes\n"
	    "BatchMode no\n"
	    "UserKnownHostsFile ~/kh ~/kh2\n");
	check_conf("all", "web1", "S=a I=30 C=3 O=1 B=0 K=T/home/kh");
	/* Keywords libssh handles, and unknown ones, are skipped. */
	put("other", "HostName 10.0.0.1\nUser root\nPort 2222\n"
	    "ProxyJump bastion\nFooBar baz qux\nIdentityFile ~/.ssh/id\n"
	    "SendEnv LANG LC_*\nBatchMode yes\n");
	check_conf("other", "web1", "S=- I=- C=- O=- B=1 K=-");
}

static void
test_first_wins(void)
{
	struct strbuf err = STRBUF_INIT;
	struct sshconf c;
	char *path;

	put("fw", "BatchMode no\n"
	    "Host web1\n"
	    "\tStrictHostKeyChecking no\n"
	    "\tStrictHostKeyChecking yes\n"
	    "\tBatchMode yes\n"
	    "\tUserKnownHostsFile /a\n"
	    "Host *\n"
	    "\tStrictHostKeyChecking ask\n"
	    "\tServerAliveInterval 9\n"
	    "\tUserKnownHostsFile /b\n");
	check_conf("fw", "web1", "S=n I=9 C=- O=- B=0 K=/a");
	check_conf("fw", "web2", "S=k I=9 C=- O=- B=0 K=/b");

	/* A field set before reading (the command line) is kept. */
	path = xasprintf("%s/fw", tmp);
	sshconf_init(&c);
	c.strict = SSHCONF_STRICT_ACCEPT_NEW;
	c.batch_mode = 1;
	c.user_known_hosts = xstrdup("/cmdline");
	check_int(sshconf_read(path, "web1", &c, &err), 0);
	check_int(c.strict, SSHCONF_STRICT_ACCEPT_NEW);
	check_int(c.batch_mode, 1);
	check_str(c.user_known_hosts, "/cmdline");
	check_int(c.server_alive_interval, 9);
	sshconf_free(&c);
	check(c.user_known_hosts == NULL && c.batch_mode == -1);
	sshconf_free(&c);	/* twice is harmless */
	free(path);
	sb_release(&err);
}

static void
test_host(void)
{
	put("host", "Host web? !web3\n"
	    "  BatchMode yes\n"
	    "Host db*.example.com *.internal\n"
	    "  ServerAliveInterval 10\n"
	    "Host WEB9\n"
	    "  IdentitiesOnly yes\n"
	    "Host !web1\n"
	    "  StrictHostKeyChecking no\n"
	    "Host * !web1 !web2\n"
	    "  ServerAliveCountMax 7\n"
	    "Host *a*b?\n"
	    "  UserKnownHostsFile /ab\n");
	check_conf("host", "web1", "S=- I=- C=- O=- B=1 K=-");
	check_conf("host", "web2", "S=- I=- C=- O=- B=1 K=-");
	check_conf("host", "web3", "S=- I=- C=7 O=- B=- K=-");
	check_conf("host", "web12", "S=- I=- C=7 O=- B=- K=-");
	check_conf("host", "db1.example.com", "S=- I=10 C=7 O=- B=- K=-");
	check_conf("host", "x.internal", "S=- I=10 C=7 O=- B=- K=-");
	check_conf("host", "x.internal.org", "S=- I=- C=7 O=- B=- K=-");
	/* The alias is lowercased; patterns are matched as written. */
	check_conf("host", "WEB1", "S=- I=- C=- O=- B=1 K=-");
	check_conf("host", "web9", "S=- I=- C=7 O=- B=1 K=-");
	/* '*' backtracks; '?' needs one character. */
	check_conf("host", "xaaybz", "S=- I=- C=7 O=- B=- K=/ab");
	check_conf("host", "abz", "S=- I=- C=7 O=- B=- K=/ab");
	check_conf("host", "ab", "S=- I=- C=7 O=- B=- K=-");
	check_conf("host", "ba", "S=- I=- C=7 O=- B=- K=-");
	/* fnmatch brackets mean nothing here. */
	put("brk", "Host [ab]\n  BatchMode yes\n");
	check_conf("brk", "a", UNSET);
	check_conf("brk", "[ab]", "S=- I=- C=- O=- B=1 K=-");
	put("nohost", "Host\n");
	check_conf("nohost", "a", "ERR: T/nohost:1: missing value for Host");
}

static void
test_match(void)
{
	put("match", "Match all\n"
	    "  IdentitiesOnly yes\n"
	    "Match host web1,web2\n"
	    "  BatchMode yes\n"
	    "Match host \"web*,!web2\"\n"
	    "  ServerAliveInterval 5\n"
	    "MATCH !HOST web1\n"
	    "  ServerAliveCountMax 9\n"
	    "Match user root\n"
	    "  StrictHostKeyChecking no\n"
	    "Match host web1 user root\n"
	    "  StrictHostKeyChecking no\n"
	    "Match canonical host web1\n"
	    "  StrictHostKeyChecking no\n"
	    "Match final\n"
	    "  StrictHostKeyChecking no\n"
	    "Match exec \"test -e /\"\n"
	    "  StrictHostKeyChecking no\n"
	    "Match originalhost web1\n"
	    "  StrictHostKeyChecking no\n"
	    "Match !all\n"
	    "  StrictHostKeyChecking no\n"
	    "Match host web1 all\n"
	    "  StrictHostKeyChecking accept-new\n");
	check_conf("match", "web1", "S=a I=5 C=- O=1 B=1 K=-");
	check_conf("match", "web2", "S=- I=- C=9 O=1 B=1 K=-");
	check_conf("match", "web3", "S=- I=5 C=9 O=1 B=- K=-");
	check_conf("match", "db", "S=- I=- C=9 O=1 B=- K=-");
	put("m-none", "Match\n");
	check_conf("m-none", "a", "ERR: T/m-none:1: missing Match criteria");
	put("m-arg", "# x\nMatch host\n");
	check_conf("m-arg", "a",
	    "ERR: T/m-arg:2: missing value for Match host");
	put("m-arg2", "Match all user\n");
	check_conf("m-arg2", "a",
	    "ERR: T/m-arg2:1: missing value for Match user");
}

static void
test_include(void)
{
	char *text;

	mkdir_t("home/.ssh/conf.d");
	mkdir_t("home/.ssh/conf.d/sub.conf");
	put("home/.ssh/inc1", "BatchMode yes\n");
	put("home/.ssh/conf.d/20-b.conf",
	    "ServerAliveInterval 20\nServerAliveCountMax 2\n");
	put("home/.ssh/conf.d/10-a.conf", "ServerAliveInterval 10\n");
	put("home/.ssh/star", "Host *\n  IdentitiesOnly yes\n"
	    "  BatchMode yes\n");
	put("home/.ssh/other", "Host other\n  IdentitiesOnly yes\n");
	put("abs.conf", "ServerAliveCountMax 5\n");

	put("i-rel", "Include inc1\n");
	check_conf("i-rel", "a", "S=- I=- C=- O=- B=1 K=-");
	put("i-tilde", "Include ~/.ssh/inc1\n");
	check_conf("i-tilde", "a", "S=- I=- C=- O=- B=1 K=-");
	text = xasprintf("Include \"/dev/null\" %s/abs.conf abs.conf\n", tmp);
	put("i-abs", text);
	free(text);
	check_conf("i-abs", "a", "S=- I=- C=5 O=- B=- K=-");
	/* Relative: ~/.ssh/abs.conf, which does not exist. */
	put("i-abs2", "Include abs.conf\n");
	check_conf("i-abs2", "a", UNSET);
	/* Sorted glob order, a directory among the matches skipped. */
	put("i-glob", "Include conf.d/*.conf\n");
	check_conf("i-glob", "a", "S=- I=10 C=2 O=- B=- K=-");
	put("i-none", "Include nothing/*.conf missing\nBatchMode no\n");
	check_conf("i-none", "a", "S=- I=- C=- O=- B=0 K=-");
	put("i-dir", "Include conf.d\nBatchMode no\n");
	check_conf("i-dir", "a", "S=- I=- C=- O=- B=0 K=-");
	put("i-multi", "Include other inc1\n");
	check_conf("i-multi", "other", "S=- I=- C=- O=1 B=1 K=-");
	check_conf("i-multi", "a", "S=- I=- C=- O=- B=1 K=-");
	/* From a block that does not apply, not even "Host *" applies. */
	put("i-cond", "Host other\n  Include star\nHost *\nBatchMode no\n");
	check_conf("i-cond", "a", "S=- I=- C=- O=- B=0 K=-");
	check_conf("i-cond", "other", "S=- I=- C=- O=1 B=1 K=-");
	/* The includer's block is active again after the Include. */
	put("i-restore", "Host a\nInclude other\nBatchMode yes\n");
	check_conf("i-restore", "a", "S=- I=- C=- O=- B=1 K=-");
	put("i-empty", "Include\n");
	check_conf("i-empty", "a", "ERR: T/i-empty:1: missing value for "
	    "Include");
}

static void
test_include_errors(void)
{
	char *text = xasprintf("Include %s/loop\n", tmp);

	put("loop", text);
	free(text);
	check_conf("loop", "a", "ERR: T/loop:1: Include nested too deeply");
	/* 16 levels are fine: d0 includes d1 ... d15 includes d16. */
	put("home/.ssh/d16", "BatchMode yes\n");
	for (int i = 0; i < 16; i++) {
		char *name = xasprintf("home/.ssh/d%d", i);
		char *inc = xasprintf("Include d%d\n", i + 1);

		put(name, inc);
		free(name);
		free(inc);
	}
	check_conf("home/.ssh/d0", "a", "S=- I=- C=- O=- B=1 K=-");
	put("home/.ssh/d16", "Include d17\n");
	put("home/.ssh/d17", "BatchMode yes\n");
	check_conf("home/.ssh/d0", "a",
	    "ERR: T/home/.ssh/d16:1: Include nested too deeply");
	/* Errors in included files name that file and line. */
	put("home/.ssh/bad.conf", "\nServerAliveCountMax many\n");
	put("i-bad", "Host nomatch\nInclude bad.conf\n");
	check_conf("i-bad", "a", "ERR: T/home/.ssh/bad.conf:2: bad value "
	    "'many' for ServerAliveCountMax");
}

static void
test_syntax(void)
{
	put("eq", "BatchMode=yes\n"
	    "ServerAliveInterval = 15\n"
	    "ServerAliveCountMax =4\n"
	    "IdentitiesOnly= no\n"
	    "\t  StrictHostKeyChecking\t\"accept-new\"\n");
	check_conf("eq", "a", "S=a I=15 C=4 O=0 B=1 K=-");
	put("case", "batchmode YES\nSTRICTHOSTKEYCHECKING Accept-New\n"
	    "host A\nserveraliveinterval 1M\nhost a\nIdentitiesOnly True\n");
	check_conf("case", "a", "S=a I=- C=- O=1 B=1 K=-");
	put("comm", "# a comment\n   # indented\n\n\t\n"
	    "BatchMode yes # trailing\n"
	    "ServerAliveCountMax 1 #\n"
	    "#BatchMode no\n"
	    "IdentitiesOnly no\r\n");
	check_conf("comm", "a", "S=- I=- C=1 O=0 B=1 K=-");
	put("q1", "UserKnownHostsFile \"~/my known hosts\" other\n");
	check_conf("q1", "a", "S=- I=- C=- O=- B=- K=T/home/my known hosts");
	put("q2", "UserKnownHostsFile /a\\ b\n");
	check_conf("q2", "a", "S=- I=- C=- O=- B=- K=/a b");
	put("q3", "UserKnownHostsFile '/x\"y'\n");
	check_conf("q3", "a", "S=- I=- C=- O=- B=- K=/x\"y");
	put("q4", "UserKnownHostsFile \"/p#q\" # c\n");
	check_conf("q4", "a", "S=- I=- C=- O=- B=- K=/p#q");
	put("q5", "UserKnownHostsFile /a\"b c\"d\\\\e\n");
	check_conf("q5", "a", "S=- I=- C=- O=- B=- K=/ab cd\\e");
	put("q6", "BatchMode \"yes\n");
	check_conf("q6", "a", "ERR: T/q6:1: unterminated quote");
	put("q7", "\nProxyCommand 'ssh -W %h:%p\n");
	check_conf("q7", "a", "ERR: T/q7:2: unterminated quote");
	put("q8", "BatchMode \"\"\n");
	check_conf("q8", "a", "ERR: T/q8:1: bad value '' for BatchMode");
	/* A last line without a newline still counts. */
	put("nonl", "BatchMode no");
	check_conf("nonl", "a", "S=- I=- C=- O=- B=0 K=-");
}

/* One keyword's value, checked through the file "v". */
static char *
value(const char *line)
{
	char *text = xasprintf("Host *\n%s\n", line);
	char *s;

	put("v", text);
	free(text);
	s = conf("v", "a");
	return s;
}

#define check_value(line, want) do { \
	char *got_ = value(line); \
	check_str(got_, want); \
	free(got_); \
} while (0)

static void
test_values_strict(void)
{
	check_value("StrictHostKeyChecking yes", "S=y I=- C=- O=- B=- K=-");
	check_value("StrictHostKeyChecking true", "S=y I=- C=- O=- B=- K=-");
	check_value("StrictHostKeyChecking no", "S=n I=- C=- O=- B=- K=-");
	check_value("StrictHostKeyChecking false", "S=n I=- C=- O=- B=- K=-");
	check_value("StrictHostKeyChecking off", "S=n I=- C=- O=- B=- K=-");
	check_value("StrictHostKeyChecking ask", "S=k I=- C=- O=- B=- K=-");
	check_value("StrictHostKeyChecking maybe",
	    "ERR: T/v:2: bad value 'maybe' for StrictHostKeyChecking");
	check_value("StrictHostKeyChecking",
	    "ERR: T/v:2: missing value for StrictHostKeyChecking");
	check_value("StrictHostKeyChecking yes no",
	    "ERR: T/v:2: garbage at end of line");
}

static void
test_values_time(void)
{
	check_value("ServerAliveInterval 0", "S=- I=0 C=- O=- B=- K=-");
	check_value("ServerAliveInterval 1m30s", "S=- I=90 C=- O=- B=- K=-");
	check_value("ServerAliveInterval 1m30", "S=- I=90 C=- O=- B=- K=-");
	check_value("ServerAliveInterval 2H", "S=- I=7200 C=- O=- B=- K=-");
	check_value("ServerAliveInterval 1d1w",
	    "S=- I=691200 C=- O=- B=- K=-");
	check_value("ServerAliveInterval 2147483647",
	    "S=- I=2147483647 C=- O=- B=- K=-");
	check_value("ServerAliveInterval 2147483648",
	    "ERR: T/v:2: bad value '2147483648' for ServerAliveInterval");
	check_value("ServerAliveInterval 35791395m",
	    "ERR: T/v:2: bad value '35791395m' for ServerAliveInterval");
	check_value("ServerAliveInterval 99999999999999999999999",
	    "ERR: T/v:2: bad value '99999999999999999999999' for "
	    "ServerAliveInterval");
	check_value("ServerAliveInterval 10x",
	    "ERR: T/v:2: bad value '10x' for ServerAliveInterval");
	check_value("ServerAliveInterval -1",
	    "ERR: T/v:2: bad value '-1' for ServerAliveInterval");
	check_value("ServerAliveInterval m",
	    "ERR: T/v:2: bad value 'm' for ServerAliveInterval");
	check_value("ServerAliveInterval 5ms",
	    "ERR: T/v:2: bad value '5ms' for ServerAliveInterval");
}

static void
test_values_other(void)
{
	check_value("ServerAliveCountMax 0", "S=- I=- C=0 O=- B=- K=-");
	check_value("ServerAliveCountMax 12", "S=- I=- C=12 O=- B=- K=-");
	check_value("ServerAliveCountMax 3x",
	    "ERR: T/v:2: bad value '3x' for ServerAliveCountMax");
	check_value("ServerAliveCountMax -1",
	    "ERR: T/v:2: bad value '-1' for ServerAliveCountMax");
	check_value("ServerAliveCountMax 1s",
	    "ERR: T/v:2: bad value '1s' for ServerAliveCountMax");

	check_value("IdentitiesOnly true", "S=- I=- C=- O=1 B=- K=-");
	check_value("IdentitiesOnly false", "S=- I=- C=- O=0 B=- K=-");
	check_value("IdentitiesOnly off",
	    "ERR: T/v:2: bad value 'off' for IdentitiesOnly");
	check_value("BatchMode No", "S=- I=- C=- O=- B=0 K=-");
	check_value("BatchMode 1", "ERR: T/v:2: bad value '1' for BatchMode");
	check_value("BatchMode", "ERR: T/v:2: missing value for BatchMode");

	/* Checked even in a block that does not apply. */
	put("inactive", "Host nomatch\n  StrictHostKeyChecking maybe\n");
	check_conf("inactive", "a", "ERR: T/inactive:2: bad value 'maybe' "
	    "for StrictHostKeyChecking");
}

static void
test_known_hosts(void)
{
	struct passwd *pw;
	char *want, *home;

	check_value("UserKnownHostsFile ~/kh",
	    "S=- I=- C=- O=- B=- K=T/home/kh");
	check_value("UserKnownHostsFile ~", "S=- I=- C=- O=- B=- K=T/home");
	check_value("UserKnownHostsFile %d/.ssh/kh",
	    "S=- I=- C=- O=- B=- K=T/home/.ssh/kh");
	check_value("UserKnownHostsFile /a%%d%h%",
	    "S=- I=- C=- O=- B=- K=/a%d%h%");
	check_value("UserKnownHostsFile none", "S=- I=- C=- O=- B=- K=none");
	check_value("UserKnownHostsFile /a/~/b",
	    "S=- I=- C=- O=- B=- K=/a/~/b");
	check_value("UserKnownHostsFile",
	    "ERR: T/v:2: missing value for UserKnownHostsFile");
	check_value("UserKnownHostsFile ~no-such-user-t-sshconf/kh",
	    "ERR: T/v:2: cannot expand '~no-such-user-t-sshconf/kh': "
	    "unknown user or no home directory");
	/* Without HOME, the password database's home. */
	if ((pw = getpwuid(getuid())) != NULL) {
		want = xasprintf("S=- I=- C=- O=- B=- K=%s/kh", pw->pw_dir);
		home = xstrdup(getenv("HOME"));
		sshconf_set_home(NULL);
		unsetenv("HOME");
		check_value("UserKnownHostsFile ~/kh", want);
		setenv("HOME", "", 1);
		check_value("UserKnownHostsFile %d/kh", want);
		/* $HOME does not matter: the password database wins, as in
		 * OpenSSH and libssh. */
		setenv("HOME", "/nonexistent-t-sshconf", 1);
		check_value("UserKnownHostsFile ~/kh", want);
		setenv("HOME", home, 1);
		sshconf_set_home(home);
		free(home);
		free(want);
	}
	/* getpwnam's result is static: use it before the next call. */
	if ((pw = getpwnam("root")) != NULL) {
		want = xasprintf("S=- I=- C=- O=- B=- K=%s/kh", pw->pw_dir);
		check_value("UserKnownHostsFile ~root/kh", want);
		free(want);
	}
}

static void
test_defaults(void)
{
	char *home = xasprintf("%s/home", tmp);
	char *nohome = xasprintf("%s/nohome", tmp);

	/* ~/.ssh/config first: its values win over the system file's. */
	put("home/.ssh/config", "Host web1\n"
	    "  StrictHostKeyChecking accept-new\n"
	    "  Include inc1\n"
	    "  UserKnownHostsFile ~/.ssh/kh\n");
	{
		char *got = conf(NULL, "web1");

		check(strstr(got, "S=a ") != NULL);
		check(strstr(got, " B=1 ") != NULL);
		check(strstr(got, " K=T/home/.ssh/kh") != NULL);
		if (strncmp(got, "S=a", 3) != 0)
			tap_diag("got: %s", got);
		free(got);
	}
	/* Missing default files are fine. */
	setenv("HOME", nohome, 1);
	sshconf_set_home(nohome);
	{
		char *got = conf(NULL, "web1");

		check(strncmp(got, "ERR", 3) != 0);
		free(got);
	}
	setenv("HOME", home, 1);
	sshconf_set_home(home);
	free(home);
	free(nohome);
}

static void
test_errors(void)
{
	struct strbuf err = STRBUF_INIT;
	struct sshconf c;

	check_conf("no-such-file", "a", "ERR: cannot open ssh config "
	    "'T/no-such-file': No such file or directory");
	check_conf("home", "a", "ERR: cannot open ssh config 'T/home': "
	    "Is a directory");
	/* Messages are appended. */
	sshconf_init(&c);
	sb_adds(&err, "x: ");
	check_int(sshconf_read("/nonexistent/ssh_config", "a", &c, &err), -1);
	check_str(err.buf, "x: cannot open ssh config "
	    "'/nonexistent/ssh_config': No such file or directory");
	sshconf_free(&c);
	sb_release(&err);
}

static int
remove_one(const char *path, const struct stat *st, int type,
    struct FTW *ftw)
{
	(void)st;
	(void)type;
	(void)ftw;
	return remove(path);
}

int
main(void)
{
	char *home;

	if (!mkdtemp(tmp))
		return tap_skip_all("mkdtemp failed");
	home = xasprintf("%s/home", tmp);
	setenv("HOME", home, 1);
	sshconf_set_home(home);
	free(home);
	mkdir_t("home");
	mkdir_t("home/.ssh");

	test_basic();
	test_first_wins();
	test_host();
	test_match();
	test_include();
	test_include_errors();
	test_syntax();
	test_values_strict();
	test_values_time();
	test_values_other();
	test_known_hosts();
	test_defaults();
	test_errors();

	check(nftw(tmp, remove_one, 16, FTW_DEPTH | FTW_PHYS) == 0);
	sshconf_set_home(NULL);
	return test_done();
}
