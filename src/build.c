/*
 * build.c - bring goals up to date: the entry point that sets up the
 * scheduler and the planner for one run.
 *
 * Interface:
 *	build_goals	update goals, GNU make's messages, exit status
 *	build_reset	forget what earlier runs learnt about nodes
 *	build_no_vpath	never look for a node through VPATH
 *	build_remove_intermediates	"rm" what chaining made
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "build.h"
#include "debug.h"
#include "diag.h"
#include "plan.h"
#include "rule.h"
#include "sched.h"
#include "util.h"

static const struct build_opts *run_opts;

/* GNU's remove_intermediates: "rm a b" on stdout, or under a fatal
 * signal "*** Deleting intermediate file 'a'". */
void
build_remove_intermediates(const struct build_opts *o, int sig)
{
	struct node *n, **v = NULL;
	size_t nv = 0, alloc = 0, i;
	bool any = false;

	if (o->question || o->touch || (sig && o->dry_run) ||
	    !graph_any_intermediate)
		return;
	for (n = graph_first(); n; n = n->all_next)
		if (plan_made_intermediate(n, o)) {
			XGROW(v, nv + 1, alloc);
			v[nv++] = n;
		}
	graph_gnu_order(v, nv);		/* the order GNU make names them */
	for (i = 0; i < nv; i++) {
		int r = 0, e = 0;

		n = v[i];
		if (!o->dry_run) {
			r = unlink(n->name);
			e = errno;
			if (r < 0 && e == ENOENT)
				continue;
		}
		if (sig) {
			diag_error(NULL, "Deleting intermediate file '%s'",
			    n->name);
		} else {
			/* as GNU make: under -s nothing is printed, so it
			 * says this again for every file */
			if (!any)
				debug_say(DEBUG_BASIC, 0, "Removing intermediate "
				    "files...");
			if (!o->silent) {
				diag_output_start();
				printf(any ? " %s" : "rm %s", n->name);
				any = true;
			}
		}
		if (r < 0)
			diag_warn(NULL, "unlink: %s: %s", n->name,
			    strerror(e));
	}
	free(v);
	if (any) {
		putchar('\n');
		fflush(stdout);
	}
}

static void
cleanup_hook(int sig)
{
	build_remove_intermediates(run_opts, sig);
}

static void
second_expand_node(struct node *n)
{
	struct rule *r;

	for (r = n->rules; r; r = r->next)
		rule_second_expand(n, r);
}

/* GNU make 4.3 expands every explicit rule's prerequisites a second
 * time before it updates anything (snap_deps), .SUFFIXES first, then in
 * its file table's order. */
static void
second_expand_all(void)
{
	struct node *suffixes = graph_find(".SUFFIXES", 9), *n, **v = NULL;
	const struct rule *r;
	size_t nv = 0, alloc = 0, i;

	if (suffixes)
		second_expand_node(suffixes);
	for (n = graph_first(); n; n = n->all_next) {
		for (r = n->rules; r && !r->sx; r = r->next)
			;
		if (r && n != suffixes) {
			XGROW(v, nv + 1, alloc);
			v[nv++] = n;
		}
	}
	graph_gnu_order(v, nv);
	for (i = 0; i < nv; i++)
		second_expand_node(v[i]);
	free(v);
}

int
build_goals(struct node **goals, size_t ngoals, const struct build_opts *opts)
{
	struct sched_hooks hooks = { plan_job_done, cleanup_hook,
	    plan_error_goal };
	int status;

	fflush(stdout);
	run_opts = opts;
	if (opts->second_expansion)
		second_expand_all();
	plan_init(opts);
	sched_init(opts, &hooks);
	status = plan_run(goals, ngoals);
	sched_fini();
	plan_fini();
	return status;
}

void
build_reset(void)
{
	plan_reset();
}

void
build_no_vpath(struct node *n)
{
	graph_more(n)->no_vpath = true;
}
