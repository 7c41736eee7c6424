/*
 * build.h - bring goals up to date: out-of-date analysis, the job
 * scheduler (one poll() loop, -j slots) and the local executor.
 *
 * A job is the recipe of one target, expanded when the job starts into
 * a list of steps.  Today a step is a local shell command; remote
 * commands, remote blocks and transfers are further step kinds that an
 * executor other than the local one will run.
 */
#ifndef DMAKE_BUILD_H
#define DMAKE_BUILD_H

#include <stdbool.h>
#include <stddef.h>

#include "graph.h"

struct build_opts {
	bool dry_run;		/* -n */
	bool touch;		/* -t */
	bool question;		/* -q */
	bool keep_going;	/* -k */
	bool ignore_errors;	/* -i, or .IGNORE with no prerequisites */
	bool silent;		/* -s, or .SILENT with no prerequisites */
	bool always_make;	/* -B */
	bool oneshell;		/* .ONESHELL */
	bool posix;		/* .POSIX */
	bool delete_on_error;	/* .DELETE_ON_ERROR */
	bool not_parallel;	/* .NOTPARALLEL */
	bool export_all;	/* .EXPORT_ALL_VARIABLES or bare 'export' */
	bool second_expansion;	/* .SECONDEXPANSION seen */
	bool all_secondary;	/* .SECONDARY with no prerequisites: no
				 * intermediate file is removed, and each
				 * file the makefiles named is one (not
				 * those a rule search brings later) */
	bool makefiles;		/* remaking makefiles: no "is up to date" */
	bool trace;		/* --trace: why each recipe runs; echo all */
	/* -O: a job's local output shown when each line (LINE) or the
	 * whole recipe (TARGET, RECURSE) is done; RECURSE also holds a
	 * recursive make's */
	enum { OSYNC_NONE, OSYNC_LINE, OSYNC_TARGET, OSYNC_RECURSE } output_sync;
	/* -O line or target where "Entering directory" is said: GNU make
	 * says it around each piece of output shown, with this (called
	 * with "Entering", then "Leaving"); NULL otherwise */
	void (*say_dir)(const char *what);
	/* Called before an error is said (a recipe's "*** [...] Error N",
	 * not an ignored one; "No rule to make target") with the goal
	 * whose walk it happened in; may be NULL. */
	void (*before_error)(const struct node *goal);
	/* Per goal, NULL for none: GNU make's "don't care" goals (optional
	 * makefiles while makefiles are remade).  What fails for one (a
	 * recipe, "No rule to make target"), or for what its walk reached
	 * first, says nothing and stops nothing. */
	const bool *dontcare;
	unsigned jobs;		/* -j N; 0: unlimited */
	double max_load;	/* -l; 0: none */
	/* -o FILE: treat as very old, never remake; -W FILE: very new */
	struct node **old_files;
	size_t nold_files;
	struct node **new_files;
	size_t nnew_files;
};

/* Update goals in order.  Prints GNU make's messages ("Nothing to be
 * done for", "is up to date", recipe failures, "No rule to make
 * target").  Returns the exit status: 0 done, 1 -q found something out
 * of date, 2 an error. */
int build_goals(struct node **goals, size_t ngoals,
    const struct build_opts *opts);

/* Nodes remember across build_goals() calls what was made (a target
 * remade while remaking makefiles is not remade again for the goals, as
 * in GNU make).  build_reset() forgets all of it, file times too. */
void build_reset(void);

/* GNU's remove_intermediates: the intermediate files made are removed
 * ("rm ..."; -n only says so).  sig is the fatal signal, or 0 at the
 * end of a run: at the end of the goals' update, before dmake starts
 * again for a remade makefile, or when the makefiles' update fails. */
void build_remove_intermediates(const struct build_opts *o, int sig);

/* Never look for n through VPATH or vpath, in this run and the next:
 * GNU make takes the makefiles' times without the search before it
 * remakes them, and keeps them for the goals. */
void build_no_vpath(struct node *n);

#endif
