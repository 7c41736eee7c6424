/*
 * session.c - the per-host SSH connections (libssh 0.10), each owned by
 * one worker thread.
 *
 * A worker connects when its first command arrives: options from
 * ssh_config (libssh's parser, plus the settings it ignores, read by
 * sshconf.c), the host key checked against known_hosts (libssh checks
 * nothing by itself), then public-key authentication (--identity first,
 * then the agent and the identity files), and a password only when
 * standard input is a terminal.  After that the session is non-blocking
 * and driven by an ssh_event: channel callbacks hand output to the main
 * thread as it arrives, and every command is a state machine (open the
 * channel, send the exec request, run) that the loop moves on whenever
 * libssh says SSH_AGAIN.  At most MAX_CHANNELS channels are open at once
 * on a session (sshd's MaxSessions is 10 by default).
 *
 * Workers talk to the main thread only through the inbox of their
 * session (mutex + wake pipe) and the global event queue (mutex + event
 * pipe); the main thread never touches a libssh object.
 *
 * Interface: see session.h.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hosts.h"
#include "session.h"
#include "sshconf.h"
#include "sshlib.h"		/* libssh, loaded by the first session */
#include "strbuf.h"
#include "util.h"

#define MAX_CHANNELS 8
#define DEFAULT_TIMEOUT 10

enum cmd_state {
	CMD_QUEUED,		/* in the worker's pending list */
	CMD_OPENING,		/* ssh_channel_open_session() */
	CMD_EXECING,		/* ssh_channel_request_exec() */
	CMD_RUNNING,
};

struct session_cmd {
	struct session *s;
	char *cmd;
	void *data;
	struct session_cmd *next;	/* inbox, then the worker's lists */
	bool cancel;			/* under s->mu */
	/* the worker's */
	enum cmd_state state;
	ssh_channel ch;
	struct ssh_channel_callbacks_struct cb;
	bool eof, closed, have_status;
	int status, sig;
	bool core;
	char *reason;
	struct session_io io;
	bool aborted;		/* io said stop */
	bool refused;		/* the server refused the channel while
				 * others were open: queued again */
	bool sent_eof;		/* produce() is done */
	char *wbuf;		/* produced, not yet written */
	size_t wlen, woff;
};

struct session {
	char *word, *user, *name;
	unsigned port;
	pthread_t thread;
	int wake[2];
	pthread_mutex_t mu;
	struct session_cmd *inbox, **inbox_tail;	/* under mu */
	bool stop;					/* under mu */
	/* the worker's */
	ssh_session ssh;
	ssh_event ev;
	char *dead;			/* why it cannot be used */
	struct session_cmd *pending, *active;
	size_t nactive;
	struct sshconf conf;
	struct timespec ka_last;	/* last keep-alive request sent */
	size_t max_channels;		/* MAX_CHANNELS, lowered when the
					 * server refuses a channel */
	unsigned refusals;		/* in a row, since a channel opened */
	double retry_at;		/* now_secs(): no channel opens
					 * before then (0: none waits) */
};

enum ev_kind { EV_DATA, EV_DONE };

struct event {
	enum ev_kind kind;
	struct session_cmd *c;
	int stream;
	char *buf;
	size_t len;
	struct session_result res;
	struct event *next;
};

static struct session_opts opts;
static struct session **pool;
static size_t npool, apool;
static pthread_mutex_t ev_mu = PTHREAD_MUTEX_INITIALIZER;
static struct event *ev_head, **ev_tail = &ev_head;
static int ev_pipe[2] = { -1, -1 };
static pthread_mutex_t known_hosts_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t prompt_mu = PTHREAD_MUTEX_INITIALIZER;

/* ---- events to the main thread ---- */

static void
post(struct event *e)
{
	bool was_empty;

	pthread_mutex_lock(&ev_mu);
	was_empty = ev_head == NULL;
	e->next = NULL;
	*ev_tail = e;
	ev_tail = &e->next;
	pthread_mutex_unlock(&ev_mu);
	if (was_empty)
		(void)!write(ev_pipe[1], "", 1);
}

static void
post_data(struct session_cmd *c, int stream, const void *buf, size_t len)
{
	struct event *e = xcalloc(1, sizeof(*e));

	e->kind = EV_DATA;
	e->c = c;
	e->stream = stream;
	e->buf = xmalloc(len);
	memcpy(e->buf, buf, len);
	e->len = len;
	post(e);
}

static void
post_done(struct session_cmd *c, bool cancelled)
{
	struct event *e = xcalloc(1, sizeof(*e));

	e->kind = EV_DONE;
	e->c = c;
	e->res.cancelled = cancelled;
	e->res.lost = c->s->ev != NULL;
	if (c->aborted && !cancelled) {
		e->res.aborted = true;
		e->res.exit_code = 1;
	} else if (c->reason) {
		e->res.exit_code = 255;
		e->res.reason = c->reason;
	} else if (c->sig) {
		e->res.sig = c->sig;
		e->res.core = c->core;
	} else if (c->have_status) {
		e->res.exit_code = c->status;
	} else if (!cancelled) {
		c->reason = xstrdup("the command ended without an exit "
		    "status");
		e->res.exit_code = 255;
		e->res.reason = c->reason;
	}
	post(e);
}

