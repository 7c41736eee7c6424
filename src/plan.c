/*
 * plan.c - what must run: GNU make's update algorithm, event-driven.
 *
 * A walk from each goal visits prerequisites depth first, left to right
 * (normal and order-only ones merged in GNU make's one order, see
 * struct oo_dep), as GNU make's update_file/update_file_1/
 * check_dep do, deciding what is out of date and starting jobs.  Where
 * GNU make leaves a target whose prerequisites still run and finds it
 * again on its next pass over the goals, a unit here registers with
 * each running prerequisite and is walked again when the last one
 * ends.  Serially (-j1, .NOTPARALLEL) every job ends before the walk
 * goes on, so the order is GNU make's exactly.
 *
 * A node has one unit per rule: one for a single-colon target, one per
 * '::' rule, each with its own prerequisites and recipe, run in order.
 *
 * Interface:
 *	plan_init, plan_fini	start and end a run
 *	plan_run		bring the goals up to date
 *	plan_reset		forget all build state
 *	plan_job_done		scheduler hook: a job ended
 *	plan_made_intermediate	an intermediate file this run made
 */
#include "config.h"

#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "debug.h"
#include "diag.h"
#include "job.h"
#include "plan.h"
#include "rule.h"
#include "sched.h"
#include "strbuf.h"
#include "util.h"

/* The walk recurses once per level of prerequisites (a chain of
 * 100,000 targets is 100,000 levels deep): what it calls on the way
 * keeps its locals out of the recursing frames. */
#define NOINLINE __attribute__((noinline))

#define MT_NONE LLONG_MIN		/* does not exist */
#define MT_OLD (LLONG_MIN + 1)		/* -o: older than anything */
#define MT_NEW LLONG_MAX		/* -W, or made under -n -t -q */

enum unit_state {
	U_NEW,
	U_WAITING,		/* prerequisites still being made */
	U_RUNNING,		/* its job runs */
	U_DONE,
};

struct edge {
	struct dep *dep;
	long long seen;		/* the prerequisite's mtime when first seen */
	bool order_only;
	bool seen_set;
	bool via_update;	/* an intermediate updated on our behalf */
	bool newer;		/* goes into $? */
};

/* Sizes matter here: one pnode per node reached, so a 100,000-target
 * graph holds 100,000 of them (counts are 32-bit, statuses a byte,
 * flags bits). */
struct unit {
	struct edge *edges;
	unsigned nedges;
	int pending;		/* running prerequisites waited for */
	unsigned char state;	/* enum unit_state */
	unsigned char status;	/* enum job_status */
	bool have_edges;
};

struct pnode;

struct waiter {
	struct pnode *pn;
	unsigned unit;
	unsigned seq;		/* order of wait_on() calls */
};

/* The units waiting for a node's job (under -j); malloc'd. */
struct waitlist {
	unsigned n, alloc;
	struct waiter w[];
};

/* What few pnodes need. */
struct pnode_more {
	struct scope *scope;		/* own_vars: the node's scope */
	struct waitlist *waiters;	/* NULL: none */
};

/* What a '::' target has more (after its rules: dc_more()). */
struct dc_more {
	long long mtime;		/* its time when its first rule was
					 * considered */
	const char *vpath;		/* the VPATH name its first rule
					 * ignored (arena) */
};

struct pnode {
	struct node *n;
	struct node *parent;		/* the last target that needed it */
	struct pnode_more *more;	/* NULL: no scope of its own, no
					 * waiters */
	unsigned nunits, cur;
	unsigned goal;			/* goal whose walk reached it first */
	unsigned status : 2, acc : 2;	/* enum job_status */
	bool prepared : 1, done : 1, updating : 1, queued : 1;
	bool root_goal : 1, is_goal : 1, assume_new : 1, no_vpath : 1;
	bool vpath_tried : 1, old : 1, is_new : 1;
	bool started : 1;		/* its time was first asked for ... */
	bool absent_at_start : 1;	/* ... and it did not exist then */
	bool mark_dropped : 1;		/* ... it did, and no implicit rule
					 * was searched for it before: GNU
					 * make drops its intermediate mark */
	bool group_running : 1;		/* made by a group member's job */
	bool own_vars : 1;		/* scope holds more than globals */
	bool pat_level : 1;		/* scope has a pattern level */
	bool vars_ready : 1;		/* init_vars() has set it up */
	bool vars_chain : 1;		/* in init_vars()'s chain */
	bool dflt : 1;			/* .DEFAULT's recipe in use */
	bool implicit_tried : 1;	/* rule_search() ran ... */
	bool implicit_found : 1;	/* ... and found a rule */
	bool search_said : 1;		/* --debug=i has told of it */
	bool no_diag : 1;		/* failed, for a "don't care" goal,
					 * and nothing was said */
	unsigned walk : 2;		/* walk that reached it: 0 none yet,
					 * else cur_walk() then */
	bool unfinished : 1;		/* the run died (no -k) while it was
					 * made: GNU make never finished it,
					 * no "rm" names it */
	/* One unit for a ':' target, one per rule for a '::' one, then
	 * for '::' the rules, in the same order (dc_rules()). */
	struct unit units[];
};

/* 40 bytes and the unit: 64 in all for a ':' target */
_Static_assert(offsetof(struct pnode, units) <= 40, "pnode grew");
_Static_assert(JOB_FAILED < 4, "job_status needs more bits");

static const struct build_opts *opts;
static struct pnode **queue;
static size_t qhead, qlen, qalloc;
static bool stopping, had_error;
static unsigned wait_seq;	/* wait_on() calls so far */
/* a "No rule ... Stop.": GNU make dies there, saying no more */
static bool died;
/* GPATH is set: a file's time is read before its implicit search,
 * which looks under the name GPATH gives it (see node_mtime) */
static bool gpath_set;
static bool *goal_changed;
static size_t cur_goal, ngoal_slots;
static struct node **cur_goals;		/* plan_run's */
static const struct recipe *default_recipe;	/* .DEFAULT's, or NULL */
/* The scope of every node without target or pattern variables (one
 * level, shared: rule_node_scope()). */
static const struct scope *goal_scope;

static enum job_status update_node(struct pnode *pn, int depth);
static void say_search(struct pnode *pn, int indent);

static enum job_status
worse(enum job_status a, enum job_status b)
{
	return a > b ? a : b;
}

/* A '::' target's rules, one per unit, after the units. */
static struct rule **
dc_rules(const struct pnode *pn)
{
	return (struct rule **)(void *)((char *)(void *)pn +
	    offsetof(struct pnode, units) + (pn->nunits ? pn->nunits : 1) *
	    sizeof(struct unit));
}

/* The rest of a '::' target's, after its rules. */
static struct dc_more *
dc_more(const struct pnode *pn)
{
	return (struct dc_more *)(void *)(dc_rules(pn) + pn->nunits);
}

static struct pnode *
pnode_of(struct node *n)
{
	struct pnode *pn = n->build_data;
	size_t nu = 1, size;

	if (!pn) {
		struct rule *r;

		/* '::' rules all come from the makefiles: their number is
		 * known now (implicit rules never apply to '::'). */
		if (n->flags & NODE_DOUBLE_COLON)
			for (r = n->rules, nu = 0; r; r = r->next)
				nu++;
		size = offsetof(struct pnode, units) +
		    (nu ? nu : 1) * sizeof(struct unit);
		if (n->flags & NODE_DOUBLE_COLON)
			size += nu * sizeof(struct rule *) +
			    sizeof(struct dc_more);
		pn = arena_alloc(size);
		pn->n = n;
		pn->nunits = (unsigned)nu;
		n->build_data = pn;
		if (n->flags & NODE_DOUBLE_COLON)
			for (r = n->rules, nu = 0; r; r = r->next)
				dc_rules(pn)[nu++] = r;
	}
	return pn;
}

