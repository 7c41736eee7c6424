/*
 * job.h - a target's job: the recipe expanded into steps, with the
 * automatic variables set; and the local executor, which runs
 * STEP_LOCAL steps as child processes.
 */
#ifndef DMAKE_JOB_H
#define DMAKE_JOB_H

#include <stdbool.h>
#include <sys/types.h>
#include <stddef.h>

#include "build.h"
#include "exec.h"
#include "graph.h"

enum job_dep_flag {
	JOB_DEP_OO = 1,			/* order-only */
	JOB_DEP_NEWER = 2,		/* goes into $? */
};

/* What a job is made from; the planner fills it in. */
struct job_spec {
	struct node *node;		/* the target: $@ */
	const struct recipe *recipe;	/* at least the recipe's loc */
	const char *stem;		/* $*; NULL: from .SUFFIXES */
	/* the prerequisites in GNU make's order, order-only ones where
	 * they stand, duplicates kept, .EXTRA_PREREQS left out: $< $^ $+
	 * $? $| */
	struct node *const *deps;
	const unsigned char *dep_flags;	/* per deps[i]: enum job_dep_flag */
	size_t ndeps;
	const struct scope *scope;	/* the node's: autos go in front */
	bool use_default;		/* a .DEFAULT recipe: $< is $@ */
	long long mtime_before;		/* see struct job */
};

/* Build the job: set the automatic variables, expand every recipe line
 * (as GNU make does when a job starts) and split the expansions into
 * steps.  Expansion errors are fatal (diag_fatal).  The job is owned by
 * the caller; free it with job_free(). */
struct job *job_new(const struct job_spec *spec, const struct build_opts *o);
void job_free(struct job *j);

/* -O: show what the job's commands wrote so far (between "Entering
 * directory" and "Leaving directory" when those go around each job's
 * output); job_sync_close shows it and closes the files. */
void job_sync_dump(struct job *j);
void job_sync_close(struct job *j);

/* Whether GNU make's fast path may bypass the shell: SHELL is /bin/sh,
 * its flags -c or -ec, and IFS (expanded; "" when undefined) only
 * blanks.  Recipes and $(shell) both ask this. */
bool job_shell_plain(const char *shell, const char *flags, const char *ifs);

/* The words a command runs with, as GNU make makes them of the
 * expanded $(SHELL) and $(.SHELLFLAGS): SHELL's words (under .ONESHELL
 * the whole of it, one word), then the flags' words, then cmd (NULL:
 * none).  Recipes and $(shell) both use it.  Free with job_argv_free;
 * *n (when not NULL) gets the number of words. */
char **job_shell_argv(const char *shell, const char *flags, bool oneshell,
    const char *cmd, size_t *n);

/* GNU make's fast path for $(shell cmd) under /bin/sh -c: cmd's words
 * in *argv (free with job_argv_free) when only plain words and '...'
 * quoting appear, on one line, and no shell builtin is named; else
 * false, and the shell must run it. */
bool job_fast_argv(const char *cmd, char ***argv);
void job_argv_free(char **argv);

/* Start argv (searched in PATH, as execvp does, before the child is
 * made) with stdout on fd[1]; the child closes fd[0] and fd[1].
 * Returns its pid; 0 when no program was found (the error said on
 * stderr, as for a recipe), or -1 with errno when no child was made. */
pid_t job_spawn_to(char **argv, int fd[2]);
/* pid (0: none) is a child dmake waits for outside the scheduler, a
 * $(shell) command: the signal the jobs get when dmake is killed
 * (SIGTERM) reaches it too. */
void job_foreground(pid_t pid);

/* The environment for j's children, built on first use; owned by j. */
char **job_environ(struct job *j);

/* The flags an unexpanded recipe line carries for all of its commands:
 * its leading '@' '-' '+' (blanks between them allowed), and
 * STEP_ALWAYS when it mentions $(MAKE) or ${MAKE}. */
unsigned job_line_flags(const char *raw);
/* text refers to $(MAKE) or ${MAKE}: a recursive line. */
bool job_mentions_make(const char *text);

/* True when the recipe has only blanks and prefix characters: GNU make
 * then runs nothing and counts no command. */
bool job_recipe_empty(const struct recipe *rc);

/* Told the first line of a recipe whose lines are about to be expanded,
 * then NULL when they have been: the reader refuses rules that $(eval)
 * makes meanwhile, naming that line as GNU make does.  NULL: nobody
 * listens (main.c sets it; the executor never sees the reader). */
struct loc;
extern void (*job_recipe_hook)(const struct loc *first_line);

/* The local executor: fork + exec, completion through SIGCHLD and a
 * self-pipe that pollfds() exposes.  Installs a SIGCHLD handler until
 * ex->free(ex). */
struct executor *job_local_new(void);

/* Define the automatic variable $c as val, with its $(cD) and $(cF)
 * forms, in set (also for .SECONDEXPANSION). */
struct varset;
void job_set_auto(struct varset *set, char c, const char *val, size_t len);

#endif