int
session_event_fd(void)
{
	if (ev_pipe[0] < 0 && pipe2(ev_pipe, O_CLOEXEC | O_NONBLOCK) < 0) {
		int e = errno;

		fprintf(stderr, "%s: pipe: %s\n", progname, strerror(e));
		exit(2);
	}
	return ev_pipe[0];
}

void
session_drain(const struct session_handlers *h)
{
	char buf[256];
	struct event *e, *next;

	while (read(ev_pipe[0], buf, sizeof(buf)) > 0)
		;
	pthread_mutex_lock(&ev_mu);
	e = ev_head;
	ev_head = NULL;
	ev_tail = &ev_head;
	pthread_mutex_unlock(&ev_mu);
	for (; e; e = next) {
		next = e->next;
		if (e->kind == EV_DATA)
			h->on_data(e->c, e->stream, e->buf, e->len);
		else
			h->on_done(e->c, &e->res);
		free(e->buf);
		free(e);
	}
}

/* ---- commands ---- */

struct session_cmd *
session_cmd_new(struct session *s, const char *cmd, void *data)
{
	struct session_cmd *c = xcalloc(1, sizeof(*c));

	c->s = s;
	c->cmd = xstrdup(cmd);
	c->data = data;
	return c;
}

void
session_cmd_set_io(struct session_cmd *c, const struct session_io *io)
{
	c->io = *io;
}

void *
session_cmd_data(const struct session_cmd *c)
{
	return c->data;
}

void
session_cmd_free(struct session_cmd *c)
{
	if (!c)
		return;
	free(c->cmd);
	free(c->reason);
	free(c->wbuf);
	free(c);
}

static void
wake(struct session *s)
{
	(void)!write(s->wake[1], "", 1);
}

void
session_submit(struct session_cmd *c)
{
	struct session *s = c->s;

	pthread_mutex_lock(&s->mu);
	c->next = NULL;
	*s->inbox_tail = c;
	s->inbox_tail = &c->next;
	pthread_mutex_unlock(&s->mu);
	wake(s);
}

void
session_cancel(struct session_cmd *c)
{
	pthread_mutex_lock(&c->s->mu);
	c->cancel = true;
	pthread_mutex_unlock(&c->s->mu);
	wake(c->s);
}

/* libssh's last error, or what an empty one most likely means (it sets
 * none when an allocation fails, e.g. under a memory limit). */
static const char *
ssh_reason(ssh_session ssh)
{
	const char *e = ssh_get_error(ssh);

	return e && *e ? e : "libssh gave no reason (out of memory?)";
}

/* ---- connecting ---- */

static int
fail(struct session *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The session is unusable: every command on it fails with why. */
static int
fail(struct session *s, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	if (!msg)
		msg = xstrdup("out of memory");
	free(s->dead);
	s->dead = msg;
	return -1;
}

/* Dead peers are noticed by the kernel: keep-alive probes when idle,
 * and a bound on unacknowledged data.  (libssh 0.10 has no client
 * keep-alive of its own.)  Not a socket (ProxyCommand): nothing. */
static void
set_keepalive(struct session *s)
{
	int fd = ssh_get_fd(s->ssh), one = 1, cnt = 3;
	int idle = s->conf.server_alive_interval > 0 ?
	    s->conf.server_alive_interval : 15;
	unsigned user_timeout;

	if (s->conf.server_alive_count_max > 0)
		cnt = s->conf.server_alive_count_max;
	user_timeout = (unsigned)(idle * (cnt + 1)) * 1000;
	if (fd < 0 ||
	    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one)) < 0)
		return;
	(void)setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof(idle));
	(void)setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &idle, sizeof(idle));
	(void)setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &cnt, sizeof(cnt));
	(void)setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &user_timeout,
	    sizeof(user_timeout));
}

/* ProxyJump through OpenSSH's client, as libssh 0.10 does it, but with
 * our ssh_config (libssh's rewrite would read ~/.ssh/config instead):
 * "ssh -F CONFIG -J HOP1,... -W [%h]:%p LASTHOP". */
static void
set_proxy_jump(struct session *s)
{
	struct strbuf cmd = STRBUF_INIT;
	char *hops = xstrdup(s->conf.proxy_jump), *last = strrchr(hops, ',');

	sb_adds(&cmd, "exec ssh");
	if (opts.ssh_config) {
		sb_adds(&cmd, " -F ");
		sb_add_sh_quoted(&cmd, opts.ssh_config);
	}
	if (last) {
		*last++ = '\0';
		sb_adds(&cmd, " -J ");
		sb_add_sh_quoted(&cmd, hops);
	} else {
		last = hops;
	}
	sb_adds(&cmd, " -W '[%h]:%p' ");
	sb_add_sh_quoted(&cmd, last);
	ssh_options_set(s->ssh, SSH_OPTIONS_PROXYCOMMAND, cmd.buf);
	sb_release(&cmd);
	free(hops);
}

