/*
 * diag.c - diagnostics in GNU make's forms.
 *
 * Interface:
 *	diag_warn, diag_warning	a located message, continue
 *	diag_error		"*** TEXT" without Stop, continue
 *	diag_fatal		"*** TEXT.  Stop." and exit 2
 *	diag_bug		internal error, abort
 *	diag_check_signals	act on a fatal signal that came
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "util.h"

void (*diag_fatal_hook)(void);
volatile sig_atomic_t diag_signalled;
int diag_signal_fd = -1;
void (*diag_signal_hook)(void);
void (*diag_output_hook)(void);

static void
prefix(const struct loc *loc)
{
	diag_output_start();
	fflush(stdout);
	if (loc && loc->file)
		fprintf(stderr, "%s:%lu: ", loc->file, loc->line);
	else
		fprintf(stderr, "%s: ", progname);
}

void
diag_warn(const struct loc *loc, const char *fmt, ...)
{
	va_list ap;

	prefix(loc);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
diag_warning(const struct loc *loc, const char *fmt, ...)
{
	va_list ap;

	prefix(loc);
	fputs("warning: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
diag_error(const struct loc *loc, const char *fmt, ...)
{
	va_list ap;

	prefix(loc);
	fputs("*** ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
diag_vfatal(const struct loc *loc, const char *fmt, va_list ap)
{
	prefix(loc);
	fputs("*** ", stderr);
	vfprintf(stderr, fmt, ap);
	fputs(".  Stop.\n", stderr);
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
