/*
 * session.h - one SSH connection per host, each owned by its own worker
 * thread, with commands run as channels on it.
 *
 * The main thread submits commands; a host's worker connects on its
 * first command (verifying the host key, authenticating), then runs
 * each command as a channel on the same session, several at once.
 * Output and ends come back as events that the main thread drains when
 * session_event_fd() is readable.  Only the worker touches its libssh
 * session.
 *
 *	session_configure(&opts);
 *	struct session *s = session_get(&host_spec);
 *	cmd = session_cmd_new(s, "script", userdata);
 *	session_submit(cmd);
 *	... poll session_event_fd() ...
 *	session_drain(&handlers);	// on_data..., then on_done(cmd)
 *	session_cmd_free(cmd);
 *	session_shutdown_all();		// at exit
 */
#ifndef DMAKE_SESSION_H
#define DMAKE_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct host_spec;
struct session;
struct session_cmd;

struct session_opts {
	const char *ssh_config;	/* --ssh-config FILE, or NULL: OpenSSH's
				 * default files */
	const char *identity;	/* --identity FILE, tried first, or NULL */
	bool accept_new;	/* --accept-new-host-keys */
	long connect_timeout;	/* seconds; 0: ssh_config's or 10 */
};

/* How a command ended. */
struct session_result {
	int exit_code;		/* the remote status; 255 when the host
				 * could not be reached, authenticated or
				 * the connection was lost */
	int sig;		/* the remote command's signal, or 0 */
	bool core;
	bool cancelled;		/* session_cancel() ended it */
	bool aborted;		/* its session_io said stop (exit_code 1) */
	bool lost;		/* the host had been reached: the connection
				 * was lost later (not an unreachable host) */
	const char *reason;	/* why, for exit 255 (owned by the cmd) */
};

struct session_handlers {
	/* Bytes of the command's stdout (stream 1) or stderr (2). */
	void (*on_data)(struct session_cmd *c, int stream, const char *buf,
	    size_t len);
	/* The command ended; no more events for it. */
	void (*on_done)(struct session_cmd *c, const struct session_result *r);
};

/* Settings for every session opened later; copied. */
void session_configure(const struct session_opts *o);

/* The libssh library's version, e.g. "0.10.6/openssl/zlib" (--version). */
const char *session_library_version(void);

/* The session of host h (its word identifies it), created with its
 * worker thread on first use.  Owned by the pool. */
struct session *session_get(const struct host_spec *h);

/* A command to run on s: cmd is the exec request's text.  data is the
 * caller's.  Free with session_cmd_free() after its on_done (or before
 * it was submitted). */
struct session_cmd *session_cmd_new(struct session *s, const char *cmd,
    void *data);
void *session_cmd_data(const struct session_cmd *c);
void session_cmd_free(struct session_cmd *c);

/* A command's standard input and output handled in the worker thread,
 * for transfers: produce() fills buf with the next bytes of stdin (the
 * count, 0 at the end, when stdin is closed, -1 to abort); consume()
 * takes stdout instead of on_data events (0, or -1 to abort).  Either
 * may be NULL.  Aborting closes the channel.  Without produce, stdin is
 * left open until the command ends (remote.c's lifeline). */
struct session_io {
	ssize_t (*produce)(void *ctx, char *buf, size_t n);
	int (*consume)(void *ctx, const char *buf, size_t n);
	void *ctx;
};

/* Set c's io (before session_submit); copied. */
void session_cmd_set_io(struct session_cmd *c, const struct session_io *io);

/* Hand c to its session's worker. */
void session_submit(struct session_cmd *c);

/* Ask c's worker to stop it: the channel is closed (which ends the remote
 * command, see remote.c) and c ends with cancelled set. */
void session_cancel(struct session_cmd *c);

/* The fd to poll for events (readable when session_drain has work). */
int session_event_fd(void);

/* Deliver every queued event to h. */
void session_drain(const struct session_handlers *h);

/* Disconnect every session and join its worker (at exit; no command may
 * be running). */
void session_shutdown_all(void);

#endif