static int
set_options(struct session *s)
{
	long timeout = DEFAULT_TIMEOUT;
	int one = 1, quiet = SSH_LOG_NOLOG;
	struct strbuf err = STRBUF_INIT;

	if (sshconf_read(opts.ssh_config, s->name, &s->conf, &err) < 0) {
		fail(s, "%s", err.buf);
		sb_release(&err);
		return -1;
	}
	sb_release(&err);
	ssh_options_set(s->ssh, SSH_OPTIONS_HOST, s->name);
	ssh_options_set(s->ssh, SSH_OPTIONS_TIMEOUT, &timeout);
	if (ssh_options_parse_config(s->ssh, opts.ssh_config) < 0)
		return fail(s, "cannot read ssh_config: %s",
		    ssh_get_error(s->ssh));
	/* LogLevel in ssh_config turns on libssh's own chatter. */
	ssh_options_set(s->ssh, SSH_OPTIONS_LOG_VERBOSITY, &quiet);
	/* With "StrictHostKeyChecking no" libssh calls every key known,
	 * a changed one too: it must report the truth, dmake decides. */
	ssh_options_set(s->ssh, SSH_OPTIONS_STRICTHOSTKEYCHECK, &one);
	/* The command line beats ssh_config, as with OpenSSH. */
	if (s->user)
		ssh_options_set(s->ssh, SSH_OPTIONS_USER, s->user);
	if (s->port) {
		unsigned int port = s->port;

		ssh_options_set(s->ssh, SSH_OPTIONS_PORT, &port);
	}
	if (opts.connect_timeout > 0)
		ssh_options_set(s->ssh, SSH_OPTIONS_TIMEOUT,
		    &opts.connect_timeout);
	ssh_options_set(s->ssh, SSH_OPTIONS_NODELAY, &one);
	/* IdentitiesOnly (libssh parses it and ignores it): keep the agent
	 * out, so that only the IdentityFile keys (and --identity) are
	 * offered, before an agent full of keys exhausts MaxAuthTries. */
	if (s->conf.identities_only == 1)
		ssh_options_set(s->ssh, SSH_OPTIONS_IDENTITY_AGENT,
		    "/nonexistent/dmake: IdentitiesOnly");
	if (s->conf.proxy_jump)
		set_proxy_jump(s);
	if (s->conf.user_known_hosts &&
	    strcmp(s->conf.user_known_hosts, "none") == 0) {
		/* No file: every key is unknown, none is ever recorded. */
		free(s->conf.user_known_hosts);
		s->conf.user_known_hosts = xstrdup("/dev/null");
	}
	if (s->conf.user_known_hosts)
		ssh_options_set(s->ssh, SSH_OPTIONS_KNOWNHOSTS,
		    s->conf.user_known_hosts);
	return 0;
}

/* "SHA256:..." of the server's key, malloc'd, or NULL. */
static char *
fingerprint(struct session *s)
{
	ssh_key key = NULL;
	unsigned char *hash = NULL;
	size_t hlen = 0;
	char *fp, *res = NULL;

	if (ssh_get_server_publickey(s->ssh, &key) != SSH_OK)
		return NULL;
	if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash,
	    &hlen) == 0) {
		fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash,
		    hlen);
		if (fp)
			res = xstrdup(fp);
		ssh_string_free_char(fp);
		ssh_clean_pubkey_hash(&hash);
	}
	ssh_key_free(key);
	return res;
}

/* The known_hosts file new keys go to, malloc'd. */
static char *
known_hosts_path(struct session *s)
{
	char *p = NULL, *res;
	const char *home;

	if (s->conf.user_known_hosts)
		return xstrdup(s->conf.user_known_hosts);
	if (ssh_options_get(s->ssh, SSH_OPTIONS_KNOWNHOSTS, &p) == SSH_OK &&
	    p) {
		res = xstrdup(p);
		ssh_string_free_char(p);
		return res;
	}
	home = getenv("HOME");	/* libssh's own default is set above */
	return xasprintf("%s/.ssh/known_hosts", home ? home : "");
}

/* The whole of a file (may be missing: empty), or -1 with errno. */
static int
slurp(const char *path, struct strbuf *sb, mode_t *mode)
{
	char buf[8192];
	ssize_t n;
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return errno == ENOENT ? 0 : -1;
	if (fstat(fd, &st) == 0)
		*mode = st.st_mode & 07777;
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		sb_add(sb, buf, (size_t)n);
	close(fd);
	return n < 0 ? -1 : 0;
}

/* Write old + line to a new file beside path and rename it over path,
 * so that no reader ever sees a half-written known_hosts. */
static int
replace_file(const char *path, const struct strbuf *old, const char *line,
    mode_t mode)
{
	char *tmp = xasprintf("%s.dmake-XXXXXX", path);
	int fd = mkostemp(tmp, O_CLOEXEC), e;
	struct strbuf sb = STRBUF_INIT;
	ssize_t w = -1;

	if (fd < 0)
		goto out;
	sb_add(&sb, old->buf, old->len);
	if (sb.len && sb.buf[sb.len - 1] != '\n')
		sb_addc(&sb, '\n');
	sb_adds(&sb, line);
	if (sb.buf[sb.len - 1] != '\n')
		sb_addc(&sb, '\n');
	w = write(fd, sb.buf, sb.len);
	if (w != (ssize_t)sb.len || fchmod(fd, mode) < 0 || fsync(fd) < 0 ||
	    close(fd) < 0 || rename(tmp, path) < 0) {
		if (w >= 0 && w != (ssize_t)sb.len)
			errno = ENOSPC;
		w = -1;
	}
out:
	e = errno;
	if (w < 0 && fd >= 0)
		unlink(tmp);
	free(tmp);
	sb_release(&sb);
	errno = e;
	return w < 0 ? -1 : 0;
}

