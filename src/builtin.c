/*
 * builtin.c - install GNU make's built-in variables and suffix rules.
 *
 * Interface:
 *	builtin_define_vars	variables with origin "default"
 *	builtin_define_rules	suffix rules the makefiles did not define
 *
 * The data live in builtin-data.c, generated from GNU make's own
 * description of them.
 */
#include "config.h"

#include <string.h>

#include "arena.h"
#include "builtin.h"
#include "graph.h"
#include "var.h"

void
builtin_define_vars(void)
{
	size_t i;

	for (i = 0; i < nbuiltin_vars; i++) {
		const struct builtin_var *b = &builtin_vars[i];

		var_define_global(b->name, b->value, b->simple ?
		    VAR_SIMPLE : VAR_RECURSIVE, VAR_ORIGIN_DEFAULT);
	}
	/* how a prerequisite -lNAME is looked for (rule.c) */
	var_define_global(".LIBPATTERNS", "lib%.so lib%.a", VAR_RECURSIVE,
	    VAR_ORIGIN_DEFAULT);
}

static void
undefine_default(const char *name)
{
	size_t len = strlen(name);
	const struct var *v = varset_find(var_global, name, len);

	if (v && v->origin == VAR_ORIGIN_DEFAULT)
		varset_remove(var_global, name, len);
}

void
builtin_undefine_vars(void)
{
	size_t i;

	for (i = 0; i < nbuiltin_vars; i++)
		undefine_default(builtin_vars[i].name);
	undefine_default(".LIBPATTERNS");
}

static struct recipe *
make_recipe(const char *text)
{
	struct recipe *rc = arena_alloc(sizeof(*rc));
	const char *p;
	size_t n = 1, i = 0;

	for (p = text; *p; p++)
		n += *p == '\n';
	rc->lines = arena_alloc(n * sizeof(*rc->lines));
	for (p = text; ; i++) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);

		rc->lines[i].text = arena_strndup(p, len);
		if (!nl)
			break;
		p = nl + 1;
	}
	rc->nlines = n;
	return rc;
}

void
builtin_define_rules(void)
{
	size_t i;

	for (i = 0; i < nbuiltin_rules; i++) {
		const struct builtin_rule *b = &builtin_rules[i];
		struct node *n = graph_node(b->name, strlen(b->name));

		/* the makefile's own recipe wins; a rule of its without
		 * one adds its prerequisites to the built-in rule, as in
		 * GNU make, which has the built-in recipes before it reads */
		if (n->rules && (n->rules->recipe ||
		    (n->flags & NODE_DOUBLE_COLON)))
			continue;
		if (!n->rules)
			n->rules = arena_alloc(sizeof(*n->rules));
		n->rules->recipe = make_recipe(b->recipe);
	}
}

/* GNU make 4.3's built-in pattern rules that are not suffix rules, its
 * archive-member rule aside (archives are out of scope); the RCS and
 * SCCS check-outs are terminal. */
static const struct {
	const char *target, *deps, *recipe;
	bool terminal;
} builtin_patterns[] = {
	{ "%.out", "%", "@rm -f $@ \n cp $< $@", false },
	{ "%.c", "%.w %.ch", "$(CTANGLE) $^ $@", false },
	{ "%.tex", "%.w %.ch", "$(CWEAVE) $^ $@", false },
	/* checking files out of RCS and SCCS */
	{ "%", "%,v", "$(CHECKOUT,v)", true },
	{ "%", "RCS/%,v", "$(CHECKOUT,v)", true },
	{ "%", "RCS/%", "$(CHECKOUT,v)", true },
	{ "%", "s.%", "$(GET) $(GFLAGS) $(SCCS_OUTPUT_OPTION) $<", true },
	{ "%", "SCCS/s.%", "$(GET) $(GFLAGS) $(SCCS_OUTPUT_OPTION) $<", true },
};

void
builtin_define_patterns(void)
{
	size_t i;

	for (i = 0; i < sizeof(builtin_patterns) / sizeof(builtin_patterns[0]);
	    i++) {
		struct pattern_rule *pr = arena_alloc(sizeof(*pr));
		const char *p = builtin_patterns[i].deps, *w;
		size_t n, k = 0;

		pr->targets = arena_alloc(sizeof(*pr->targets));
		pr->targets[0] = builtin_patterns[i].target;
		pr->ntargets = 1;
		for (w = p; *w; w++)
			k += *w == ' ';
		pr->deps = arena_alloc((k + 1) * sizeof(*pr->deps));
		while (*p) {
			n = strcspn(p, " ");
			pr->deps[pr->ndeps++] = arena_strndup(p, n);
			p += n + (p[n] == ' ');
		}
		pr->recipe = make_recipe(builtin_patterns[i].recipe);
		pr->terminal = builtin_patterns[i].terminal;
		pr->builtin = true;
		graph_add_pattern(pr);
	}
}
