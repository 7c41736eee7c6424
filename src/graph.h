/*
 * graph.h - what exists: file nodes, their rules and prerequisites,
 * pattern rules, and file times.  No scheduling, no processes.
 *
 * All objects here are makefile-lifetime (arena).
 */
#ifndef DMAKE_GRAPH_H
#define DMAKE_GRAPH_H

#include <limits.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "diag.h"
#include "var.h"

struct node;
struct strbuf;

/* One recipe line as read: the text after the recipe prefix (tab or
 * .RECIPEPREFIX), unexpanded, backslash-newlines kept as make keeps them
 * in recipes. */
struct recipe_line {
	const char *text;
	struct loc loc;
};

struct recipe {
	struct recipe_line *lines;
	size_t nlines;
	struct loc loc;		/* of the rule line that owns it */
	/* .RECIPEPREFIX when the rule was read ('\0': a tab): a line
	 * continued with backslash-newline loses it at its start */
	char prefix;
};

struct dep {
	struct node *node;
	struct dep *next;
	/* .SECONDEXPANSION: the unexpanded text this dep came from lives in
	 * rule->deps_text; deps are filled in when the rule is used. */
};

/* One rule of a target.  A single-colon target has at most one (every
 * rule line's prerequisites merged into it); a double-colon target has
 * one per '::' line, each with its own recipe. */
/* .SECONDEXPANSION: a rule line's prerequisite text, still to expand.
 * Its names go where the line stood among the others, as in GNU make:
 * after the first pos prerequisites (oo_pos order-only ones) that rule
 * lines gave as they are. */
struct rule_sx {
	const char *deps;
	const char *stem;	/* a static pattern line's, or NULL */
	size_t pos, oo_pos;
	struct rule_sx *next;
};

/* An order-only prerequisite.  GNU make keeps a target's prerequisites
 * in one list, each rule line's where the line puts them (first for a
 * line with a recipe, else last; an implicit rule's first), and walks
 * them in that order; dmake keeps the normal and the order-only ones
 * apart, and each order-only one knows where it stands among the
 * others: after the first `before' normal ones (and after order-only
 * ones before it in its list).  Every dep in rule->order_only is one
 * (graph_oo_dep()). */
struct oo_dep {
	struct dep d;
	size_t before;
};

struct rule {
	struct dep *deps;		/* normal, in order, duplicates kept */
	struct dep *order_only;		/* after '|': struct oo_dep */
	struct recipe *recipe;		/* NULL: none */
	const char *stem;		/* $* for static-pattern / implicit */
	struct loc loc;
	struct rule *next;		/* next '::' rule */
	/* .SECONDEXPANSION: raw text still to expand at build time, a
	 * rule line's a node in line order, or NULL. */
	struct rule_sx *sx;
};

/* A new order-only prerequisite n, after before normal ones. */
struct dep *graph_oo_dep(struct node *n, size_t before);

static inline size_t
dep_before(const struct dep *oo)
{
	return ((const struct oo_dep *)(const void *)oo)->before;
}

static inline void
dep_set_before(struct dep *oo, size_t before)
{
	((struct oo_dep *)(void *)oo)->before = before;
}

/* Each order-only dep of the list oo from on goes after k more normal
 * ones (prepended or inserted before it). */
void graph_oo_shift(struct dep *oo, size_t k);

/* A rule's prerequisites in GNU make's order: normal and order-only
 * ones merged. */
struct dep_walk {
	struct dep *d, *oo;
	size_t n;		/* normal ones given so far */
};

static inline void
dep_walk_start(struct dep_walk *w, const struct rule *r)
{
	w->d = r->deps;
	w->oo = r->order_only;
	w->n = 0;
}

/* The next prerequisite, *oo whether it is order-only; NULL at the
 * end. */
static inline struct dep *
dep_walk_next(struct dep_walk *w, bool *oo)
{
	struct dep *d;

	if (w->oo && (!w->d || dep_before(w->oo) <= w->n)) {
		d = w->oo;
		w->oo = d->next;
		*oo = true;
		return d;
	}
	if (!(d = w->d))
		return NULL;
	w->d = d->next;
	w->n++;
	*oo = false;
	return d;
}