static struct pnode_more *
more_of(struct pnode *pn)
{
	if (!pn->more)
		pn->more = arena_alloc(sizeof(*pn->more));
	return pn->more;
}

/* The scope for pn's recipe: its own, or the one every node without
 * target or pattern variables shares. */
static const struct scope *
scope_of(const struct pnode *pn)
{
	return pn->own_vars ? pn->more->scope : goal_scope;
}

/* The walk now: the makefiles' (1) or the goals' (2).  GNU make's
 * "considered" mark, which a walk that starts anew sets again. */
static unsigned
cur_walk(void)
{
	return opts->makefiles ? 1 : 2;
}

/* --debug's indentation at depth, counted as GNU make counts it: a
 * goal is at 0, a target's own lines one further in, its prerequisites
 * two (check_dep() adds one to the target's inner depth), those of an
 * intermediate prerequisite looked at on its behalf one more, and the
 * intermediate itself, when made, one; makefiles are remade one level
 * in. */
static int
ind(int depth)
{
	return depth + (opts->makefiles ? 1 : 0);
}

static void
mark_goal_changed(const struct pnode *pn)
{
	if (pn->goal < ngoal_slots)
		goal_changed[pn->goal] = true;
}

/* ---- times ---- */

/* Whether the name VPATH found for n was given to -W. */
static bool
vpath_name_is_new(const struct node *n)
{
	const char *name = node_vpath(n);
	size_t len;
	struct node *vn;

	if (!opts->nnew_files || !name)
		return false;
	len = strlen(name);
	strip_dot_slash(&name, &len);
	vn = graph_find(name, len);
	return vn && vn != n && vn->build_data && pnode_of(vn)->is_new;
}

static NOINLINE long long
node_mtime(struct pnode *pn)
{
	struct node *n = pn->n;
	long long mt;

	if (n->flags & NODE_PHONY)
		return MT_NONE;
	/* -o and -W both: not remade, and infinitely new (GNU make sets
	 * the -W time last) */
	if (pn->is_new || pn->assume_new)
		return MT_NEW;
	if (pn->old)
		return MT_OLD;
	graph_stat(n, false);
	if (!n->exists && !pn->no_vpath && !pn->vpath_tried &&
	    !(n->more && n->more->no_vpath)) {
		pn->vpath_tried = true;
		if (rule_vpath_find(n)) {
			graph_stat(n, true);	/* the name found */
			if (vpath_name_is_new(n)) {
				/* as GNU make, whose file takes the
				 * name's entry: -W of the name counts */
				pn->is_new = true;
				return MT_NEW;
			}
		}
	}
	mt = n->exists ? n->mtime : MT_NONE;
	if (!pn->started) {
		/* as GNU make: a file a group member's job is making
		 * counts as made by this run, whatever is there yet */
		pn->started = true;
		pn->absent_at_start = mt == MT_NONE || pn->group_running;
		pn->mark_dropped = !pn->absent_at_start && !pn->implicit_tried;
	}
	return mt;
}

/* Intermediate as GNU make means it: made by chaining, .INTERMEDIATE or
 * .SECONDARY, unless it was there when its time was first read, before
 * any implicit rule search for it (GNU's f_mtime drops the mark then).
 * A file whose time was not read yet is intermediate: GNU make's walk
 * from an intermediate target that does not exist tests the mark before
 * it reads the time, and keeps the mark of a file it searched a rule
 * for first. */
static bool
has_intermediate_mark(const struct pnode *pn)
{
	unsigned f = pn->n->flags;

	return (f & (NODE_INTERMEDIATE | NODE_SECONDARY)) &&
	    !(f & NODE_NOTINTERMEDIATE) && !pn->mark_dropped;
}

/* (A phony file is brought up to date as any other, though its mark
 * makes GNU make look at it again when it makes the intermediates.) */
static bool
is_intermediate(const struct pnode *pn)
{
	return has_intermediate_mark(pn) && !(pn->n->flags & NODE_PHONY);
}

/* ---- rules, recipes, edges ---- */

static struct rule *
unit_rule(const struct pnode *pn, const struct unit *u)
{
	return pn->n->flags & NODE_DOUBLE_COLON ?
	    dc_rules(pn)[u - pn->units] : pn->n->rules;
}

/* .DEFAULT's recipe when pn uses it, else NULL. */
static const struct recipe *
pn_dflt(const struct pnode *pn)
{
	return pn->dflt ? default_recipe : NULL;
}

static const struct recipe *
unit_recipe(const struct pnode *pn, const struct unit *u)
{
	const struct rule *r = unit_rule(pn, u);

	return r && r->recipe ? r->recipe : pn_dflt(pn);
}

static bool
oneshell_always(const struct recipe *rc)
{
	size_t i;

	/* one line: the first line's prefixes, $(MAKE) anywhere */
	if (rc->nlines && (job_line_flags(rc->lines[0].text) & STEP_ALWAYS))
		return true;
	for (i = 1; i < rc->nlines; i++)
		if (job_mentions_make(rc->lines[i].text))
			return true;
	return false;
}

static bool
recipe_all_always(const struct recipe *rc)
{
	size_t i;

	if (opts->oneshell)
		return oneshell_always(rc);
	for (i = 0; i < rc->nlines; i++)
		if (!(job_line_flags(rc->lines[i].text) & STEP_ALWAYS))
			return false;
	return true;
}

static bool
recipe_any_always(const struct recipe *rc)
{
	size_t i;

	if (opts->oneshell)
		return oneshell_always(rc);
	for (i = 0; i < rc->nlines; i++)
		if (job_line_flags(rc->lines[i].text) & STEP_ALWAYS)
			return true;
	return false;
}

/* A parent's scope is passed on only when it holds target or pattern
 * variables: a chain of empty levels as deep as the graph would make
 * every lookup as slow as the graph is deep. */
static void
make_scope(struct pnode *pn)
{
	const struct pnode *par = pn->parent ? pnode_of(pn->parent) : NULL;
	struct scope *sc;
	bool pat_level;

	if (par && !par->own_vars)
		par = NULL;
	sc = rule_node_scope(pn->n, par ? par->more->scope : NULL,
	    &pat_level);
	pn->own_vars = par || pat_level || node_vars(pn->n);
	pn->pat_level = pat_level;
	if (pn->own_vars)
		more_of(pn)->scope = sc;
	else
		goal_scope = sc;
}

/* --debug=i: the lines of the last implicit search, for the node
 * trace_of, printed when the walk says what it found (GNU make searches
 * there; dmake a step earlier, in prepare()). */
static struct strbuf trace_buf = STRBUF_INIT;
static const struct pnode *trace_of;

