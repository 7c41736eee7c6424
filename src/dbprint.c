/*
 * dbprint.c - -p / --print-data-base: what dmake read, printed in GNU
 * make 4.3's format (variables, pattern-specific variables, implicit
 * rules, files, vpath), so that what reads GNU make's database (bash's
 * completion of targets, people comparing two makes) reads dmake's.
 *
 * Differences, on purpose: variables and files are in name and creation
 * order (GNU's are in hash-table order, which means nothing); no hash
 * table statistics; dmake keeps no directory cache, so that section says
 * so instead of counting; automatic variables a target's recipe saw are
 * not repeated under it; special targets (.PHONY, ...) come after the
 * other files, and GNU make's empty "%.x:" rules (one a suffix) are not
 * there.
 * tests/scenario/print-db.sh compares the rest with GNU make's.
 *
 *	db_print	the whole database on a stream
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dbprint.h"
#include "expand.h"
#include "graph.h"
#include "parse.h"
#include "rule.h"
#include "strbuf.h"
#include "suffix.h"
#include "util.h"
#include "var.h"

static const char *
origin_text(enum var_origin o)
{
	switch (o) {
	case VAR_ORIGIN_DEFAULT: return "default";
	case VAR_ORIGIN_ENV: return "environment";
	case VAR_ORIGIN_FILE: return "makefile";
	case VAR_ORIGIN_ENV_OVERRIDE: return "environment under -e";
	case VAR_ORIGIN_COMMAND: return "command line";
	case VAR_ORIGIN_OVERRIDE: return "'override' directive";
	case VAR_ORIGIN_AUTOMATIC: return "automatic";
	}
	return "invalid";
}

/* One variable: its origin as a comment, then the assignment that would
 * define it again, each line after prefix.  as_simple: as GNU make 4.3
 * prints pattern-specific variables, ':=' with '$' doubled, whatever
 * their flavor (the text of the value survives; the flavor does not). */
static void
print_var(FILE *out, const struct var *v, const char *prefix,
    bool as_simple)
{
	/* (a pattern's that the command line overrode shows the command
	 * line's flavor, as GNU make's) */
	bool simple = v->flavor == VAR_SIMPLE || (as_simple &&
	    v->origin != VAR_ORIGIN_COMMAND &&
	    v->origin != VAR_ORIGIN_ENV_OVERRIDE);

	const char *p;

	fprintf(out, "# %s%s", origin_text(v->origin),
	    v->is_private ? " private" : "");
	if (v->loc.file)
		fprintf(out, " (from '%s', line %lu)", v->loc.file, v->loc.line);
	fputc('\n', out);
	fputs(prefix, out);
	if (!simple && strchr(v->value, '\n')) {
		fprintf(out, "define %s\n%s\nendef\n", v->name, v->value);
		return;
	}
	fprintf(out, "%s %s= ", v->name, simple ? ":" : v->append ? "+" : "");
	for (p = v->value; *p && is_space((unsigned char)*p); p++)
		;
	if (p != v->value && !*p)
		/* blanks alone would vanish when read back */
		fprintf(out, "$(subst ,,%s)", v->value);
	else if (!simple)
		fputs(v->value, out);
	else
		for (p = v->value; *p; p++) {
			if (*p == '$')
				fputc('$', out);
			fputc(*p, out);
		}
	fputc('\n', out);
}

struct var_list {
	const struct var **v;
	size_t n, alloc;
};

static void
collect(struct var *v, void *arg)
{
	struct var_list *l = arg;

	XGROW(l->v, l->n + 1, l->alloc);
	l->v[l->n++] = v;
}

static int
cmp_var(const void *a, const void *b)
{
	const struct var *const *x = a, *const *y = b;

	return strcmp((*x)->name, (*y)->name);
}

/* The set's variables sorted by name, each after prefix. */
static size_t
print_set(FILE *out, const struct varset *set, const char *prefix,
    bool as_simple)
{
	struct var_list l = { NULL, 0, 0 };
	size_t i;

	varset_foreach(set, collect, &l);
	if (l.n)
		qsort(l.v, l.n, sizeof(*l.v), cmp_var);
	for (i = 0; i < l.n; i++)
		print_var(out, l.v[i], prefix, as_simple);
	free(l.v);
	return i;
}

