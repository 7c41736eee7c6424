/*
 * diag.c - diagnostics in GNU make's forms.
 *
 * Interface:
 *	diag_warn, diag_warning	a located message, continue
 *	diag_info		$(info)'s text
 *	diag_error		"*** TEXT" without Stop, continue
 *	diag_fatal		"*** TEXT.  Stop." and exit 2
 *	diag_bug		internal error, abort
 *	diag_check_signals	act on a fatal signal that came
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "util.h"

void (*diag_fatal_hook)(void);
volatile sig_atomic_t diag_signalled;
int diag_signal_fd = -1;
void (*diag_signal_hook)(void);
void (*diag_output_hook)(void);

int diag_sync_fd[2] = { -1, -1 };

/* Write all of msg to fd (one write, as a rule: a line of its own
 * among the commands' output). */
static void
put(int fd, const char *msg, size_t len)
{
	while (len > 0) {
		ssize_t w = write(fd, msg, len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		msg += w;
		len -= (size_t)w;
	}
}

/* "FILE:LINE: PRE" TEXT POST or "dmake: PRE" TEXT POST, and a newline:
 * on stderr, or into the job's output (diag_sync_fd). */
static void
say(const struct loc *loc, const char *pre, const char *post,
    const char *fmt, va_list ap)
{
	char *text, *msg;

	diag_output_start();
	fflush(stdout);
	fflush(stderr);
	if (vasprintf(&text, fmt, ap) < 0)
		text = NULL;
	if (loc && loc->file)
		msg = xasprintf("%s:%lu: %s%s%s\n", loc->file, loc->line, pre,
		    text ? text : fmt, post);
	else
		msg = xasprintf("%s: %s%s%s\n", progname, pre,
		    text ? text : fmt, post);
	put(diag_sync_fd[1] >= 0 ? diag_sync_fd[1] : STDERR_FILENO, msg,
	    strlen(msg));
	free(msg);
	free(text);
}

void
diag_info(const char *text, size_t len)
{
	diag_output_start();
	if (diag_sync_fd[0] >= 0) {
		fflush(stdout);
		put(diag_sync_fd[0], text, len);
		put(diag_sync_fd[0], "\n", 1);
		return;
	}
	fwrite(text, 1, len, stdout);
	putchar('\n');
	fflush(stdout);
}

void
diag_warn(const struct loc *loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(loc, "", "", fmt, ap);
	va_end(ap);
}

void
diag_warning(const struct loc *loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(loc, "warning: ", "", fmt, ap);
	va_end(ap);
}

void
diag_error(const struct loc *loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(loc, "*** ", "", fmt, ap);
	va_end(ap);
}

void
diag_vfatal(const struct loc *loc, const char *fmt, va_list ap)
{
	/* What the job's expansion said so far comes out first, then the
	 * error, where it is seen (GNU make 4.3 leaves it all in the
	 * job's temporary file, and it is lost). */
	if (diag_sync_fd[0] >= 0) {
		fflush(stdout);
		fd_spill(diag_sync_fd[0], STDOUT_FILENO);
		if (diag_sync_fd[1] != diag_sync_fd[0])
			fd_spill(diag_sync_fd[1], STDERR_FILENO);
		diag_sync_fd[0] = diag_sync_fd[1] = -1;
	}
	say(loc, "*** ", ".  Stop.", fmt, ap);
	if (diag_fatal_hook)
		diag_fatal_hook();
	fflush(stdout);
	exit(2);
}

void
diag_fatal(const struct loc *loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vfatal(loc, fmt, ap);	/* exits: va_end is never reached */
	/* cppcheck-suppress va_end_missing */
}

void
diag_bug(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "%s: internal error at %s:%d: ", progname, file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}