/* First visit: implicit rule search, .DEFAULT, scope. */
static NOINLINE void
prepare(struct pnode *pn)
{
	struct node *n = pn->n;

	if (pn->prepared)
		return;
	pn->prepared = true;
	pn->goal = cur_goal;
	if (gpath_set)
		node_mtime(pn);		/* as GNU make, the time first */
	if (!(n->flags & (NODE_PHONY | NODE_NO_SEARCH)) &&
	    !(n->rules && n->rules->recipe)) {
		pn->implicit_tried = true;
		if (debug_on(DEBUG_IMPLICIT)) {
			sb_setlen(&trace_buf, 0);
			rule_trace = &trace_buf;
			trace_of = pn;
		}
		pn->implicit_found = rule_search(n);
		rule_trace = NULL;
	}
	/* (a .PHONY prerequisite is a target to GNU make) */
	if (!(n->rules && n->rules->recipe) &&
	    !(n->flags & (NODE_TARGET | NODE_PHONY)) && default_recipe)
		pn->dflt = true;
	make_scope(pn);
}

static NOINLINE void
ensure_edges(struct pnode *pn, struct unit *u)
{
	struct rule *r = unit_rule(pn, u);
	struct dep_walk w;
	struct dep *d;
	size_t n = 0;
	bool oo;

	if (u->have_edges)
		return;
	u->have_edges = true;
	if (!r)
		return;
	if (opts->second_expansion)
		rule_second_expand(pn->n, r);
	for (d = r->deps; d; d = d->next)
		n++;
	for (d = r->order_only; d; d = d->next)
		n++;
	u->edges = xcalloc(n ? n : 1, sizeof(*u->edges));
	if (!r->order_only) {
		for (d = r->deps; d; d = d->next)
			u->edges[u->nedges++].dep = d;
		return;
	}
	/* in GNU make's order: the order-only ones where they stood */
	for (dep_walk_start(&w, r); (d = dep_walk_next(&w, &oo));) {
		u->edges[u->nedges].order_only = oo;
		u->edges[u->nedges++].dep = d;
	}
}

/* A circular edge is dropped for good, from the rule too. */
static void
drop_edge(struct pnode *pn, struct unit *u, size_t i, struct node *to)
{
	struct rule *r = unit_rule(pn, u);
	struct edge *e = &u->edges[i];
	struct dep **pp = e->order_only ? &r->order_only : &r->deps, *o;
	size_t k = 0;

	diag_warn(NULL, "Circular %s <- %s dependency dropped.",
	    node_name(pn->n), node_name(to));
	for (; *pp; pp = &(*pp)->next, k++)
		if (*pp == e->dep) {
			*pp = e->dep->next;
			break;
		}
	/* the order-only ones after it: one normal one fewer before them */
	if (!e->order_only)
		for (o = r->order_only; o; o = o->next)
			if (dep_before(o) > k)
				dep_set_before(o, dep_before(o) - 1);
	memmove(e, e + 1, (u->nedges - i - 1) * sizeof(*e));
	u->nedges--;
}

/* ---- waiting and finishing ---- */

static void
enqueue(struct pnode *pn)
{
	if (pn->queued)
		return;
	pn->queued = true;
	XGROW(queue, qlen + 1, qalloc);
	queue[qlen++] = pn;
}

static void
add_waiter(struct pnode *dep, const struct waiter *w)
{
	struct waitlist *wl = more_of(dep)->waiters;

	if (!wl || wl->n == wl->alloc) {
		unsigned alloc = wl ? wl->alloc * 2 : 4;

		wl = xrealloc(wl, offsetof(struct waitlist, w) +
		    alloc * sizeof(wl->w[0]));
		if (!dep->more->waiters)
			wl->n = 0;
		wl->alloc = alloc;
		dep->more->waiters = wl;
	}
	wl->w[wl->n++] = *w;
}

static void
wait_on(struct pnode *dep, struct pnode *pn, size_t ui)
{
	struct waiter w;

	w.pn = pn;
	w.unit = (unsigned)ui;
	w.seq = wait_seq++;
	add_waiter(dep, &w);
	pn->units[ui].pending++;
}

