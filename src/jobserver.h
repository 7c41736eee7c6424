/*
 * jobserver.h - GNU make 4.3's jobserver, both ways: a dmake run with
 * -jN shares N job slots with the makes (GNU or dmake) its recipes run,
 * and a dmake run by a make -jN takes its slots from that make's pool.
 *
 * The protocol (GNU make manual, "POSIX Jobserver"): a pipe holds one
 * byte per free slot beyond each make's own implicit one; MAKEFLAGS
 * carries "-jN --jobserver-auth=R,W" with the pipe's descriptors, which
 * only recursive commands (a '+' line or one naming $(MAKE)) inherit.
 * A make reads a byte before starting each job beyond its first and
 * writes it back when that job ends.
 */
#ifndef DMAKE_JOBSERVER_H
#define DMAKE_JOBSERVER_H

#include <stdbool.h>

/* Set up once, before anything runs: auth is the value of
 * --jobserver-auth read from MAKEFLAGS (NULL: none), *jobs the -j limit
 * (0: no limit).  With a usable auth, dmake becomes a client; with
 * unusable descriptors it warns as GNU make does and sets *jobs to 1.
 * Without auth and with *jobs > 1, it starts a jobserver of *jobs slots. */
void jobserver_setup(const char *auth, unsigned *jobs);

/* Called before dmake opens any file, with the auth from MAKEFLAGS:
 * whether the pipe's descriptors are open (inherited from the parent)
 * is decided then, before dmake's own files may take those numbers. */
void jobserver_inherited(const char *auth);

/* A sub-make with a -j of its own (given to it, or set by its
 * makefile) leaves the parent's jobserver named by auth: it closes the
 * pipe's descriptors, and starts its own with jobserver_setup(NULL). */
void jobserver_close_parent(const char *auth);

/* A jobserver is in use (as client or server). */
bool jobserver_active(void);

/* Take a slot beyond the implicit one without blocking: true when one
 * was taken. */
bool jobserver_try_acquire(void);

/* Give a slot back. */
void jobserver_release(void);

/* The descriptor to poll for readable while waiting for a slot, -1 when
 * there is no jobserver. */
int jobserver_poll_fd(void);

/* "R,W" for MAKEFLAGS' --jobserver-auth=, or NULL. */
const char *jobserver_auth(void);

/* The pipe's two descriptors, which a command that is not recursive
 * must not inherit (-1 when none). */
void jobserver_fds(int fds[2]);

#endif
