/*
 * emit.h - dmake --emit-makefile: a Deployfile as a plain GNU Makefile
 * that GNU make and OpenSSH's client run without dmake (DESIGN
 * section 5).
 */
#ifndef DMAKE_EMIT_H
#define DMAKE_EMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The deployment options given to dmake; they become variables at the
 * top of the emitted file. */
struct emit_opts {
	const char *ssh_config;		/* NULL: ~/.ssh/config */
	const char *identity;		/* NULL: none */
	bool accept_new;		/* --accept-new-host-keys */
	long connect_timeout;		/* 0: dmake's default */
	long forks;			/* 0: dmake's default */
	const char *limit;		/* NULL: every host */
	const char *program;		/* for the header */
};

/* Call before the makefiles are read: from then on every include is
 * recorded, so that the files GNU make could not find (dmake's data
 * directory) or that hold directives can be copied in. */
void emit_start(void);

/* After parse_finish(): write the Makefile of the makefiles files[]
 * (read in that order; --eval texts evals[] first) to out.  Everything
 * is checked and built in memory first: on an error (fatal, at the
 * Deployfile's file and line) nothing is written. */
void emit_makefile(const char *const *files, size_t nfiles,
    const char *const *evals, size_t nevals, const struct emit_opts *o,
    FILE *out);

#endif
