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

		varset_set(var_global, b->name, strlen(b->name), b->value,
		    strlen(b->value), b->simple ? VAR_SIMPLE : VAR_RECURSIVE,
		    VAR_ORIGIN_DEFAULT, NULL);
	}
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

		if (n->rules)
			continue;	/* the makefile's own wins */
		n->rules = arena_alloc(sizeof(*n->rules));
		n->rules->recipe = make_recipe(b->recipe);
	}
}
