/*
 * remote.h - the remote executor: runs STEP_REMOTE and STEP_BLOCK steps
 * on their hosts (through session.c) and prints what they say.
 */
#ifndef DMAKE_REMOTE_H
#define DMAKE_REMOTE_H

#include <stdbool.h>

#include "build.h"
#include "exec.h"

struct remote_opts {
	unsigned forks;		/* --forks: hosts at once per directive */
	bool output_sync;	/* -O: a host's output when its command ends */
	bool summary;		/* --summary: always print the summary */
	const char *log_json;	/* --log-json FILE, or NULL */
};

/* Settings for the run (copied); opens the --log-json file, which is
 * fatal when it cannot be created. */
void remote_configure(const struct remote_opts *o);

/* The executor for remote steps (one at a time). */
struct executor *remote_executor_new(const struct build_opts *o);

/* -n: print what step s would run on every host ("[HOST] $ CMD"),
 * silent lines too, and contact no host. */
void remote_print_dry(const struct step *s);

/* At the end of the run: close every connection, print the per-host
 * summary when a host failed or --summary asked for it, close the
 * --log-json file.  Returns true when a host failed. */
bool remote_finish(void);

#endif
