/*
 * sched.h - the scheduler: the only poll() loop.  It runs the steps of
 * jobs through executors within -j/-l limits, applies -n/-t/-q to each
 * step, echoes commands, reports failures in GNU make's words, deletes
 * half-made targets, and handles SIGINT/SIGTERM/SIGHUP/SIGQUIT.
 *
 *	sched_init(opts, &hooks);
 *	while (!sched_has_slot())
 *		sched_wait();
 *	if (sched_start(job))
 *		... finished already: job->status ...
 *	... later hooks.job_done(job) from inside sched_wait() ...
 *	sched_fini();
 */
#ifndef DMAKE_SCHED_H
#define DMAKE_SCHED_H

#include <stdbool.h>
#include <stddef.h>

#include "build.h"
#include "exec.h"

struct sched_hooks {
	/* A job started by sched_start() ended; j->status says how.  Not
	 * called for a job that sched_start() finished itself.  The hook
	 * must not start jobs or wait. */
	void (*job_done)(struct job *j);
	/* Last words before dying of signal sig (0: a fatal error): remove
	 * intermediate files. */
	void (*cleanup)(int sig);
	/* The goal a failed job's error is said for (build_opts'
	 * before_error); NULL: the job's own. */
	const struct node *(*error_goal)(const struct job *j);
};

/* Take over SIGINT, SIGTERM, SIGHUP, SIGQUIT and diag_fatal_hook until
 * sched_fini(); create the local executor.  o must outlive the run. */
void sched_init(const struct build_opts *o, const struct sched_hooks *h);
void sched_fini(void);

/* May a job start now (-j, .NOTPARALLEL, -l)? */
bool sched_has_slot(void);
/* One job at a time (-j1, .NOTPARALLEL)? */
bool sched_serial(void);
/* Start j's steps.  Returns true when j is over already (nothing had to
 * run, or -n/-t/-q skipped it all, or it failed to start); else j runs
 * and hooks.job_done reports its end. */
bool sched_start(struct job *j);
/* Wait for and handle at least one event.  BUG when nothing runs. */
void sched_wait(void);
/* Handle the events already there, without blocking (GNU make reaps
 * finished children before it starts a new job). */
void sched_reap(void);
/* Jobs running now. */
size_t sched_nrunning(void);
/* After an error without -k: say "Waiting for unfinished jobs...." when
 * jobs run, and wait for all of them.  Their ends still reach
 * hooks.job_done. */
void sched_drain(void);
/* Delete j's target (and its group) if the recipe changed it and it is
 * neither precious nor phony: "*** Deleting file 'x'". */
void sched_delete_target(struct job *j);
/* -t: "touch x" (unless -s), then, unless -n, create x or set its time
 * to now, as GNU's touch_file.  Returns false (reported) on failure. */
bool sched_touch(const struct node *n);

#endif