enum node_flag {
	NODE_PHONY = 1 << 0,		/* .PHONY */
	NODE_PRECIOUS = 1 << 1,		/* .PRECIOUS */
	NODE_INTERMEDIATE = 1 << 2,	/* .INTERMEDIATE, or made by chain */
	NODE_SECONDARY = 1 << 3,	/* .SECONDARY */
	NODE_DOUBLE_COLON = 1 << 4,	/* rules are '::' */
	NODE_TARGET = 1 << 5,		/* appears as a target of a rule */
	NODE_MENTIONED = 1 << 6,	/* appears anywhere in the makefile */
	NODE_SILENT = 1 << 7,		/* .SILENT: x */
	NODE_IGNORE = 1 << 8,		/* .IGNORE: x */
	NODE_NOTINTERMEDIATE = 1 << 9,
	NODE_IMPLICIT_DONE = 1 << 10,	/* implicit search already done */
	/* no warning for its future time: said, or updated this run */
	NODE_SKEW_WARNED = 1 << 11,
	NODE_LISTED = 1 << 12,		/* in parse.c's --list table */
	/* no rule could make it as an intermediate file: implicit rules
	 * that need it are rejected (GNU make's "impossible" files) */
	NODE_IMPOSSIBLE = 1 << 13,
	/* a terminal rule's existing prerequisite: no implicit search for
	 * it (GNU make's tried_implicit) */
	NODE_NO_SEARCH = 1 << 14,
	NODE_GROUPED = 1 << 15,		/* a target of a rule with '&:' */
};

/* Build state, owned by the build module. */
enum node_state {
	NODE_NEW = 0,
	NODE_RUNNING,			/* being considered / prereqs pending */
	NODE_DONE,			/* up to date or rebuilt */
	NODE_FAILED,
	NODE_QUESTION,			/* -q: its recipe would have run */
};

/* The targets one run of a recipe makes together: a grouped rule's
 * ("a b &: ...") or a pattern rule's with several targets.  As GNU
 * make's also_make, membership is per node: a target named in a later
 * grouped rule moves to that rule's group, and the groups it was in
 * still list it, so their recipes still make it. */
struct group {
	size_t n;
	struct node *m[];
};

/* What few nodes have (graph_more() makes it). */
struct node_more {
	struct varset *vars;		/* target-specific; NULL: none */
	const struct group *group;	/* NULL: not grouped */
	const char *vpath_name;		/* found through VPATH/vpath, or NULL */
	/* vpath_name is in a GPATH directory: the node goes by it from
	 * then on (GNU make renames such a file as soon as VPATH finds it) */
	bool renamed;
	/* .LOW_RESOLUTION_TIME: made by something that keeps whole seconds
	 * (cp -p), so as a target it is up to date with anything from the
	 * same second */
	bool low_res;
	/* never looked for through VPATH/vpath (build_no_vpath) */
	bool no_vpath;
	/* its pattern-specific variables, as GNU make sets them up for a
	 * target (rule_init_vars): empty until then */
	struct varset *pat_vars;
	bool vars_init;			/* rule_init_vars() ran */
};

/* One per file name: a 100,000-target makefile holds 100,000 or more,
 * so the small fields are packed at the end and the name follows the
 * struct in the same allocation. */
struct node {
	struct rule *rules;		/* NULL: no rule */
	struct node_more *more;		/* NULL: none of that */
	struct loc loc;			/* first mention as a target */

	/* file state, filled by graph_stat(): nanoseconds since the
	 * epoch, when it exists */
	long long mtime;

	void *build_data;		/* build state, owned by plan.c */

