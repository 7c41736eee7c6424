/*
 * jobserver.c - GNU make 4.3's jobserver, as server and as client.
 *
 * The pipe's read end is shared by every make of the tree, so it must
 * stay blocking (GNU make reads it blocking).  dmake reads slots
 * through a descriptor of its own onto the same pipe, opened again
 * through /proc/self/fd with O_NONBLOCK: a new open file description,
 * whose flag nobody else sees.  The bytes taken are kept and written
 * back as they were, and every slot still held goes back at exit, so a
 * dmake that stops on an error does not shrink its parent's pool.
 *
 * Interface: see jobserver.h.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "jobserver.h"
#include "util.h"

static int js_r = -1, js_w = -1;	/* the pipe, as MAKEFLAGS names it */
static int js_nb = -1;			/* our non-blocking read end */
static char auth[64];
static char *held;			/* bytes taken, to give back */
static size_t nheld, aheld;

static void
give_back_all(void)
{
	while (nheld)
		jobserver_release();
}

/* Our own non-blocking descriptor on the pipe's read end. */
static bool
open_reader(void)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/self/fd/%d", js_r);
	js_nb = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	return js_nb >= 0;
}

static bool
fd_open(int fd)
{
	return fd >= 0 && fcntl(fd, F_GETFD) != -1;
}

static bool
parse_auth(const char *a, int *r, int *w)
{
	char *end;
	long x, y;

	errno = 0;
	x = strtol(a, &end, 10);
	if (end == a || *end != ',' || errno)
		return false;
	a = end + 1;
	y = strtol(a, &end, 10);
	if (end == a || *end || errno || x < 0 || y < 0 || x > 65535 ||
	    y > 65535)
		return false;
	*r = (int)x;
	*w = (int)y;
	return true;
}

/* Whether the descriptors of the auth were open when dmake started
 * (-1: not looked at). */
static int inherited = -1, inherited_r, inherited_w;

static bool
auth_open(const char *a, int *r, int *w)
{
	if (!parse_auth(a, r, w))
		return false;
	if (inherited < 0 || *r != inherited_r || *w != inherited_w) {
		inherited = fd_open(*r) && fd_open(*w);
		inherited_r = *r;
		inherited_w = *w;
	}
	return inherited;
}

void
jobserver_inherited(const char *a)
{
	int r, w;

	if (a)
		(void)auth_open(a, &r, &w);
}

void
jobserver_close_parent(const char *a)
{
	int r, w;

	if (a && auth_open(a, &r, &w) && r > 2 && w > 2 && r != w) {
		close(r);
		close(w);
	}
}

/* Would sscanf(a, "%d,%d") read two numbers? */
static bool
two_numbers(const char *a)
{
	char *end;

	(void)strtol(a, &end, 10);
	if (end == a || *end != ',')
		return false;
	a = end + 1;
	(void)strtol(a, &end, 10);
	return end != a;
}

void
jobserver_setup(const char *a, unsigned *jobs)
{
	int fds[2], fl;
	unsigned i;

	if (a) {
		/* as GNU make, which reads it with sscanf("%d,%d") */
		if (!two_numbers(a))
			diag_fatal(NULL, "internal error: invalid "
			    "--jobserver-auth string '%s'", a);
		if (!auth_open(a, &js_r, &js_w) || !open_reader()) {
			js_r = js_w = -1;
			diag_warning(NULL, "jobserver unavailable: using -j1.  "
			    "Add '+' to parent make rule.");
			*jobs = 1;
			return;
		}
		/* our slots come from the pipe: no limit of our own */
		*jobs = 0;
		snprintf(auth, sizeof(auth), "%d,%d", js_r, js_w);
		atexit(give_back_all);
		return;
	}
	if (*jobs <= 1)
		return;
	if (pipe(fds) < 0) {
		int e = errno;

		diag_warning(NULL, "jobserver: pipe: %s: no jobserver",
		    strerror(e));
		return;
	}
	js_r = fds[0];
	js_w = fds[1];
	if (!open_reader()) {
		close(js_r);
		close(js_w);
		js_r = js_w = -1;
		return;
	}
	/* A pipe holds 64 KiB unless asked for more: a -j beyond that
	 * would block here for ever (GNU make 4.3 does); ask, then fill it
	 * without blocking, so that a huge -j has as many slots as fit. */
	(void)fcntl(js_w, F_SETPIPE_SZ, (int)(*jobs < 1u << 20 ? *jobs :
	    1u << 20));
	fl = fcntl(js_w, F_GETFL);
	if (fl >= 0)
		(void)fcntl(js_w, F_SETFL, fl | O_NONBLOCK);
	for (i = 1; i < *jobs; i++)
		if (write(js_w, "+", 1) != 1)
			break;
	if (fl >= 0)
		(void)fcntl(js_w, F_SETFL, fl);
	snprintf(auth, sizeof(auth), "%d,%d", js_r, js_w);
	atexit(give_back_all);
}

bool
jobserver_active(void)
{
	return js_nb >= 0;
}

bool
jobserver_try_acquire(void)
{
	char c;
	ssize_t n;

	if (js_nb < 0)
		return false;
	do
		n = read(js_nb, &c, 1);
	while (n < 0 && errno == EINTR);
	if (n != 1)
		return false;
	XGROW(held, nheld + 1, aheld);
	held[nheld++] = c;
	return true;
}

void
jobserver_release(void)
{
	ssize_t n;

	if (!nheld)
		BUG("jobserver: giving back a slot not taken");
	do
		n = write(js_w, &held[nheld - 1], 1);
	while (n < 0 && errno == EINTR);
	nheld--;
}

int
jobserver_poll_fd(void)
{
	return js_nb;
}

const char *
jobserver_auth(void)
{
	return js_nb >= 0 ? auth : NULL;
}

void
jobserver_fds(int fds[2])
{
	fds[0] = js_r;
	fds[1] = js_w;
}