/* ~/.ssh may not exist yet: make the file's directory, 0700, as ssh
 * does (only the last component). */
static void
make_parent(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');

	if (slash && slash != dir) {
		*slash = '\0';
		(void)mkdir(dir, 0700);
	}
	free(dir);
}

/* Record the server's key in known_hosts. */
static int
record_key(struct session *s, const char *path)
{
	char *entry = NULL;
	struct strbuf old = STRBUF_INIT;
	mode_t mode = 0600;
	int rc = -1, e = 0;

	if (ssh_session_export_known_hosts_entry(s->ssh, &entry) != SSH_OK)
		return fail(s, "cannot record the host key: %s",
		    ssh_get_error(s->ssh));
	pthread_mutex_lock(&known_hosts_mu);
	make_parent(path);
	if (slurp(path, &old, &mode) == 0 &&
	    (strstr(old.buf, entry) ||	/* another word, same server */
	    replace_file(path, &old, entry, mode) == 0))
		rc = 0;
	else
		e = errno;
	pthread_mutex_unlock(&known_hosts_mu);
	ssh_string_free_char(entry);
	sb_release(&old);
	if (rc < 0)
		return fail(s, "cannot record the host key in '%s': %s", path,
		    strerror(e));
	return 0;
}

static int
check_host_key(struct session *s)
{
	enum ssh_known_hosts_e st = ssh_session_is_known_server(s->ssh);
	bool accept = opts.accept_new ||
	    s->conf.strict == SSHCONF_STRICT_ACCEPT_NEW ||
	    s->conf.strict == SSHCONF_STRICT_NO;
	char *fp, *path;
	int rc;

	if (st == SSH_KNOWN_HOSTS_OK)
		return 0;
	if (st == SSH_KNOWN_HOSTS_ERROR)
		return fail(s, "cannot check the host key: %s",
		    ssh_get_error(s->ssh));
	fp = fingerprint(s);
	path = known_hosts_path(s);
	if (st == SSH_KNOWN_HOSTS_CHANGED || st == SSH_KNOWN_HOSTS_OTHER)
		rc = fail(s, "the host key has changed (now %s); refusing to "
		    "connect.  If the change is expected, remove the old key "
		    "from '%s' (ssh-keygen -R)", fp ? fp : "?", path);
	else if (!accept)
		rc = fail(s, "unknown host key %s; to trust it, run with "
		    "--accept-new-host-keys (or set StrictHostKeyChecking "
		    "accept-new in ssh_config)", fp ? fp : "?");
	else if (strcmp(path, "/dev/null") == 0)
		rc = fail(s, "unknown host key %s, and UserKnownHostsFile is "
		    "none: nowhere to record it", fp ? fp : "?");
	else
		rc = record_key(s, path);
	free(fp);
	free(path);
	return rc;
}

static int
try_password(struct session *s)
{
	char buf[256], prompt[512];
	int rc;

	if (!isatty(STDIN_FILENO) || s->conf.batch_mode == 1 ||
	    !(ssh_userauth_list(s->ssh, NULL) & SSH_AUTH_METHOD_PASSWORD))
		return SSH_AUTH_DENIED;
	snprintf(prompt, sizeof(prompt), "%s's password: ", s->word);
	pthread_mutex_lock(&prompt_mu);
	rc = ssh_getpass(prompt, buf, sizeof(buf), 0, 0);
	pthread_mutex_unlock(&prompt_mu);
	if (rc < 0)
		return SSH_AUTH_DENIED;
	rc = ssh_userauth_password(s->ssh, NULL, buf);
	explicit_bzero(buf, sizeof(buf));
	return rc;
}

static int
authenticate(struct session *s)
{
	int rc = SSH_AUTH_DENIED;

	if (opts.identity) {
		ssh_key key = NULL;

		if (ssh_pki_import_privkey_file(opts.identity, NULL, NULL,
		    NULL, &key) != SSH_OK)
			return fail(s, "cannot read the identity '%s'",
			    opts.identity);
		rc = ssh_userauth_publickey(s->ssh, NULL, key);
		ssh_key_free(key);
	}
	if (rc != SSH_AUTH_SUCCESS)
		rc = ssh_userauth_publickey_auto(s->ssh, NULL, NULL);
	if (rc == SSH_AUTH_DENIED)
		rc = try_password(s);
	if (rc == SSH_AUTH_SUCCESS)
		return 0;
	if (rc == SSH_AUTH_DENIED)
		return fail(s, "authentication failed (no key or password "
		    "was accepted)");
	return fail(s, "authentication failed: %s", ssh_get_error(s->ssh));
}