static void
print_pattern_vars(FILE *out)
{
	const struct pattern_var *pv;
	size_t n = 0, len, most = 0;

	fputs("\n# Pattern-specific Variable Values\n\n", out);
	/* in GNU make's order: by the length of the pattern, those of one
	 * length as they were defined */
	for (pv = graph_pattern_vars; pv; pv = pv->next)
		if (strlen(pv->pattern) > most)
			most = strlen(pv->pattern);
	for (len = 0; len <= most && graph_pattern_vars; len++)
		for (pv = graph_pattern_vars; pv; pv = pv->next) {
			if (strlen(pv->pattern) != len)
				continue;
			fprintf(out, "%s :\n", pv->pattern);
			n += print_set(out, pv->vars, "# ", true);
			fputc('\n', out);
		}
	if (n)
		fprintf(out, "# %zu pattern-specific variable values", n);
	else
		fputs("# No pattern-specific variable values.\n", out);
}

/* A recipe: where it came from, then each logical line after a tab. */
static void
print_recipe(FILE *out, const struct recipe *rc)
{
	size_t i;

	if (!rc || !rc->nlines)
		return;
	if (rc->lines[0].loc.file)
		fprintf(out, "#  recipe to execute (from '%s', line %lu):\n",
		    rc->lines[0].loc.file, rc->lines[0].loc.line);
	else
		fputs("#  recipe to execute (built-in):\n", out);
	for (i = 0; i < rc->nlines; i++)
		fprintf(out, "\t%s\n", rc->lines[i].text);
}

static void
print_words(FILE *out, const char *const *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		fprintf(out, " %s", w[i]);
}

static void
print_patterns(FILE *out)
{
	const struct pattern_rule *pr;
	size_t n = 0, terminal = 0, i;

	fputs("\n# Implicit Rules\n", out);
	for (pr = graph_patterns; pr; pr = pr->next) {
		n++;
		terminal += pr->terminal;
		fputc('\n', out);
		for (i = 0; i < pr->ntargets; i++)
			fprintf(out, "%s%c", pr->targets[i],
			    i + 1 == pr->ntargets ? ':' : ' ');
		if (pr->terminal)
			fputc(':', out);
		/* the text a second expansion takes, whole, as GNU make */
		if (pr->deps_text)
			fprintf(out, " %s", skip_space(pr->deps_text));
		else
			print_words(out, pr->deps, pr->ndeps);
		if (pr->norder_only && !pr->deps_text) {
			fputs(" |", out);
			print_words(out, pr->order_only, pr->norder_only);
		}
		fputc('\n', out);
		print_recipe(out, pr->recipe);
	}
	if (!n)
		fputs("\n# No implicit rules.\n", out);
	else
		fprintf(out, "\n# %zu implicit rules, %zu (%.1f%%) terminal.",
		    n, terminal, (double)terminal / (double)n * 100.0);
}

static void
print_deps(FILE *out, const struct rule *r)
{
	const struct dep *d;

	for (d = r ? r->deps : NULL; d; d = d->next)
		fprintf(out, " %s", node_path(d->node));
	if (r && r->order_only) {
		fputs(" |", out);
		for (d = r->order_only; d; d = d->next)
			fprintf(out, " %s", node_path(d->node));
	}
	fputc('\n', out);
}

static void
print_mtime(FILE *out, const struct node *n)
{
	struct tm tm;

	/* GNU make gives phony targets no time as it reads them */
	if ((n->flags & NODE_PHONY) || (n->stat_done && !n->exists))
		fputs("#  File does not exist.\n", out);
	else if (!n->stat_done)
		fputs("#  Modification time never checked.\n", out);
	else {
		/* floor division: a time before 1970 has nsec >= 0 too */
		long long ns = n->mtime % 1000000000;
		time_t sec = (time_t)(n->mtime / 1000000000 - (ns < 0));

		if (ns < 0)
			ns += 1000000000;
		if (localtime_r(&sec, &tm))
			fprintf(out, "#  Last modified %04d-%02d-%02d "
			    "%02d:%02d:%02d.%09lld\n", tm.tm_year + 1900,
			    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
			    tm.tm_sec, ns);
	}
}

