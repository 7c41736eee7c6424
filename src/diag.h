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

#include <signal.h>
#include <stdarg.h>
#include <stddef.h>

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
/* TEXT and a newline on stdout: $(info). */
void diag_info(const char *text, size_t len);

/* -O: while a job's recipe is expanded, the messages it causes
 * ($(info), $(warning), --warn-undefined-variables, a $(shell)
 * command's stderr) go into the job's output files, as GNU make writes
 * them: [0] for what goes to stdout, [1] to stderr.  -1 the rest of
 * the time.  A fatal error shows what they hold, then itself. */
extern int diag_sync_fd[2];

/* Called by diag_fatal before exit: stops and reaps running jobs and
 * removes half-built targets.  Set by the scheduler; may be NULL. */
extern void (*diag_fatal_hook)(void);

/* A fatal signal (SIGINT, SIGTERM, ...) came and is not acted on yet.
 * The scheduler's handler sets diag_signalled and writes a byte to the
 * pipe whose read end is diag_signal_fd (-1 when no handler is in
 * place); diag_signal_hook (the scheduler's) acts on it: it stops the
 * jobs, deletes half-built targets and dies of the signal.  The
 * scheduler's poll() sees the pipe; code that may run long outside it
 * (the walk, the expander, a $(shell) command) calls
 * diag_check_signals(), or polls diag_signal_fd with its own. */
extern volatile sig_atomic_t diag_signalled;
extern int diag_signal_fd;
extern void (*diag_signal_hook)(void);

static inline void
diag_check_signals(void)
{
	if (diag_signalled && diag_signal_hook)
		diag_signal_hook();
}

/* Before dmake's own first output (a message, an echoed command, a
 * command started, $(info)): main's "Entering directory", which GNU
 * make says only when it has something to say (debugging output does
 * not count).  NULL once said, or when none is to be said. */
extern void (*diag_output_hook)(void);

static inline void
diag_output_start(void)
{
	if (diag_output_hook)
		diag_output_hook();
}

/* Internal error: print file:line and abort. */
#define BUG(...) diag_bug(__FILE__, __LINE__, __VA_ARGS__)
void diag_bug(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4), noreturn));

#endif
