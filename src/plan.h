/*
 * plan.h - what must run: GNU make's update algorithm (remake.c's
 * update_file, update_file_1, check_dep) over the graph, driven by job
 * completions instead of repeated passes over the goals.
 *
 *	plan_init(opts);
 *	status = plan_run(goals, ngoals);	// the scheduler calls
 *	plan_fini();				// sched calls plan_job_done
 */
#ifndef DMAKE_PLAN_H
#define DMAKE_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "build.h"
#include "exec.h"
#include "graph.h"

/* Start a run with options o (kept until plan_fini); applies -o and
 * -W.  Nodes keep what earlier runs learnt (a target remade while
 * remaking makefiles is not remade again), as in GNU make. */
void plan_init(const struct build_opts *o);
/* Bring goals up to date, in order, printing GNU make's messages.
 * Needs the scheduler initialised.  Returns the exit status. */
int plan_run(struct node **goals, size_t ngoals);
void plan_fini(void);
/* Forget every node's build state. */
void plan_reset(void);

/* Scheduler hook: a job ended. */
void plan_job_done(struct job *j);
/* Scheduler hook: the goal j's failure is said for. */
const struct node *plan_error_goal(const struct job *j);
/* Is n an intermediate file (not secondary, precious or a goal) that
 * this run considered and that did not exist when the run began?  o:
 * the options of the run, or of the command line. */
bool plan_made_intermediate(const struct node *n,
    const struct build_opts *o);

#endif