static bool
is_goal(const struct node *n, char *const *goals, size_t ngoals)
{
	size_t i;

	for (i = 0; i < ngoals; i++)
		if (!strcmp(goals[i], n->name))
			return true;
	return false;
}

/* a built-in suffix rule's node: a recipe from nowhere, no stem */
static bool
is_builtin(const struct rule *r)
{
	return r && r->recipe && !r->loc.file && !r->stem;
}

/* One rule of node n (the first, or a later '::' one). */
static void
print_rule(FILE *out, const struct node *n, const struct rule *r,
    bool cmd_target)
{
	bool builtin = is_builtin(r);

	/* an implicit rule makes its node a target, as in GNU make */
	if (!(n->flags & (NODE_TARGET | NODE_PHONY)) && !(r && r->stem &&
	    (n->flags & NODE_IMPLICIT_DONE)))
		fputs("# Not a target:\n", out);
	/* a file VPATH found under the name it goes by, as GNU make */
	fprintf(out, "%s:%s", node_path(n),
	    n->flags & NODE_DOUBLE_COLON ? ":" : "");
	print_deps(out, r);
	if (n->flags & NODE_PRECIOUS)
		fputs("#  Precious file (prerequisite of .PRECIOUS).\n", out);
	if (n->flags & NODE_PHONY)
		fputs("#  Phony target (prerequisite of .PHONY).\n", out);
	if (cmd_target)
		fputs("#  Command line target.\n", out);
	if (builtin)
		fputs("#  Builtin rule\n", out);
	fprintf(out, "#  Implicit rule search has%s been done.\n",
	    n->flags & NODE_IMPLICIT_DONE ? "" : " not");
	if (r && r->stem) {
		fprintf(out, "#  Implicit/static pattern stem: '%s'\n",
		    r->stem);
	} else if (r && r->recipe && (n->changed || n->asked)) {
		/* GNU make sets $* when the recipe runs (or under -q is
		 * found to be needed): the name less a known suffix, else
		 * empty */
		size_t len = 0;

		if (!suffix_strip(n->name, &len))
			len = 0;
		fprintf(out, "#  Implicit/static pattern stem: '%.*s'\n",
		    (int)len, n->name);
	}
	if (n->flags & NODE_INTERMEDIATE)
		fputs("#  File is an intermediate prerequisite.\n", out);
	print_mtime(out, n);
	fprintf(out, "#  File has%s been updated.\n",
	    n->state == NODE_NEW || n->state == NODE_RUNNING ? " not" : "");
	if (n->state == NODE_DONE)
		fputs("#  Successfully updated.\n", out);
	else if (n->state == NODE_QUESTION)
		fputs("#  Needs to be updated (-q is set).\n", out);
	else if (n->state == NODE_FAILED)
		fputs("#  Failed to be updated.\n", out);
	if (r)
		print_recipe(out, r->recipe);
}

/* The special targets the makefiles named, and .SUFFIXES with its
 * built-in list: GNU make keeps them as files with prerequisites. */
static void
print_specials(FILE *out)
{
	const struct parse_special_text *t;
	const char *name;
	bool named;
	size_t i;

	for (i = 0; (name = parse_special(i, &named, &t)) != NULL; i++) {
		bool suffixes = strcmp(name, ".SUFFIXES") == 0;
		const char *const *sv;
		size_t ns = suffixes ? suffix_list(&sv) : 0, k;

		if (!named && !ns)
			continue;
		fprintf(out, "\n%s:", name);
		if (suffixes) {
			/* the list as it is now (".SUFFIXES:" emptied it) */
			for (k = 0; k < ns; k++)
				fprintf(out, " %s", sv[k]);
		}
		for (; !suffixes && t; t = t->next) {
			const char *p = t->text, *w;
			size_t len;

			while ((w = next_word(&p, t->text + strlen(t->text),
			    &len)) != NULL)
				fprintf(out, " %.*s", (int)len, w);
		}
		fputc('\n', out);
		if (!named)
			fputs("#  Builtin rule\n", out);
		fputs("#  Implicit rule search has not been done.\n"
		    "#  Modification time never checked.\n"
		    "#  File has not been updated.\n", out);
	}
}