static int
cmp_waiter(const void *a, const void *b)
{
	const struct waiter *x = a, *y = b;

	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* from's waiters wait for to instead (to finishes first, or with it). */
static void
move_waiters(struct pnode *to, struct pnode *from)
{
	struct waitlist *wl = from->more ? from->more->waiters : NULL;
	size_t i;

	for (i = 0; wl && i < wl->n; i++)
		add_waiter(to, &wl->w[i]);
	if (wl) {
		free(wl);
		from->more->waiters = NULL;
	}
}

static void
node_finish(struct pnode *pn, enum job_status st)
{
	struct waitlist *wl;
	size_t i;

	if (pn->done)
		return;
	pn->done = true;
	pn->status = st;
	pn->n->state = st == JOB_OK ? NODE_DONE :
	    st == JOB_QUESTION ? NODE_QUESTION : NODE_FAILED;
	wl = pn->more ? pn->more->waiters : NULL;
	/* a group's waiters merged (move_waiters()): in the order they
	 * began to wait, the order of GNU make's walk */
	for (i = 1; wl && i < wl->n; i++)
		if (wl->w[i].seq < wl->w[i - 1].seq) {
			qsort(wl->w, wl->n, sizeof(wl->w[0]), cmp_waiter);
			break;
		}
	for (i = 0; wl && i < wl->n; i++) {
		struct pnode *w = wl->w[i].pn;

		if (--w->units[wl->w[i].unit].pending == 0)
			enqueue(w);
	}
	if (wl) {
		free(wl);
		pn->more->waiters = NULL;
	}
}

/* Were all of j's commands recursive ones ('+' or $(MAKE)), the '+'
 * that only their expansion brought included (GNU make adds it to the
 * line's flags as it starts the line)? */
static bool
job_all_always(const struct job *j)
{
	return j && j->all_always;
}

/* After a recipe ran (or -t touched): the new time, or under -n -t -q
 * "newer than anything" unless every line was a recursive one that
 * really ran. */
static void
refresh_mtime(struct pnode *pn, const struct recipe *rc,
    const struct job *j)
{
	if ((opts->question || opts->dry_run || opts->touch) && rc &&
	    !recipe_all_always(rc) && !job_all_always(j))
		pn->assume_new = true;
	else {
		/* GNU make warns of a future time only for files it has
		 * not updated */
		pn->n->flags |= NODE_SKEW_WARNED;
		graph_stat(pn->n, true);
	}
}

/* The other targets of a group ("a b &: ...", multi-target patterns)
 * were made by the same job. */
static void
finish_group(struct pnode *pn, enum job_status st, const struct recipe *rc,
    const struct job *j)
{
	const struct group *g = node_group(pn->n);
	size_t i;

	for (i = 0; i < g->n; i++) {
		struct node *m = g->m[i];
		struct pnode *mp = pnode_of(m);

		if (m == pn->n || !mp->group_running)
			continue;
		mp->group_running = false;
		/* as GNU make: a member nothing asked the time of counts
		 * as made by this run, and an intermediate one is removed
		 * at the end even if it was there before */
		if (!mp->started) {
			mp->started = true;
			mp->absent_at_start = true;
		}
		if (!(m->flags & NODE_PHONY))
			refresh_mtime(mp, rc, j);
		m->changed = true;
		/* what waits for mp goes on when pn is done, each in its
		 * turn among pn's own waiters */
		if (pn->nunits <= 1)
			move_waiters(pn, mp);
		node_finish(mp, st);
	}
}

static void
finish_unit(struct pnode *pn, size_t ui, enum job_status st, bool remade,
    const struct job *j)
{
	struct unit *u = &pn->units[ui];
	struct node *n = pn->n;
	const struct recipe *rc = unit_recipe(pn, u);
	bool ran = j || (remade && rc && !opts->touch), touched = false;

	u->state = U_DONE;
	free(u->edges);
	u->edges = NULL;
	u->nedges = 0;
	if (opts->touch && st == JOB_OK && remade && rc &&
	    !recipe_all_always(rc) && !job_all_always(j) &&
	    !(n->flags & NODE_PHONY)) {
		/* GNU touches twice when a recursive line ran and -t
		 * skipped the last line (once as it skips that line, once
		 * as the recipe ends). */
		if (!sched_touch(n) || (j && j->ran_always &&
		    j->skipped_last && !sched_touch(n)))
			st = JOB_FAILED;
		mark_goal_changed(pn);
		touched = true;
	}
	u->status = st;
	if ((ran && !(n->flags & NODE_PHONY)) || touched)
		refresh_mtime(pn, rc, j);
	if ((ran || touched) && st == JOB_OK)
		n->changed = true;
	if (j && st == JOB_QUESTION)
		n->asked = true;
	if (j && node_group(n))
		finish_group(pn, st, rc, j);
}

/* Is goal I one whose failures do not count (an optional makefile)? */
static bool
dontcare_goal(size_t i)
{
	return opts->dontcare && i < ngoal_slots && opts->dontcare[i];
}

/* Below an intermediate file's prerequisites: GNU make's check_dep
 * passes no "don't care" on to those, nor to what their walks reach. */
static bool walk_cares;

/* Is the walk now for such a goal? */
static bool
dontcare(void)
{
	return !walk_cares && dontcare_goal(cur_goal);
}

static void
before_error(void)
{
	if (opts->before_error && cur_goals && cur_goal < ngoal_slots)
		opts->before_error(cur_goals[cur_goal]);
}

/* "No rule to make target" */
static void
complain(struct pnode *pn)
{
	const char *stop = opts->keep_going ? "." : ".  Stop.";

	if (dontcare()) {
		pn->no_diag = true;
		return;
	}
	before_error();
	if (pn->parent)
		diag_error(NULL, "No rule to make target '%s', needed by "
		    "'%s'%s", node_name(pn->n), node_name(pn->parent), stop);
	else
		diag_error(NULL, "No rule to make target '%s'%s",
		    node_name(pn->n), stop);
	had_error = true;
	if (!opts->keep_going) {
		stopping = died = true;
		/* (one that failed earlier, said only now, was tried: its
		 * file is removed if intermediate, as GNU make's) */
		if (!pn->done)
			pn->unfinished = true;
	}
}

/* pn failed silently while the makefiles were remade, and a goal needs
 * it now: complain of the prerequisite that failed, or of pn, as GNU
 * make does ("No rule to make target", also when a recipe failed).  As
 * GNU's complain(): a prerequisite complained of already is said again
 * (under the parent it last had) when pn still owes its diagnostic, and
 * only the file complained of is quits. */
static void
complain_late(struct pnode *pn)
{
	const struct rule *r;
	struct dep_walk w;
	const struct dep *d;
	bool oo;

	for (r = pn->n->rules; r && pn->no_diag; r = r->next)
		for (dep_walk_start(&w, r); (d = dep_walk_next(&w, &oo));) {
			struct pnode *dp = d->node->build_data;

			if (dp && dp->done && dp->status != JOB_OK) {
				complain_late(dp);
				return;
			}
		}
	pn->no_diag = false;
	complain(pn);
}

static NOINLINE enum job_status
fail_unit(struct pnode *pn, size_t ui, enum job_status st, int depth)
{
	finish_unit(pn, ui, st, false, NULL);
	if (died)
		pn->unfinished = true;
	if (st == JOB_FAILED && dontcare())
		pn->no_diag = true;
	if (depth == 0 && opts->keep_going && !opts->dry_run &&
	    !opts->question && !stopping && !opts->makefiles)
		diag_warn(NULL, "Target '%s' not remade because of errors.",
		    node_name(pn->n));
	return st;
}

/* ---- jobs ---- */

/* Is a prerequisite with these job_dep_flags in $?: a normal one that
 * is newer, or any normal one under -B. */
static bool
counts_new(unsigned f)
{
	return !(f & JOB_DEP_OO) && ((f & JOB_DEP_NEWER) || opts->always_make);
}

/* --trace: where the recipe is and why it runs (the newer normal
 * prerequisites of deps[], flags[] as a job_spec's), as GNU make says
 * it when the job is made. */
static void
trace(const struct pnode *pn, const struct recipe *rc,
    struct node *const *deps, const unsigned char *flags, size_t ndeps)
{
	struct strbuf why = STRBUF_INIT;
	const struct loc *at = rc->nlines ? &rc->lines[0].loc : &rc->loc;
	size_t i, k;

	/* (-B: every one, as in $?) */
	for (i = 0; i < ndeps; i++) {
		if (!counts_new(flags[i]))
			continue;
		for (k = 0; k < i && !(counts_new(flags[k]) &&
		    !strcmp(node_path(deps[k]), node_path(deps[i]))); k++)
			;
		if (k < i)
			continue;	/* $? names each once, by its path */
		if (why.len)
			sb_addc(&why, ' ');
		sb_adds(&why, node_path(deps[i]));
	}
	diag_output_start();
	if (at->file)
		printf("%s:%lu: ", at->file, at->line);
	else
		fputs("<builtin>: ", stdout);
	if (why.len)
		printf("update target '%s' due to: %s\n", node_name(pn->n), why.buf);
	else
		printf("target '%s' does not exist\n", node_name(pn->n));
	fflush(stdout);
	sb_release(&why);
}

static struct job *
make_job(struct pnode *pn, size_t ui, const struct recipe *rc)
{
	struct unit *u = &pn->units[ui];
	const struct rule *r = unit_rule(pn, u);
	struct node **deps = xcalloc(u->nedges + 1, sizeof(*deps));
	unsigned char *flags = xcalloc(u->nedges + 1, sizeof(*flags));
	struct job_spec sp;
	struct job *j;
	size_t i;

	memset(&sp, 0, sizeof(sp));
	for (i = 0; i < u->nedges; i++) {
		const struct edge *e = &u->edges[i];

		if (!e->order_only && rule_dep_is_extra(e->dep))
			continue;	/* .EXTRA_PREREQS: no automatic variable */
		flags[sp.ndeps] = (e->order_only ? JOB_DEP_OO : 0) |
		    (e->newer ? JOB_DEP_NEWER : 0);
		deps[sp.ndeps++] = e->dep->node;
	}
	sp.node = pn->n;
	sp.recipe = rc;
	sp.stem = r ? r->stem : NULL;
	sp.deps = deps;
	sp.dep_flags = flags;
	sp.scope = scope_of(pn);
	sp.use_default = rc == pn_dflt(pn);
	graph_stat(pn->n, false);
	sp.mtime_before = pn->n->exists ? pn->n->mtime :
	    MT_NONE;
	/* (a later '::' rule's: the time its first rule was considered
	 * with, so a file an earlier rule made is deleted on its error,
	 * as GNU make compares with that rule's own entry's time) */
	if ((pn->n->flags & NODE_DOUBLE_COLON) && ui > 0)
		sp.mtime_before = dc_more(pn)->mtime;
	if (opts->trace && rc)
		trace(pn, rc, deps, flags, sp.ndeps);
	j = job_new(&sp, opts);
	j->owner = pn;
	j->dontcare = dontcare();
	j->goal = cur_goals ? cur_goals[cur_goal] : NULL;
	j->owner_unit = ui;
	free(deps);
	free(flags);
	return j;
}

static void
set_running(struct pnode *pn, size_t ui)
{
	const struct group *g = node_group(pn->n);
	size_t i;

	pn->units[ui].state = U_RUNNING;
	pn->n->state = NODE_RUNNING;
	for (i = 0; g && i < g->n; i++) {
		struct pnode *mp = pnode_of(g->m[i]);

		/* as GNU make: a member still waiting for its
		 * prerequisites waits for this job instead */
		if (g->m[i] != pn->n && !mp->done && !mp->updating &&
		    (!mp->prepared || mp->units[0].state == U_NEW ||
		    mp->units[0].state == U_WAITING))
			mp->group_running = true;
	}
}

static void
job_finished(struct job *j)
{
	struct pnode *pn = j->owner;

	if (j->ncommands)
		mark_goal_changed(pn);
	if (j->status == JOB_FAILED && j->dontcare) {
		pn->no_diag = true;
	} else if (j->status == JOB_FAILED) {
		had_error = true;
		/* without -k GNU make dies here: nothing more is said */
		if (!opts->keep_going)
			stopping = died = true;
	}
	finish_unit(pn, j->owner_unit, j->status, true, j);
	job_free(j);
}

/* GNU make's goal_dep under -j: a job is reaped between passes over
 * the goals not finished yet, so its failure is said for the goal that
 * the last pass looked at last, whichever goal the job was for (an
 * include's "No such file or directory" comes or not by it). */
static const struct node *goal_dep;

const struct node *
plan_error_goal(const struct job *j)
{
	return sched_serial() ? j->goal : goal_dep;
}

void
plan_job_done(struct job *j)
{
	struct pnode *pn = j->owner;

	job_finished(j);
	enqueue(pn);
}

static bool
wait_slot(void)
{
	while (!stopping && !sched_has_slot())
		sched_wait();
	return !stopping;
}

/* GNU's initialize_file_variables(): a target's parent's first (the
 * target that asked for it), then its own; each node's pattern level
 * gets the set rule_init_vars() made (which may have run earlier, for
 * an implicit rule search or a second expansion). */
static void
init_vars(struct node *n)
{
	struct pnode **chain = NULL;
	struct pnode *pn;
	size_t nc = 0, alloc = 0;

	/* (a loop: a chain of parents may be as deep as the graph; and
	 * one that came back to itself would end there) */
	for (; n && n->build_data; n = pn->parent) {
		pn = pnode_of(n);
		if (pn->vars_ready || pn->vars_chain)
			break;
		pn->vars_chain = true;
		XGROW(chain, nc + 1, alloc);
		chain[nc++] = pn;
	}
	while (nc > 0) {
		pn = chain[--nc];
		pn->vars_chain = false;
		pn->vars_ready = true;
		rule_init_vars(pn->n);
		if (pn->pat_level)
			rule_fill_pat_level(pn->n, pn->more->scope);
	}
	free(chain);
}

static enum job_status
start_job(struct pnode *pn, size_t ui, const struct recipe *rc)
{
	struct unit *u = &pn->units[ui];
	struct job *j;

	sched_reap();
	if (stopping)
		return fail_unit(pn, ui, JOB_FAILED, 1);
	if (graph_pattern_vars)
		init_vars(pn->n);
	j = make_job(pn, ui, rc);
	if (!wait_slot()) {
		job_free(j);
		return fail_unit(pn, ui, JOB_FAILED, 1);
	}
	set_running(pn, ui);
	if (sched_start(j)) {
		job_finished(j);
		return u->status;
	}
	if (sched_serial())
		while (u->state == U_RUNNING)
			sched_wait();
	return u->state == U_DONE ? u->status : JOB_OK;
}

/* GNU's remake_file. */
static NOINLINE enum job_status
remake(struct pnode *pn, size_t ui)
{
	struct node *n = pn->n;
	const struct recipe *rc = unit_recipe(pn, &pn->units[ui]);

	if (node_vpath(n) && !n->more->renamed) {
		/* Remade here, not where VPATH found it (unless that is
		 * a GPATH directory). */
		debug_say(DEBUG_BASIC, 2, "Ignoring VPATH name '%s'.",
		    node_vpath(n));
		if (n->flags & NODE_DOUBLE_COLON)
			dc_more(pn)->vpath = node_vpath(n);
		n->more->vpath_name = NULL;
		pn->no_vpath = true;
		graph_stat(n, true);
	} else if (ui > 0 && dc_more(pn)->vpath) {
		/* GNU make: each '::' rule's entry keeps the name */
		debug_say(DEBUG_BASIC, 2, "Ignoring VPATH name '%s'.",
		    dc_more(pn)->vpath);
	}
	if (!rc) {
		if (n->flags & (NODE_PHONY | NODE_TARGET)) {
			finish_unit(pn, ui, JOB_OK, true, NULL);
			return JOB_OK;
		}
		complain(pn);
		finish_unit(pn, ui, JOB_FAILED, false, NULL);
		return JOB_FAILED;
	}
	if ((opts->touch && !recipe_any_always(rc)) || job_recipe_empty(rc)) {
		finish_unit(pn, ui, JOB_OK, true, NULL);
		return pn->units[ui].status;
	}
	return start_job(pn, ui, rc);
}

/* ---- the walk ---- */

static enum job_status check_dep(struct pnode *d, int depth, long long mt,
    bool *must, struct pnode *pn, size_t ui);

/* check_dep over the prerequisites of intermediate d, on behalf of unit
 * ui of pn: d is made only if pn must be. */
static NOINLINE enum job_status
check_intermediate(struct pnode *d, int depth, long long this_mt,
    bool *must, struct pnode *pn, size_t ui)
{
	enum job_status worst = JOB_OK;
	bool cared = walk_cares;
	size_t i;

	d->updating = true;
	walk_cares = true;
	/* (of a '::' file, the first rule's only: GNU make's file names
	 * that rule's entry, and walks its prerequisites) */
	if (d->nunits) {
		struct unit *du = &d->units[0];

		ensure_edges(d, du);
		for (i = 0; i < du->nedges && !stopping;) {
			struct edge *e = &du->edges[i];
			struct pnode *dd = pnode_of(e->dep->node);
			bool maybe = *must;
			enum job_status st;

			if (dd->updating) {
				drop_edge(d, du, i, dd->n);
				continue;
			}
			dd->parent = d->n;
			st = check_dep(dd, depth, this_mt, &maybe, pn, ui);
			worst = worse(worst, st);
			if (!e->order_only)
				*must = maybe;
			if (st != JOB_OK && !opts->keep_going)
				break;
			i++;
		}
	}
	walk_cares = cared;
	d->updating = false;
	return worst;
}

/* Does a prerequisite d make pn (whose time is this_mt) out of date?
 * Brings d up to date first, unless it is intermediate. */
static enum job_status
check_dep(struct pnode *d, int depth, long long this_mt, bool *must,
    struct pnode *pn, size_t ui)
{
	enum job_status st;
	long long mt;

	depth++;
	if (!is_intermediate(d)) {
		st = update_node(d, depth);
		if (!d->done)
			wait_on(d, pn, ui);
		mt = node_mtime(d);
		if (mt == MT_NONE || mt > this_mt)
			*must = true;
		return st;
	}
	prepare(d);
	if (debug_levels)
		say_search(d, ind(depth));	/* where GNU make searches */
	mt = node_mtime(d);
	/* a group member's job is making it: pn waits for that job, and
	 * looks again after it, as GNU make does */
	if (d->group_running)
		wait_on(d, pn, ui);
	if (mt != MT_NONE && mt > this_mt) {
		*must = true;
		return JOB_OK;
	}
	return check_intermediate(d, depth, this_mt, must, pn, ui);
}

static enum job_status
walk_edges(struct pnode *pn, size_t ui, int depth, long long this_mt,
    bool *must)
{
	struct unit *u = &pn->units[ui];
	enum job_status worst = JOB_OK;
	size_t i = 0;

	while (i < u->nedges && !stopping) {
		struct edge *e = &u->edges[i];
		struct pnode *d = pnode_of(e->dep->node);
		bool maybe = *must;
		enum job_status st;

		if (d->updating) {
			drop_edge(pn, u, i, d->n);
			continue;
		}
		d->parent = pn->n;
		if (!e->seen_set) {
			e->seen = node_mtime(d);
			e->seen_set = true;
		}
		st = check_dep(d, depth + 1, this_mt, &maybe, pn, ui);
		worst = worse(worst, st);
		if (!e->order_only)
			*must = maybe;
		if (st != JOB_OK && !opts->keep_going)
			break;
		i++;
	}
	return worst;
}

/* A target of a grouped rule ("a b &: ...") or of a pattern rule with
 * several targets: after its own, GNU make walks the prerequisites of
 * the other targets (its also_make list, the last target first; for
 * '&:' itself too), each compared with pn's time, so another target's
 * own prerequisite is made before the recipe runs and a newer one
 * makes the recipe run.  Without -k a failure ends the walk of that
 * target's prerequisites only, as in GNU make. */
static NOINLINE enum job_status
walk_group(struct pnode *pn, size_t ui, int depth, long long this_mt,
    bool *must)
{
	const struct group *g = node_group(pn->n);
	enum job_status worst = JOB_OK;
	size_t k;

	for (k = g->n; k-- > 0 && !stopping;) {
		const struct node *m = g->m[k];
		const struct rule *r = m->rules;
		struct dep_walk w;
		const struct dep *dp;
		bool oo;

		/* (the prerequisites it has now: a target not searched yet
		 * has its explicit ones only, as in GNU make) */
		if ((m->flags & NODE_DOUBLE_COLON) || !r || r->sx ||
		    (m == pn->n && !(m->flags & NODE_GROUPED)))
			continue;
		for (dep_walk_start(&w, r);
		    (dp = dep_walk_next(&w, &oo)) && !stopping;) {
			struct pnode *d = pnode_of(dp->node);
			bool maybe = *must;
			enum job_status st;

			if (d->updating)
				continue;
			d->parent = pn->n;
			st = check_dep(d, depth + 1, this_mt, &maybe, pn, ui);
			worst = worse(worst, st);
			if (!oo)
				*must = maybe;
			if (st != JOB_OK && !opts->keep_going)
				break;
		}
	}
	return worst;
}

/* pn must be made: make its intermediate prerequisites first. */
static NOINLINE enum job_status
update_intermediates(struct pnode *pn, size_t ui, int depth)
{
	struct unit *u = &pn->units[ui];
	enum job_status worst = JOB_OK;
	size_t i;

	for (i = 0; i < u->nedges && !stopping; i++) {
		struct edge *e = &u->edges[i];
		struct pnode *d = pnode_of(e->dep->node);
		enum job_status st;

		if (!has_intermediate_mark(d))
			continue;
		d->parent = pn->n;
		if (!e->via_update) {
			e->via_update = true;
			e->seen = node_mtime(d);
		}
		/* GNU make looks at it anew here, never prunes it: one
		 * already made is "considered already" */
		d->walk = 0;
		st = update_node(d, depth + 1);
		if (!d->done)
			wait_on(d, pn, ui);
		worst = worse(worst, st);
		if (st != JOB_OK && !opts->keep_going)
			break;
	}
	return worst;
}

/* --debug: how prerequisite e compares with pn (which exists). */
static void
say_prerequisite(const struct pnode *pn, const struct edge *e,
    long long mt, int depth)
{
	const struct node *dn = e->dep->node;
	const char *d = node_path(dn);
	const char *t = node_name(pn->n);

	if (e->order_only)
		debug_say(DEBUG_VERBOSE, ind(depth) + 1, "Prerequisite '%s' is "
		    "order-only for target '%s'.", d, t);
	else if (mt == MT_NONE)
		debug_say(DEBUG_BASIC, ind(depth) + 1, "Prerequisite '%s' of "
		    "target '%s' does not exist.", d, t);
	else if (e->newer)
		debug_say(DEBUG_BASIC, ind(depth) + 1, "Prerequisite '%s' is "
		    "newer than target '%s'.", d, t);
	else
		debug_say(DEBUG_VERBOSE, ind(depth) + 1, "Prerequisite '%s' is "
		    "older than target '%s'.", d, t);
}

/* The prerequisites are up to date: must pn be remade?  Also marks the
 * prerequisites that go into $?. */
static NOINLINE bool
decide(struct pnode *pn, struct unit *u, long long this_mt, bool must,
    int depth)
{
	const struct recipe *rc = unit_recipe(pn, u);
	bool noexist = this_mt == MT_NONE, changed_any = false;
	unsigned f = pn->n->flags;
	size_t i;

	for (i = 0; i < u->nedges; i++) {
		struct edge *e = &u->edges[i];
		struct pnode *d = pnode_of(e->dep->node);
		long long mt = node_mtime(d);
		bool changed = false;

		if (!e->order_only) {
			if (mt == MT_NONE && !is_intermediate(d))
				must = true;
			if (e->via_update)
				changed = ((f & NODE_PHONY) && rc) ||
				    mt != e->seen;
			else
				changed = mt != e->seen || mt == MT_NONE;
			changed_any |= changed;
		}
		e->newer = changed || noexist || mt > this_mt;
		if (!noexist && debug_levels)
			say_prerequisite(pn, e, mt, depth);
	}
	if ((f & NODE_DOUBLE_COLON) && u->nedges == 0) {
		debug_say(DEBUG_BASIC, ind(depth), "Target '%s' is double-colon "
		    "and has no prerequisites.", node_name(pn->n));
		return true;
	}
	if (!noexist && (f & NODE_TARGET) && !changed_any && !rc &&
	    !opts->always_make) {
		debug_say(DEBUG_VERBOSE, ind(depth), "No recipe for '%s' and no "
		    "prerequisites actually changed.", node_name(pn->n));
		return false;
	}
	if (!must && rc && opts->always_make)
		debug_say(DEBUG_VERBOSE, ind(depth), "Making '%s' due to "
		    "always-make flag.", node_name(pn->n));
	return must || (rc && opts->always_make);
}

/* --debug=i: pn's implicit search, once, indented by indent. */
static void
say_search(struct pnode *pn, int indent)
{
	const char *t = node_name(pn->n);

	if (!pn->implicit_tried || pn->search_said)
		return;
	pn->search_said = true;
	if (trace_of == pn) {
		const char *p = trace_buf.buf, *end = p + trace_buf.len, *nl;

		for (; p < end; p = nl + 1) {
			nl = memchr(p, '\n', (size_t)(end - p));
			debug_say(DEBUG_IMPLICIT, indent, "%.*s",
			    (int)(nl - p), p);
		}
		trace_of = NULL;
	}
	if (pn->implicit_found)
		debug_say(DEBUG_IMPLICIT, indent, "Found an implicit rule for "
		    "'%s'.", t);
	else
		debug_say(DEBUG_IMPLICIT, indent, "No implicit rule found for "
		    "'%s'.", t);
}

/* --debug: a unit is looked at for the first time. */
static void
say_considering(struct pnode *pn, long long this_mt, int depth)
{
	/* a goal's time is read after this line in GNU make, and with it
	 * a GPATH rename; a prerequisite's before it */
	const char *t = depth ? node_name(pn->n) : pn->n->name;

	debug_say(DEBUG_VERBOSE, ind(depth), "Considering target file '%s'.",
	    t);
	if (this_mt == MT_NONE)
		debug_say(DEBUG_BASIC, ind(depth) + 1, "File '%s' does not "
		    "exist.", t);
	say_search(pn, ind(depth) + 1);
	if (pn->dflt)
		debug_say(DEBUG_IMPLICIT, ind(depth) + 1, "Using default recipe "
		    "for '%s'.", t);
}

/* --debug: how remaking the unit ended, or that it goes on. */
static void
say_remade(const struct pnode *pn, const struct unit *u, int depth)
{
	const char *t = node_name(pn->n);

	if (u->state != U_DONE)
		debug_say(DEBUG_VERBOSE, ind(depth), "Recipe of '%s' is being "
		    "run.", t);
	else if (u->status == JOB_OK)
		debug_say(DEBUG_BASIC, ind(depth), "Successfully remade target "
		    "file '%s'.", t);
	else if (u->status == JOB_QUESTION)
		debug_say(DEBUG_BASIC, ind(depth), "Target file '%s' needs to "
		    "be remade under -q.", t);
	else if (opts->keep_going || dontcare())
		/* without -k GNU make has stopped before saying it,
		 * unless the file was one it need not make */
		debug_say(DEBUG_BASIC, ind(depth), "Failed to remake target "
		    "file '%s'.", t);
}

/* GNU's update_file_1 for one unit. */
static enum job_status
update_unit(struct pnode *pn, size_t ui, int depth)
{
	struct unit *u = &pn->units[ui];
	enum job_status st;
	long long this_mt;
	bool must;

	if (u->state == U_DONE)
		return u->status;
	if (u->state == U_RUNNING || u->pending > 0)
		return JOB_OK;
	this_mt = node_mtime(pn);
	if (pn->n->more && pn->n->more->low_res && this_mt != MT_NONE &&
	    this_mt != MT_OLD && this_mt != MT_NEW)
		/* up to date with all of its second */
		this_mt += 999999999 - (this_mt % 1000000000 + 1000000000) %
		    1000000000;
	if (pn->n->flags & NODE_DOUBLE_COLON) {
		/* As GNU make: each '::' rule compares its prerequisites
		 * with the time the file had when the first rule was
		 * considered; what an earlier rule made (or "made" under
		 * -n -t -q) counts only for what depends on the file. */
		if (ui == 0 && u->state == U_NEW)
			dc_more(pn)->mtime = this_mt;
		else if (ui > 0)
			this_mt = dc_more(pn)->mtime;
	}
	must = this_mt == MT_NONE;
	if (u->state == U_NEW && debug_levels)
		say_considering(pn, this_mt, depth);
	ensure_edges(pn, u);
	pn->updating = true;
	st = walk_edges(pn, ui, depth, this_mt, &must);
	/* (a pattern's other targets: when the search gave it the rule) */
	if (node_group(pn->n) &&
	    ((pn->n->flags & NODE_GROUPED) || pn->implicit_found))
		st = worse(st, walk_group(pn, ui, depth, this_mt, &must));
	/* (as GNU make: also after a prerequisite that -q found out of
	 * date, or one a makefile need not have, failed) */
	if ((must || opts->always_make) && !stopping)
		st = worse(st, update_intermediates(pn, ui, depth));
	pn->updating = false;
	if (!died)
		debug_say(DEBUG_VERBOSE, ind(depth) + 1, "Finished "
		    "prerequisites of target file '%s'.", node_name(pn->n));
	if (u->pending > 0) {
		if (!died)
			debug_say(DEBUG_VERBOSE, ind(depth), "The "
			    "prerequisites of '%s' are being made.",
			    node_name(pn->n));
		u->state = U_WAITING;
		pn->n->state = NODE_RUNNING;
		return JOB_OK;
	}
	if (stopping)
		st = worse(st, JOB_FAILED);
	if (st != JOB_OK) {
		if (!died)
			debug_say(DEBUG_VERBOSE, ind(depth), "Giving up on "
			    "target file '%s'.", node_name(pn->n));
		return fail_unit(pn, ui, st, depth);
	}
	if (!decide(pn, u, this_mt, must, depth)) {
		const char *vp = node_vpath(pn->n);

		if (vp && pn->n->more->renamed)
			vp = NULL;	/* its name now */
		if (debug_on(DEBUG_VERBOSE))
			debug_say(DEBUG_VERBOSE, ind(depth), "No need to remake "
			    "target '%s'%s%s%s.", node_name(pn->n),
			    vp ? "; using VPATH name '" : "", vp ? vp : "",
			    vp ? "'" : "");
		/* as GNU make: from now on it goes by the name VPATH
		 * found it under */
		if (vp)
			pn->n->more->renamed = true;
		finish_unit(pn, ui, JOB_OK, false, NULL);
		return JOB_OK;
	}
	debug_say(DEBUG_BASIC, ind(depth), "Must remake target '%s'.",
	    node_name(pn->n));
	st = remake(pn, ui);
	if (debug_levels)
		say_remade(pn, u, depth);
	return st;
}

/* GNU's update_file: the units in order, each waited for. */
static enum job_status
update_node(struct pnode *pn, int depth)
{
	/* a long walk with no job running dies of SIGTERM at once, as
	 * GNU make does */
	diag_check_signals();
	if (pn->done) {
		if (pn->walk == cur_walk()) {
			debug_say(DEBUG_VERBOSE, ind(depth), "Pruning file "
			    "'%s'.", node_name(pn->n));
		} else {
			/* made in the makefiles' walk, or -o: GNU make
			 * looks at it again, once in this walk */
			const char *t = depth ? node_name(pn->n) : pn->n->name;

			pn->walk = cur_walk() & 3;
			debug_say(DEBUG_VERBOSE, ind(depth), "Considering "
			    "target file '%s'.", t);
			if (pn->status == JOB_FAILED)
				debug_say(DEBUG_VERBOSE, ind(depth), "Recently "
				    "tried and failed to update file '%s'.", t);
			else
				debug_say(DEBUG_VERBOSE, ind(depth), "File "
				    "'%s' was considered already.", t);
		}
		if (pn->no_diag && !dontcare())
			complain_late(pn);
		return pn->status;
	}
	pn->walk = cur_walk() & 3;
	if (pn->group_running)
		return JOB_OK;
	prepare(pn);
	while (pn->cur < pn->nunits) {
		enum job_status st = update_unit(pn, pn->cur, depth);

		if (pn->units[pn->cur].state != U_DONE)
			return JOB_OK;
		pn->acc = worse(pn->acc, st);
		if (st != JOB_OK && !opts->keep_going)
			break;
		pn->cur++;
	}
	node_finish(pn, pn->acc);
	return pn->status;
}

/* ---- goals ---- */

static void
run_queue(void)
{
	while (qhead < qlen && !stopping) {
		struct pnode *pn = queue[qhead++];

		pn->queued = false;
		cur_goal = pn->goal;
		update_node(pn, pn->root_goal ? 0 : 2);
	}
	if (qhead == qlen)
		qhead = qlen = 0;
}

static void
goal_message(const struct pnode *pn)
{
	const struct rule *r = pn->n->rules;
	const struct recipe *rc = pn->prepared ?
	    unit_recipe(pn, &pn->units[0]) : r ? r->recipe : NULL;
	/* named as VPATH found it, as in GNU make */
	const char *name = node_path(pn->n);

	diag_output_start();
	if ((pn->n->flags & NODE_PHONY) || !rc)
		printf("%s: Nothing to be done for '%s'.\n", progname, name);
	else
		printf("%s: '%s' is up to date.\n", progname, name);
	fflush(stdout);
}

/* Report the goals [0, upto) that are done, once each, in order.
 * Returns how many are reported in all. */
static size_t
report_goals(struct node **goals, size_t upto, bool *reported,
    enum job_status *first_bad)
{
	size_t i, n = 0;

	for (i = 0; i < upto; i++) {
		const struct pnode *pn = goals[i]->build_data;

		if (!reported[i] && pn->done) {
			enum job_status st = pn->status;

			reported[i] = true;
			/* (GNU make: a '::' goal whose first rule -q found
			 * to run says so, whatever its later rules did) */
			if ((pn->n->flags & NODE_DOUBLE_COLON) &&
			    pn->units[0].status == JOB_QUESTION)
				st = JOB_QUESTION;
			if (st != JOB_OK && *first_bad == JOB_OK &&
			    !dontcare_goal(i))
				*first_bad = st;
			/* (GNU make: a '::' goal's first rule's status) */
			if ((pn->n->flags & NODE_DOUBLE_COLON ?
			    pn->units[0].status : pn->status) == JOB_OK &&
			    !goal_changed[i] && !died &&
			    !opts->silent && !opts->question &&
			    !opts->makefiles)
				goal_message(pn);
		}
		n += reported[i];
	}
	return n;
}

/* GNU make walks a '::' goal again for each rule after the first, and
 * finds it walked: a "Pruning file" line each, once its rules have all
 * been gone through. */
static void
prune_more_rules(const struct pnode *pn)
{
	unsigned k;

	if (!debug_on(DEBUG_VERBOSE) || pn->cur < pn->nunits)
		return;
	for (k = 1; k < pn->nunits; k++)
		debug_say(DEBUG_VERBOSE, ind(0), "Pruning file '%s'.",
		    pn->n->name);
}

int
plan_run(struct node **goals, size_t ngoals)
{
	bool *reported = xcalloc(ngoals + 1, sizeof(*reported));
	enum job_status first_bad = JOB_OK;
	size_t i, done = 0;

	goal_changed = xcalloc(ngoals + 1, sizeof(*goal_changed));
	ngoal_slots = ngoals;
	cur_goals = goals;
	for (i = 0; i < ngoals; i++)
		pnode_of(goals[i])->is_goal = true;
	graph_prefetch(goals, ngoals);
	for (i = 0; i < ngoals && !stopping; i++) {
		struct pnode *pn = pnode_of(goals[i]);

		cur_goal = i;
		goal_dep = goals[i];
		if (!pn->prepared)
			pn->root_goal = true;
		update_node(pn, 0);
		if (pn->n->flags & NODE_DOUBLE_COLON)
			prune_more_rules(pn);
		done = report_goals(goals, i + 1, reported, &first_bad);
	}
	while (!stopping && done < ngoals) {
		if (qhead == qlen)
			sched_wait();
		/* (GNU's next pass: the last goal not finished) */
		for (i = ngoals; i-- > 0;)
			if (!reported[i]) {
				goal_dep = goals[i];
				break;
			}
		run_queue();
		done = report_goals(goals, ngoals, reported, &first_bad);
	}
	if (stopping)
		sched_drain();
	/* (GNU make removes what the makefiles' update made before it
	 * starts again, or when it exits: main.c) */
	if (!opts->makefiles)
		build_remove_intermediates(opts, 0);
	free(reported);
	/* (under -q -k GNU make keeps the 1 of a goal that was to be
	 * made over the errors of those after it; an error without -k
	 * stops it with 2) */
	if (had_error && (first_bad != JOB_QUESTION || died))
		return 2;
	return first_bad == JOB_QUESTION ? 1 : first_bad == JOB_OK ? 0 : 2;
}

/* ---- intermediate files ---- */

bool
plan_made_intermediate(const struct node *n, const struct build_opts *o)
{
	const struct pnode *pn = n->build_data;

	/* (a job that ended while the run stopped, -j without -k, made
	 * its file, though nothing finished the node) */
	return pn && (pn->done || (pn->nunits <= 1 &&
	    pn->units[0].state == U_DONE)) && pn->started &&
	    !pn->mark_dropped &&
	    !pn->unfinished &&
	    !pn->is_goal && (n->flags & NODE_INTERMEDIATE) &&
	    !o->all_secondary &&
	    !(n->flags & (NODE_SECONDARY | NODE_PRECIOUS |
	    NODE_NOTINTERMEDIATE | NODE_PHONY));
}

/* ---- runs ---- */

void
plan_init(const struct build_opts *o)
{
	const struct node *d;
	size_t i;

	opts = o;
	stopping = had_error = died = walk_cares = false;
	d = graph_find(".DEFAULT", 8);
	default_recipe = d && d->rules ? d->rules->recipe : NULL;
	gpath_set = rule_gpath_set();
	qhead = qlen = 0;
	cur_goal = 0;
	wait_seq = 0;
	for (i = 0; i < o->nold_files; i++) {
		struct pnode *pn = pnode_of(o->old_files[i]);

		pn->old = true;
		node_finish(pn, JOB_OK);
	}
	for (i = 0; i < o->nnew_files; i++)
		pnode_of(o->new_files[i])->is_new = true;
}

/* Keep what is done; forget what a stopped run left half-walked. */
void
plan_fini(void)
{
	struct node *n;

	for (n = graph_first(); n; n = n->all_next) {
		struct pnode *pn = n->build_data;
		size_t i;

		if (!pn)
			continue;
		if (pn->more) {
			free(pn->more->waiters);
			pn->more->waiters = NULL;
		}
		for (i = 0; i < pn->nunits; i++) {
			free(pn->units[i].edges);
			pn->units[i].edges = NULL;
			pn->units[i].nedges = 0;
			pn->units[i].have_edges = false;
		}
		/* (after a run that died, dmake ends: what it made is
		 * kept for the removal of intermediate files) */
		if (!pn->done && !died) {
			n->build_data = NULL;
			n->state = NODE_NEW;
		} else {
			pn->updating = pn->queued = pn->is_goal = false;
			pn->root_goal = false;
		}
	}
	free(queue);
	queue = NULL;
	qalloc = qhead = qlen = 0;
	free(goal_changed);
	goal_changed = NULL;
	ngoal_slots = 0;
	cur_goals = NULL;
	goal_dep = NULL;
	sb_release(&trace_buf);
	trace_of = NULL;
}

void
plan_reset(void)
{
	struct node *n;

	graph_prefetch_drop();
	for (n = graph_first(); n; n = n->all_next) {
		n->build_data = NULL;
		n->state = NODE_NEW;
		n->changed = false;
		n->asked = false;
		n->stat_done = false;
	}
}
