/*
 * exec.h - jobs, steps and the executor interface.
 *
 * A job is the recipe of one target, expanded when the job is created
 * into a list of steps run in order.  The scheduler (sched.c) walks the
 * steps: it echoes them, applies -n/-t/-q, and hands each step that must
 * run to an executor.  An executor runs steps and reports each one's end
 * through its done callback; the scheduler polls the executor's fds.
 *
 *	struct executor *ex = job_local_new();
 *	ex->done = my_done;
 *	ex->start(ex, job, step);	// later: my_done(job, &result)
 */
#ifndef DMAKE_EXEC_H
#define DMAKE_EXEC_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "diag.h"

struct node;
struct rule;
struct pollfd;
struct scope;
struct varset;
struct host_spec;

enum step_kind {
	STEP_LOCAL,		/* a shell command run here (job.c) */
	/* The kinds below are run by the remote executor (remote.c). */
	STEP_REMOTE,		/* @remote HOSTS: COMMAND */
	STEP_BLOCK,		/* @remote HOSTS: ... @end, one script */
	STEP_PUT,		/* @put HOSTS: SRC... DEST (not built yet) */
	STEP_GET,		/* @get HOSTS: SRC... DEST (not built yet) */
};

enum step_flag {
	STEP_SILENT = 1 << 0,	/* '@', .SILENT target: not echoed */
	STEP_IGNORE = 1 << 1,	/* '-', .IGNORE target: failure ignored */
	STEP_ALWAYS = 1 << 2,	/* '+' or $(MAKE): runs under -n -t -q */
	STEP_NOOP = 1 << 3,	/* "sh -c :": counts as run, never forked */
};

/* The hosts of a directive and its command lines, expanded once per
 * host ($(HOST) set): one line for STEP_REMOTE, the block's lines for
 * STEP_BLOCK.  Entry [h * nlines + i] is line i on host h. */
struct remote_step {
	struct host_spec *hosts;	/* hosts_split()'s, malloc'd */
	size_t nhosts;
	size_t nlines;
	struct loc *locs;		/* per line: its Deployfile line */
	char **text;			/* expanded, prefixes removed */
	unsigned *flags;		/* STEP_SILENT, STEP_IGNORE */
};

/* One command.  text is what is echoed; argv is what is executed (the
 * shell and its flags then the text, or the words themselves when no
 * shell is needed, as GNU make does). */
struct step {
	enum step_kind kind;
	unsigned flags;		/* enum step_flag */
	char *text;		/* malloc'd */
	char **argv;		/* malloc'd, NULL-terminated, strings too */
	struct loc loc;		/* for "[FILE:LINE: target] Error N" */
	struct remote_step *remote;	/* STEP_REMOTE, STEP_BLOCK */
};

enum job_status {
	JOB_OK,
	JOB_QUESTION,		/* -q: something would have run */
	JOB_FAILED,
};

/* How a step ended. */
struct step_result {
	int exit_code;		/* when sig == 0 */
	int sig;		/* terminating signal, or 0 */
	bool core;		/* core dumped */
	bool reported;		/* the executor printed the failure (remote
				 * steps name each host): the scheduler only
				 * acts on it */
};

struct job {
	struct node *node;	/* the target */
	struct step *steps;
	size_t nsteps;
	size_t next;		/* index of the next step to start */
	struct varset *autos;	/* $@ and friends, in front of scope */
	struct scope *scope;	/* autos -> the node's scope */
	bool export_all;
	char **envp;		/* built when the first command forks */
	long long mtime_before;	/* target's mtime (ns) before the job,
				 * LLONG_MIN: did not exist */
	enum job_status status;
	unsigned ncommands;	/* commands started (echoed or run) */
	bool ran_always;	/* a STEP_ALWAYS step was run */
	/* every recipe line was a recursive one ('+' or $(MAKE)) as
	 * expanded, if only "+" with no command, as GNU make notes them */
	bool all_always;
	bool skipped_last;	/* -t skipped the last step */
	bool deleted;		/* target already deleted */
	/* -O: the output of the job's commands (stdout, stderr; the same
	 * file when dmake's stdout and stderr are one), shown in one piece */
	bool sync_open;
	bool sync_step;		/* the step starting writes to them */
	int sync_fd[2];
	void (*say_dir)(const char *what);	/* build_opts' */
	void *owner;		/* the planner's */
	size_t owner_unit;
	void *exec_data;	/* the executor's, while a step runs */
	/* -d's job lines: the pid of the local step started last, the
	 * one "Live child" was said for, and whether "Putting child ...
	 * on the chain" was said */
	pid_t pid, live_said;
	bool on_chain;
	bool dontcare;		/* a failure is not reported (build.h) */
	struct node *goal;	/* whose walk started it: before_error's */
	/* Under -j, its first command could not be started (no such
	 * program): as GNU make's child with no pid, it is on the running
	 * list, holds no slot, and its end comes at the next reaping */
	bool unstarted;
	struct step_result unstarted_r;
};

struct executor {
	const char *name;
	/* Start step s of job j.  Returns 0 when it runs (done is called
	 * later from ready); -1 when it could not start, with *r filled
	 * in (and the reason already reported). */
	int (*start)(struct executor *ex, struct job *j, struct step *s,
	    struct step_result *r);
	/* Store up to max fds to poll in fds; return how many. */
	size_t (*pollfds)(struct executor *ex, struct pollfd *fds,
	    size_t max);
	/* After poll(): fds are the entries pollfds gave, with revents.
	 * Calls done for every step that ended. */
	void (*ready)(struct executor *ex, const struct pollfd *fds,
	    size_t n);
	/* Send sig to every step running. */
	void (*kill)(struct executor *ex, int sig);
	/* Number of steps running. */
	size_t (*nrunning)(const struct executor *ex);
	/* Milliseconds until the executor wants ready() called even with
	 * no fd ready (a progress display), -1 for never; may be NULL. */
	int (*timeout)(struct executor *ex);
	void (*free)(struct executor *ex);
	/* Set by the scheduler. */
	void (*done)(struct job *j, const struct step_result *r);
	void *data;		/* the executor's own state */
};

#endif