static void
print_files(FILE *out, char *const *goals, size_t ngoals, bool no_builtin)
{
	const struct node *n;

	fputs("\n# Files\n", out);
	for (n = graph_first(); n; n = n->all_next) {
		const struct rule *r = n->rules;
		bool goal = is_goal(n, goals, ngoals);

		/* a name the implicit search only tried is not a file of
		 * the database (GNU make never enters it) */
		if (!r && n->state == NODE_NEW && !goal && !(n->flags &
		    (NODE_TARGET | NODE_MENTIONED | NODE_PHONY)))
			continue;
		if (no_builtin && is_builtin(r) && !r->next)
			continue;

		fputc('\n', out);
		if (node_vars(n)) {
			char *prefix = xasprintf("%s: ", n->name);

			print_set(out, node_vars(n), prefix, false);
			free(prefix);
		}
		print_rule(out, n, r, goal);
		/* the later rules of a '::' target, as GNU prints them */
		for (r = r ? r->next : NULL; r; r = r->next) {
			fputc('\n', out);
			print_rule(out, n, r, goal);
		}
	}
	print_specials(out);
}

struct vpath_print {
	FILE *out;
	const char *pattern;	/* of the line being printed */
	size_t n;
};

static void
vpath_entry(const char *pattern, const char *dir, void *arg)
{
	struct vpath_print *vp = arg;

	/* consecutive directories of one pattern: one line, ':' between */
	if (vp->pattern && !strcmp(vp->pattern, pattern)) {
		fprintf(vp->out, ":%s", dir);
		return;
	}
	if (vp->pattern)
		fputc('\n', vp->out);
	fprintf(vp->out, "vpath %s %s", pattern, dir);
	vp->pattern = pattern;
	vp->n++;
}

/* VPATH's directories, expanded, ':' between them. */
static void
print_general_vpath(FILE *out)
{
	const char *raw = var_global_raw("VPATH"), *p, *end;
	struct strbuf ex = STRBUF_INIT;
	bool first = true;

	if (raw)
		expand(&ex, raw, strlen(raw), &scope_global, NULL);
	for (p = ex.buf, end = p + ex.len; p < end;) {
		const char *w;

		while (p < end && (*p == ':' || is_space((unsigned char)*p)))
			p++;
		for (w = p; p < end && *p != ':' && !is_space((unsigned char)*p);)
			p++;
		if (p == w)
			continue;
		fprintf(out, "%s%.*s", first ? "\n# General ('VPATH' variable) "
		    "search path:\n# " : ":", (int)(p - w), w);
		first = false;
	}
	fputs(first ? "\n# No general ('VPATH' variable) search path.\n" :
	    "\n", out);
	sb_release(&ex);
}

static void
print_vpath(FILE *out)
{
	struct vpath_print vp = { out, NULL, 0 };

	fputs("\n# VPATH Search Paths\n\n", out);
	rule_vpath_foreach(vpath_entry, &vp);
	if (vp.n)
		fprintf(out, "\n\n# %zu 'vpath' search paths.\n", vp.n);
	else
		fputs("# No 'vpath' search paths.\n", out);
	print_general_vpath(out);
}

static void
stamp(FILE *out, const char *what)
{
	time_t now = time(NULL);
	char buf[64];
	struct tm tm;

	/* ctime()'s form, as GNU make prints it */
	if (localtime_r(&now, &tm) &&
	    strftime(buf, sizeof(buf), "%a %b %e %H:%M:%S %Y", &tm))
		fprintf(out, "%s%s\n", what, buf);
}

void
db_print(FILE *out, char *const *goals, size_t ngoals,
    bool no_builtin_rules)
{
	stamp(out, "\n# Make data base, printed on ");
	fputs("\n# Variables\n\n", out);
	print_set(out, var_global, "", false);
	print_pattern_vars(out);
	fputs("\n# Directories\n\n# dmake keeps no directory cache: it "
	    "asks the file system each time.\n", out);
	print_patterns(out);
	print_files(out, goals, ngoals, no_builtin_rules);
	print_vpath(out);
	stamp(out, "\n# Finished Make data base on ");
}
