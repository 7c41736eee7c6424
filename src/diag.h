/*
 * diag.h - diagnostics in GNU make's forms.
 *
 *	FILE:LINE: warning: TEXT
 *	FILE:LINE: *** TEXT.  Stop.
 *	dmake: *** TEXT.  Stop.		(no location)
 *
 * The message text is given without the final full stop; diag adds it.
 */
#ifndef DMAKE_DIAG_H
#define DMAKE_DIAG_H

#include <stdarg.h>

/* A place in a makefile.  file is makefile-lifetime; NULL means none. */
struct loc {
	const char *file;
	unsigned long line;
};

/* "FILE:LINE: TEXT" (or "dmake: TEXT"), continues. */
void diag_warn(const struct loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Same as diag_warn but with GNU's "warning: " after the location. */
void diag_warning(const struct loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "FILE:LINE: *** TEXT.  Stop." then run the fatal hook and exit 2. */
void diag_fatal(const struct loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));
void diag_vfatal(const struct loc *loc, const char *fmt,
    va_list ap) __attribute__((noreturn));
/* "dmake: *** TEXT" without ".  Stop." (e.g. recipe failures); continues. */
void diag_error(const struct loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Called by diag_fatal before exit: stops and reaps running jobs and
 * removes half-built targets.  Set by the scheduler; may be NULL. */
extern void (*diag_fatal_hook)(void);

/* Internal error: print file:line and abort. */
#define BUG(...) diag_bug(__FILE__, __LINE__, __VA_ARGS__)
void diag_bug(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4), noreturn));

#endif