	struct node *all_next;		/* in order of creation */
	unsigned short flags;		/* enum node_flag */
	unsigned char state;		/* enum node_state, owned by build.c */
	bool stat_done : 1;
	bool exists : 1;
	bool changed : 1;		/* rebuilt (or would be, under -n) */
	bool suffix_done : 1;		/* made a pattern rule (parse_finish) */
	bool asked : 1;			/* -q: its own recipe would have run */
	/* exists/mtime hold a stat() a graph_prefetch thread took, not
	 * yet read: stat_done is still false (see graph_prefetch) */
	bool prefetched : 1;
	bool pf_seen : 1;		/* graph_prefetch()'s walk reached it */
	bool gnu_mark : 1;		/* graph_gnu_order()'s */
	/* handed to a graph_prefetch thread: enum pf_state, the one
	 * field both sides write (see graph.c) */
	_Atomic unsigned char pfs;
	char name[];			/* NUL-terminated */
};

/* A file time as nanoseconds, clamped clear of LLONG_MIN (missing),
 * LLONG_MIN + 1 (-o: very old) and LLONG_MAX (-W, -n: very new). */
static inline long long
graph_mtime_ns(const struct timespec *ts)
{
	const long long lim = LLONG_MAX / 1000000000 - 1;
	long long s = (long long)ts->tv_sec;

	if (s > lim)
		s = lim;
	if (s < -lim)
		s = -lim;
	return s * 1000000000 + ts->tv_nsec;
}

/* Look up or create the node named name.  Names are taken as they are
 * (GNU make strips a leading "./" when reading; the parser does that). */
struct node *graph_node(const char *name, size_t len);
/* n's target-specific variables, or NULL. */
static inline struct varset *
node_vars(const struct node *n)
{
	return n->more ? n->more->vars : NULL;
}

/* The name VPATH/vpath found n under, or NULL. */
static inline const char *
node_vpath(const struct node *n)
{
	return n->more ? n->more->vpath_name : NULL;
}

/* The name n's file goes by: the VPATH one, or its own. */
static inline const char *
node_path(const struct node *n)
{
	return n->more && n->more->vpath_name ? n->more->vpath_name : n->name;
}

/* The name n goes by in rule searches and messages: the GPATH one once
 * it is renamed, else its own. */
static inline const char *
node_name(const struct node *n)
{
	return n->more && n->more->renamed ? n->more->vpath_name : n->name;
}

/* n's group, or NULL. */
static inline const struct group *
node_group(const struct node *n)
{
	return n->more ? n->more->group : NULL;
}

/* v[0..n) become one group, each leaving the one it was in; with fewer
 * than two, each is in no group. */
void graph_group(struct node *const *v, size_t n);

/* n's node_more, made (empty) on first use. */
struct node_more *graph_more(struct node *n);
/* Look up without creating; NULL when absent. */
struct node *graph_find(const char *name, size_t len);
/* First node created (for iteration in file order). */
struct node *graph_first(void);
/* Sort v (in the order the nodes were made) as GNU make 4.3's file
 * table holds them: its order for what it does to every file. */
void graph_gnu_order(struct node **v, size_t n);
/* Forget every node and pattern rule and free the lookup table (the
 * nodes themselves live in the arena).  For the end of the program and
 * for tests. */
void graph_free_all(void);

/* Refresh exists/mtime from the file system (follows links, as make
 * does; under graph_check_symlinks the time is the latest of the file's
 * and of each link on the way to it).  force re-reads after a recipe
 * ran. */
void graph_stat(struct node *n, bool force);
/* Some node was marked NODE_INTERMEDIATE (by .INTERMEDIATE or the
 * implicit search): else no file needs removing at the end.  Mark
 * them with graph_mark_intermediate(). */
extern bool graph_any_intermediate;
static inline void
graph_mark_intermediate(struct node *n)
{
	n->flags |= NODE_INTERMEDIATE;
	graph_any_intermediate = true;
}

/* -L, --check-symlink-times */
extern bool graph_check_symlinks;
/* How many times files may have changed (graph_prefetch_drop() was
 * called): what was learnt from the file system in another epoch may
 * be out of date. */
extern unsigned graph_files_epoch;
/* A file had a time in the future (each is warned about once, as GNU
 * make does); main says "Clock skew detected" at the end. */