static int
on_wake(socket_t fd, int revents, void *userdata)
{
	char buf[64];

	(void)revents;
	(void)userdata;
	while (read(fd, buf, sizeof(buf)) > 0)
		;
	return 0;
}

static double
now_secs(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void take_inbox(struct session *s, bool *stop);

/* ssh_connect() without blocking, so that a command cancelled while
 * its host is still connecting (SIGINT) ends at once: returns 0, -1
 * (failed: s->dead), or 1 (nobody wants the session any more). */
static int
connect_nonblocking(struct session *s)
{
	long t = opts.connect_timeout > 0 ? opts.connect_timeout :
	    s->conf.connect_timeout > 0 ? s->conf.connect_timeout :
	    DEFAULT_TIMEOUT;
	double deadline = now_secs() + (double)t;
	bool stop = false;
	int rc;

	ssh_set_blocking(s->ssh, 0);
	while ((rc = ssh_connect(s->ssh)) == SSH_AGAIN) {
		struct pollfd pfd[2] = {
			{ s->wake[0], POLLIN, 0 },
			{ ssh_get_fd(s->ssh), POLLIN, 0 },
		};

		if (now_secs() > deadline)
			return fail(s, "cannot connect: no answer in %ld s", t);
		if (poll(pfd, 2, 10) > 0 && pfd[0].revents) {
			on_wake(s->wake[0], pfd[0].revents, s);
			take_inbox(s, &stop);
			if (stop || (!s->pending && !s->active))
				return 1;
		}
	}
	ssh_set_blocking(s->ssh, 1);
	if (rc != SSH_OK)
		return fail(s, "cannot connect: %s", ssh_reason(s->ssh));
	return 0;
}

static int
connect_host(struct session *s)
{
	int rc;

	s->ssh = ssh_new();
	if (!s->ssh)
		return fail(s, "cannot create an SSH session");
	if (set_options(s) < 0)
		return -1;
	if ((rc = connect_nonblocking(s)) != 0) {
		if (rc > 0) {	/* abandoned: a later command may retry */
			ssh_free(s->ssh);
			s->ssh = NULL;
		}
		return -1;
	}
	set_keepalive(s);
	if (check_host_key(s) < 0 || authenticate(s) < 0)
		return -1;
	ssh_set_blocking(s->ssh, 0);
	s->ev = ssh_event_new();
	if (!s->ev || ssh_event_add_session(s->ev, s->ssh) != SSH_OK ||
	    ssh_event_add_fd(s->ev, s->wake[0], POLLIN, on_wake, s) !=
	    SSH_OK)
		return fail(s, "cannot set up the event loop");
	clock_gettime(CLOCK_MONOTONIC, &s->ka_last);
	return 0;
}

/* ---- channels ---- */

static int
on_data(ssh_session ssh, ssh_channel ch, void *data, uint32_t len,
    int is_stderr, void *userdata)
{
	struct session_cmd *c = userdata;

	(void)ssh;
	(void)ch;
	if (len == 0)	/* an empty data message: nothing to pass on */
		return 0;
	if (is_stderr || !c->io.consume)
		post_data(c, is_stderr ? 2 : 1, data, len);
	else if (!c->aborted && c->io.consume(c->io.ctx, data, len) < 0)
		c->aborted = true;
	return (int)len;
}

static void
on_eof(ssh_session ssh, ssh_channel ch, void *userdata)
{
	struct session_cmd *c = userdata;

	(void)ssh;
	(void)ch;
	c->eof = true;
}

static void
on_close(ssh_session ssh, ssh_channel ch, void *userdata)
{
	struct session_cmd *c = userdata;

	(void)ssh;
	(void)ch;
	c->closed = true;
}

static void
on_exit_status(ssh_session ssh, ssh_channel ch, int status, void *userdata)
{
	struct session_cmd *c = userdata;

	(void)ssh;
	(void)ch;
	c->have_status = true;
	c->status = status;
}

/* RFC 4254 signal names, without "SIG". */
static int
signal_number(const char *name)
{
	static const struct {
		const char *name;
		int sig;
	} sigs[] = {
		{ "ABRT", SIGABRT }, { "ALRM", SIGALRM }, { "FPE", SIGFPE },
		{ "HUP", SIGHUP }, { "ILL", SIGILL }, { "INT", SIGINT },
		{ "KILL", SIGKILL }, { "PIPE", SIGPIPE }, { "QUIT", SIGQUIT },
		{ "SEGV", SIGSEGV }, { "TERM", SIGTERM }, { "USR1", SIGUSR1 },
		{ "USR2", SIGUSR2 },
	};
	size_t i;

	for (i = 0; i < countof(sigs); i++)
		if (strcmp(name, sigs[i].name) == 0)
			return sigs[i].sig;
	return SIGTERM;
}

static void
on_exit_signal(ssh_session ssh, ssh_channel ch, const char *sig, int core,
    const char *errmsg, const char *lang, void *userdata)
{
	struct session_cmd *c = userdata;

	(void)ssh;
	(void)ch;
	(void)errmsg;
	(void)lang;
	c->sig = signal_number(sig ? sig : "");
	c->core = core != 0;
}

static void
cmd_start(struct session *s, struct session_cmd *c)
{
	c->ch = ssh_channel_new(s->ssh);
	if (!c->ch) {
		c->reason = xasprintf("cannot open a channel: %s",
		    ssh_get_error(s->ssh));
		return;
	}
	memset(&c->cb, 0, sizeof(c->cb));
	ssh_callbacks_init(&c->cb);
	c->cb.userdata = c;
	c->cb.channel_data_function = on_data;
	c->cb.channel_eof_function = on_eof;
	c->cb.channel_close_function = on_close;
	c->cb.channel_exit_status_function = on_exit_status;
	c->cb.channel_exit_signal_function = on_exit_signal;
	ssh_set_channel_callbacks(c->ch, &c->cb);
	c->state = CMD_OPENING;
}

/* The server refused c's channel while the connection stays up: sshd's
 * MaxSessions, counting our other channels and, for a moment after they
 * end, the ones it has not freed yet (it reads our next open before it
 * frees them; seen under load).  c is queued again, and no channel
 * opens for a while: 50 ms, doubled at each refusal in a row up to
 * 1 s.  With no other channel of ours open the refusal may be final
 * (MaxSessions 0): it is retried SOLO_RETRIES times. */
#define SOLO_RETRIES 6

static void
refused(struct session *s, struct session_cmd *c)
{
	double wait = 0.05;
	unsigned i;

	for (i = 0; i < s->refusals && wait < 1; i++)
		wait *= 2;
	s->refusals++;
	s->retry_at = now_secs() + (wait < 1 ? wait : 1);
	c->refused = true;
}

/* Move c on as far as libssh lets it; sets c->reason on failure. */
static void
cmd_drive(struct session *s, struct session_cmd *c)
{
	int rc;

	if (c->state == CMD_OPENING) {
		rc = ssh_channel_open_session(c->ch);
		if (rc == SSH_AGAIN)
			return;
		if (rc != SSH_OK && ssh_is_connected(s->ssh) &&
		    (s->nactive > 1 || s->refusals < SOLO_RETRIES)) {
			refused(s, c);		/* MaxSessions: retry later */
			return;
		}
		if (rc != SSH_OK) {
			c->reason = xasprintf("cannot open a channel: %s",
			    ssh_get_error(s->ssh));
			return;
		}
		c->state = CMD_EXECING;
		s->refusals = 0;
	}
	if (c->state == CMD_EXECING) {
		rc = ssh_channel_request_exec(c->ch, c->cmd);
		if (rc == SSH_AGAIN)
			return;
		if (rc != SSH_OK) {
			c->reason = xasprintf("cannot start the command: %s",
			    ssh_get_error(s->ssh));
			return;
		}
		c->state = CMD_RUNNING;
	}
}

#define WBUF (64 * 1024)

/* Feed produce()'s bytes to the channel as far as its window and the
 * socket allow; memory stays at one buffer. */
static void
cmd_pump(struct session *s, struct session_cmd *c)
{
	int r;
	uint32_t win;

	if (!c->io.produce || c->sent_eof || c->aborted || c->eof ||
	    c->closed)
		return;
	if (!c->wbuf)
		c->wbuf = xmalloc(WBUF);
	for (;;) {
		if (c->woff == c->wlen) {
			ssize_t n = c->io.produce(c->io.ctx, c->wbuf, WBUF);

			if (n < 0) {
				c->aborted = true;
				return;
			}
			if (n == 0) {
				c->sent_eof = true;
				ssh_channel_send_eof(c->ch);
				return;
			}
			c->wlen = (size_t)n;
			c->woff = 0;
		}
		if (ssh_get_poll_flags(s->ssh) & SSH_WRITE_PENDING)
			return;		/* the socket is full: later */
		win = ssh_channel_window_size(c->ch);
		if (win == 0)
			return;		/* wait for the window to open */
		if (win > c->wlen - c->woff)
			win = (uint32_t)(c->wlen - c->woff);
		r = ssh_channel_write(c->ch, c->wbuf + c->woff, win);
		if (r == SSH_ERROR && ssh_channel_is_open(c->ch) &&
		    !ssh_channel_is_eof(c->ch)) {
			/* The channel is still there: a local failure
			 * (out of memory, the connection); without a
			 * reason the command would wait for ever. */
			c->reason = xasprintf("cannot write to the channel: "
			    "%s", ssh_reason(s->ssh));
			return;
		}
		if (r == SSH_ERROR) {
			/* The command closed its stdin or ended: its exit
			 * status tells. */
			c->sent_eof = true;
			return;
		}
		if (r <= 0)
			return;
		c->woff += (size_t)r;
	}
}

static bool
cmd_over(const struct session_cmd *c)
{
	return c->reason || c->closed || c->aborted ||
	    (c->eof && (c->have_status || c->sig));
}

/* A channel that never opened must not be closed: the server would
 * take the close of an unknown channel as a protocol error and drop the
 * whole connection. */
static void
drop_channel(struct session_cmd *c)
{
	if (!c->ch)
		return;
	ssh_remove_channel_callbacks(c->ch, &c->cb);
	if (!c->closed && c->state != CMD_OPENING)
		ssh_channel_close(c->ch);
	ssh_channel_free(c->ch);
	c->ch = NULL;
}

static void
cmd_finish(struct session_cmd *c, bool cancelled)
{
	drop_channel(c);
	post_done(c, cancelled);
}

/* ---- the worker ---- */

static void
take_inbox(struct session *s, bool *stop)
{
	struct session_cmd *c, **tail = &s->pending, **pp;

	pthread_mutex_lock(&s->mu);
	while (*tail)
		tail = &(*tail)->next;
	*tail = s->inbox;
	s->inbox = NULL;
	s->inbox_tail = &s->inbox;
	*stop = s->stop;
	/* Cancelled commands: queued ones end now, running ones too. */
	for (pp = &s->pending; (c = *pp);) {
		if (c->cancel) {
			*pp = c->next;
			c->reason = NULL;
			post_done(c, true);
		} else {
			pp = &c->next;
		}
	}
	for (pp = &s->active; (c = *pp);) {
		if (c->cancel) {
			*pp = c->next;
			s->nactive--;
			cmd_finish(c, true);
		} else {
			pp = &c->next;
		}
	}
	pthread_mutex_unlock(&s->mu);
}

/* The session died or never came up: everything on it fails. */
static void
fail_all(struct session *s)
{
	struct session_cmd *c;

	while ((c = s->active)) {
		s->active = c->next;
		free(c->reason);
		c->reason = xstrdup(s->dead);
		cmd_finish(c, false);
	}
	s->nactive = 0;
	while ((c = s->pending)) {
		s->pending = c->next;
		c->reason = xstrdup(s->dead);
		post_done(c, false);
	}
}

static void
start_pending(struct session *s)
{
	struct session_cmd *c;

	if (!s->max_channels)
		s->max_channels = MAX_CHANNELS;
	if (s->retry_at > 0 && now_secs() < s->retry_at)
		return;		/* after a refusal */
	s->retry_at = 0;
	while (s->pending && s->nactive < s->max_channels) {
		c = s->pending;
		s->pending = c->next;
		c->next = s->active;
		s->active = c;
		s->nactive++;
		cmd_start(s, c);
	}
}

/* Drive every active command; finish those that are over. */
static void
drive_active(struct session *s)
{
	struct session_cmd *c, **pp;

	for (pp = &s->active; (c = *pp);) {
		if (!c->reason && c->state != CMD_RUNNING)
			cmd_drive(s, c);
		if (c->refused) {
			/* Back to the front of the queue; fewer channels
			 * at once on this server from now on. */
			*pp = c->next;
			s->nactive--;
			s->max_channels = s->nactive ? s->nactive : 1;
			drop_channel(c);
			c->refused = false;
			c->state = CMD_QUEUED;
			c->next = s->pending;
			s->pending = c;
			continue;
		}
		if (!c->reason && c->state == CMD_RUNNING)
			cmd_pump(s, c);
		if (cmd_over(c)) {
			*pp = c->next;
			s->nactive--;
			cmd_finish(c, false);
		} else {
			pp = &c->next;
		}
	}
}

static void
wait_idle(struct session *s)
{
	struct pollfd pfd = { s->wake[0], POLLIN, 0 };

	if (poll(&pfd, 1, -1) > 0)
		on_wake(s->wake[0], pfd.revents, s);
}

static int
alive_interval(const struct session *s)
{
	int i = s->conf.server_alive_interval;

	return i > 0 ? (i < 1000000 ? i : 1000000) : 15;
}

/* Milliseconds since the server last sent data, from the kernel (TCP
 * acknowledgements do not count); -1 when unknown (ProxyCommand).
 * *closed: the server closed or reset the connection (a killed sshd:
 * libssh may not look at the socket while it waits to write). */
static long
ms_since_data(const struct session *s, bool *closed)
{
	struct tcp_info ti;
	socklen_t len = sizeof(ti);
	int fd = ssh_get_fd(s->ssh);

	*closed = false;
	if (fd < 0 || getsockopt(fd, IPPROTO_TCP, TCP_INFO, &ti, &len) < 0)
		return -1;
	*closed = ti.tcpi_state == TCP_CLOSE ||
	    ti.tcpi_state == TCP_CLOSE_WAIT;
	return (long)ti.tcpi_last_data_recv;
}

/* ServerAliveInterval and ServerAliveCountMax as OpenSSH means them,
 * while commands run: a keep-alive request (which the server answers)
 * every interval; a server that has sent nothing for (count + 1)
 * intervals is dead, even if its kernel still acknowledges (a frozen
 * sshd).  Returns true when it is (s->dead set). */
static bool
server_silent(struct session *s)
{
	int iv = alive_interval(s), cnt = s->conf.server_alive_count_max;
	struct timespec t;
	long quiet;
	bool closed;

	if (cnt <= 0)
		cnt = 3;
	clock_gettime(CLOCK_MONOTONIC, &t);
	if (t.tv_sec - s->ka_last.tv_sec >= iv) {
		ssh_send_keepalive(s->ssh);
		s->ka_last = t;
	}
	quiet = ms_since_data(s, &closed);
	if (closed) {
		fail(s, "connection lost: closed by the server");
		return true;
	}
	if (quiet < 0 || quiet < (long)iv * (cnt + 1) * 1000)
		return false;
	fail(s, "connection lost: the server sent nothing for %ld s "
	    "(ServerAliveInterval %d, ServerAliveCountMax %d)", quiet / 1000,
	    iv, cnt);
	return true;
}

static int
poll_ms(const struct session *s)
{
	int ms = s->active ? 1000 : -1;

	if (s->pending && s->retry_at > 0) {
		double left = (s->retry_at - now_secs()) * 1000 + 1;
		int r = left < 1 ? 1 : left > 1000 ? 1000 : (int)left;

		if (ms < 0 || r < ms)
			ms = r;
	}
	return ms;
}

static void
worker_step(struct session *s)
{
	if ((s->pending || s->active) && !s->ssh && !s->dead)
		connect_host(s);
	if (s->dead) {
		fail_all(s);
		wait_idle(s);
		return;
	}
	start_pending(s);
	drive_active(s);
	if (!s->ev) {
		wait_idle(s);
		return;
	}
	/* While commands run, look at the connection every second; wake
	 * for a channel to open again after a refusal. */
	if (ssh_event_dopoll(s->ev, poll_ms(s)) == SSH_ERROR ||
	    !ssh_is_connected(s->ssh)) {
		fail(s, "connection lost: %s", ssh_get_error(s->ssh));
		fail_all(s);
		return;
	}
	if (s->active && server_silent(s)) {
		fail_all(s);
		return;
	}
	drive_active(s);
}

static void *
worker(void *arg)
{
	struct session *s = arg;
	bool stop = false;

	for (;;) {
		take_inbox(s, &stop);
		if (stop && !s->pending && !s->active)
			break;
		worker_step(s);
	}
	if (s->ev) {
		ssh_event_remove_fd(s->ev, s->wake[0]);
		ssh_event_remove_session(s->ev, s->ssh);
		ssh_event_free(s->ev);
	}
	if (s->ssh) {
		if (!s->dead)
			ssh_disconnect(s->ssh);
		ssh_free(s->ssh);
	}
	return NULL;
}

/* ---- the pool ---- */

void
session_configure(const struct session_opts *o)
{
	free((char *)opts.ssh_config);
	free((char *)opts.identity);
	opts = *o;
	opts.ssh_config = o->ssh_config ? xstrdup(o->ssh_config) : NULL;
	opts.identity = o->identity ? xstrdup(o->identity) : NULL;
}

static void
start_worker(struct session *s)
{
	sigset_t all, old;
	pthread_attr_t attr;
	int e;

	/* Signals are the main thread's: workers block them all. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 1 << 20);
	e = pthread_create(&s->thread, &attr, worker, s);
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (e) {
		fprintf(stderr, "%s: cannot start a thread: %s\n", progname,
		    strerror(e));
		exit(2);
	}
}

struct session *
session_get(const struct host_spec *h)
{
	struct session *s;
	const char *err;
	size_t i;

	for (i = 0; i < npool; i++)
		if (strcmp(pool[i]->word, h->word) == 0)
			return pool[i];
	if (!sshlib_load(&err)) {
		fprintf(stderr, "%s: *** cannot load libssh: %s.  Stop.\n",
		    progname, err);
		exit(2);
	}
	s = xcalloc(1, sizeof(*s));
	s->word = xstrdup(h->word);
	s->user = h->user ? xstrdup(h->user) : NULL;
	s->name = xstrdup(h->name);
	s->port = h->port;
	s->inbox_tail = &s->inbox;
	sshconf_init(&s->conf);
	pthread_mutex_init(&s->mu, NULL);
	if (pipe2(s->wake, O_CLOEXEC | O_NONBLOCK) < 0) {
		int e = errno;

		fprintf(stderr, "%s: pipe: %s\n", progname, strerror(e));
		exit(2);
	}
	(void)session_event_fd();
	start_worker(s);
	XGROW(pool, npool + 1, apool);
	pool[npool++] = s;
	return s;
}

void
session_shutdown_all(void)
{
	size_t i;

	for (i = 0; i < npool; i++) {
		pthread_mutex_lock(&pool[i]->mu);
		pool[i]->stop = true;
		pthread_mutex_unlock(&pool[i]->mu);
		wake(pool[i]);
	}
	for (i = 0; i < npool; i++) {
		struct session *s = pool[i];

		pthread_join(s->thread, NULL);
		pthread_mutex_destroy(&s->mu);
		close(s->wake[0]);
		close(s->wake[1]);
		sshconf_free(&s->conf);
		free(s->word);
		free(s->user);
		free(s->name);
		free(s->dead);
		free(s);
	}
	free(pool);
	pool = NULL;
	npool = apool = 0;
	session_configure(&(struct session_opts){ 0 });
	if (ev_pipe[0] >= 0) {
		close(ev_pipe[0]);
		close(ev_pipe[1]);
		ev_pipe[0] = ev_pipe[1] = -1;
	}
}

const char *
session_library_version(void)
{
	if (!sshlib_load(NULL))
		return "not loadable";
	return ssh_version(0);
}