extern bool graph_clock_skew;
/* Stat, ahead of the walk and on the other processors, the files the
 * walk from goals[0..ngoals) will ask about: the goals and, through the
 * explicit rules' prerequisites (normal and order-only), everything they
 * lead to (phony targets, names found through VPATH and rules still to
 * be expanded under .SECONDEXPANSION excepted; not under -L).  When
 * 2,048 or more of them have no answer yet, up to ncpu - 1 threads
 * stat them while the walk goes on; graph_stat() takes a thread's
 * answer, or stats a file no thread has reached yet itself.  So what
 * the walk sees is what it would have seen stat'ing there itself as
 * long as nothing changes the files in between: graph_prefetch_drop()
 * must be called before anything may (a command, -t's touch, $(shell),
 * $(file)).  It also ends what graph_prefetch_reading() began, keeping
 * its answers. */
void graph_prefetch(struct node *const *goals, size_t ngoals);
/* How many of those files no thread has taken yet (0: none runs). */
size_t graph_prefetch_left(void);
/* Stop every thread and forget every answer not yet read (cheap when
 * there are none), and count one more time that files may have
 * changed.  While the makefiles are still read, the nodes made from
 * now on go to a new thread. */
void graph_prefetch_drop(void);
/* Stat the nodes made from now on while the makefiles are read, on
 * another processor (not with fewer than 2, nor under -L): once 2,048
 * are waiting, a thread of its own takes them in creation order, until
 * graph_prefetch() (graph_prefetch_drop() stops it for the nodes made
 * so far).  Call it after the last chdir(). */
void graph_prefetch_reading(void);
/* How many nodes that thread has gone past so far (0: none runs). */
size_t graph_prefetch_reading_count(void);
/* Stop every thread, keeping nothing they found, and give no more
 * nodes to one (before chdir or exec). */
void graph_prefetch_halt(void);
/* A stat() of n's name just taken elsewhere (mtime NULL: it failed):
 * unless n was already stat'ed or goes by a VPATH name, it becomes
 * n's file state, as graph_stat() would have found it. */
void graph_stat_seed(struct node *n, const struct timespec *mtime);

/* A pattern rule: targets and prerequisites hold '%' (targets always). */
struct pattern_rule {
	const char **targets;
	size_t ntargets;
	const char **deps;		/* normal prerequisites (patterns) */
	size_t ndeps;
	const char **order_only;
	size_t norder_only;
	struct recipe *recipe;		/* NULL: cancels the pattern */
	bool terminal;			/* '::' */
	bool builtin;			/* from the built-in rules */
	struct loc loc;
	const char *deps_text;		/* .SECONDEXPANSION raw text */
	struct pattern_rule *next;
};

/* All pattern rules in definition order (a later definition with the
 * same targets and prerequisites replaces an earlier one, as in GNU). */
extern struct pattern_rule *graph_patterns;
void graph_add_pattern(struct pattern_rule *pr);

/* Pattern-specific variables: "%.o: CFLAGS += -g". */
struct pattern_var {
	const char *pattern;
	struct varset *vars;		/* the line's one variable, as read */
	const struct var *var;		/* it (NULL: none) */
	int op;				/* its enum assign_op */
	struct pattern_var *next;
};
extern struct pattern_var *graph_pattern_vars;

/* Match word against a pattern containing one '%': on success store the
 * stem (its start and length inside word) and return true. */
bool pattern_match(const char *pattern, const char *word, size_t wlen,
    const char **stem, size_t *stemlen);
/* The same with the pattern's '%' at pct (NULL: none), for patterns
 * whose earlier '%' characters were escaped. */
bool pattern_match_at(const char *pattern, const char *pct,
    const char *word, size_t wlen, const char **stem, size_t *stemlen);
/* Append (name, len) to out as GNU make's find_percent() leaves it: of
 * the backslashes before each '%' up to the first unescaped one, half
 * stay (rounded down).  Returns the offset of that '%' in out, or
 * SIZE_MAX when every '%' is escaped (or there is none). */
size_t pattern_unquote(struct strbuf *out, const char *name, size_t len);

#endif
