/*
 * t-var.c - the variable store: sets, interning, scopes and the private
 * rule, origins, values, and a set of 100,000 variables.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "tap.h"
#include "util.h"
#include "var.h"

static struct var *
set(struct varset *s, const char *name, const char *value)
{
	return varset_set(s, name, strlen(name), value, strlen(value),
	    VAR_RECURSIVE, VAR_ORIGIN_FILE, NULL);
}

static const char *
val(const struct scope *sc, const char *name)
{
	struct var *v = var_lookup(sc, name, strlen(name), NULL);

	return v ? v->value : NULL;
}

static void
count_fn(struct var *v, void *arg)
{
	(void)v;
	++*(size_t *)arg;
}

static void
test_basic(void)
{
	struct varset *s = varset_new();
	struct loc loc = { "Makefile", 3 };
	struct var *v, *w;

	check(varset_find(s, "x", 1) == NULL);
	check_int(varset_count(s), 0);
	v = varset_set(s, "x", 1, "abc", 3, VAR_SIMPLE, VAR_ORIGIN_FILE, &loc);
	check_str(v->value, "abc");
	check_int(v->len, 3);
	check_int(v->flavor, VAR_SIMPLE);
	check_int(v->origin, VAR_ORIGIN_FILE);
	check_str(v->loc.file, "Makefile");
	check_int(v->loc.line, 3);
	check(varset_find(s, "x", 1) == v);
	/* lengths, not NUL: "xy" with len 1 is "x" */
	check(varset_find(s, "xy", 1) == v);
	check(varset_find(s, "xy", 2) == NULL);
	v->export = VAR_EXPORT_YES;
	v->is_private = true;
	w = varset_set(s, "x", 1, "d", 1, VAR_RECURSIVE, VAR_ORIGIN_OVERRIDE,
	    NULL);
	check(w == v);
	check_str(w->value, "d");
	check_int(w->flavor, VAR_RECURSIVE);
	check_int(w->origin, VAR_ORIGIN_OVERRIDE);
	check_int(w->export, VAR_EXPORT_YES);
	check(w->is_private);
	check(w->loc.file == NULL);
	check_int(varset_count(s), 1);
	/* a value with a NUL inside is kept whole */
	v = varset_set(s, "nul", 3, "a\0b", 3, VAR_SIMPLE, VAR_ORIGIN_FILE,
	    NULL);
	check_int(v->len, 3);
	check(memcmp(v->value, "a\0b", 4) == 0);
	/* empty name and empty value */
	v = varset_set(s, "", 0, "", 0, VAR_SIMPLE, VAR_ORIGIN_FILE, NULL);
	check_str(v->value, "");
	check(varset_find(s, "", 0) == v);
	check(varset_remove(s, "x", 1));
	check(!varset_remove(s, "x", 1));
	check(varset_find(s, "x", 1) == NULL);
	check_int(varset_count(s), 2);
	varset_free(s);
	varset_free(NULL);
	check(!varset_remove(NULL, "x", 1));
	check(varset_find(NULL, "x", 1) == NULL);
}

static void
test_values(void)
{
	struct varset *s = varset_new();
	struct var *v = set(s, "v", "");

	var_append_value(v, "a", 1);
	check_str(v->value, "a");
	var_append_value(v, "", 0);
	check_str(v->value, "a");
	var_append_value(v, "b c", 3);
	check_str(v->value, "a b c");
	check_int(v->len, 5);
	var_set_value(v, "zz", 2);
	check_str(v->value, "zz");
	check_int(v->len, 2);
	/* while expanding, the old value must stay readable */
	{
		const char *old = v->value;

		v->expanding = true;
		var_set_value(v, "new", 3);
		check_str(old, "zz");
		old = v->value;
		var_append_value(v, "more", 4);
		check_str(old, "new");
		check_str(v->value, "new more");
		v->expanding = false;
	}
	varset_free(s);
}

static void
test_intern(void)
{
	struct varset *a = varset_new(), *b = varset_new();
	struct var *x = set(a, "name", "1"), *y = set(b, "name", "2");

	check(x->name == y->name);
	check(var_intern("name", 4) == x->name);
	check(var_intern("namex", 4) == x->name);
	check(var_intern("other", 5) != x->name);
	check_str(var_intern("other", 5), "other");
	varset_free(a);
	varset_free(b);
}

static void
test_scopes(void)
{
	struct varset *auto_ = varset_new(), *t = varset_new();
	struct varset *p = varset_new();
	struct scope gl = { var_global, NULL, true, false };
	struct scope pl = { p, &gl, true, false };	/* parent target p */
	struct scope tl = { t, &pl, false, false };	/* target t */
	struct scope al = { auto_, &tl, false, false };
	const struct scope *found;
	struct var *v;

	set(var_global, "G", "global");
	set(var_global, "X", "gx");
	set(p, "X", "px");
	set(p, "PRIV", "pp")->is_private = true;
	set(var_global, "PRIV", "gp");
	set(t, "TPRIV", "tp")->is_private = true;
	set(var_global, "GPRIV", "gpriv")->is_private = true;
	set(auto_, "@", "t");

	check_str(val(&al, "@"), "t");
	check_str(val(&al, "G"), "global");
	check_str(val(&al, "X"), "px");
	v = var_lookup(&al, "X", 1, &found);
	check(found == &pl);
	v = var_lookup(&al, "G", 1, &found);
	check(found == &gl);
	(void)v;
	/* private in the parent: skipped, the global one is seen */
	check_str(val(&al, "PRIV"), "gp");
	/* private in the target itself: seen */
	check_str(val(&al, "TPRIV"), "tp");
	/* seen from the parent's own scope, private is visible */
	check_str(val(&pl, "PRIV"), "gp");
	{
		struct scope pown = { p, &scope_global, false, false };

		check_str(val(&pown, "PRIV"), "pp");
		check_str(val(&pown, "GPRIV"), "gpriv");
	}
	/* past an inherited level, global private ones are hidden too */
	check(val(&al, "GPRIV") == NULL);
	check_str(val(&scope_global, "GPRIV"), "gpriv");
	check(val(&al, "nope") == NULL);
	check(var_lookup(NULL, "G", 1, NULL) == NULL);
	check_str(var_global_raw("G"), "global");
	check(var_global_raw("nope") == NULL);
	check(scope_global.vars == var_global);
	check(scope_global.parent == NULL);
	varset_remove(var_global, "G", 1);
	varset_remove(var_global, "X", 1);
	varset_remove(var_global, "PRIV", 4);
	varset_remove(var_global, "GPRIV", 5);
	varset_free(auto_);
	varset_free(t);
	varset_free(p);
}

static void
test_origins(void)
{
	check_str(var_origin_name(VAR_ORIGIN_DEFAULT), "default");
	check_str(var_origin_name(VAR_ORIGIN_ENV), "environment");
	check_str(var_origin_name(VAR_ORIGIN_FILE), "file");
	check_str(var_origin_name(VAR_ORIGIN_ENV_OVERRIDE),
	    "environment override");
	check_str(var_origin_name(VAR_ORIGIN_COMMAND), "command line");
	check_str(var_origin_name(VAR_ORIGIN_OVERRIDE), "override");
	check_str(var_origin_name(VAR_ORIGIN_AUTOMATIC), "automatic");
	check(VAR_ORIGIN_DEFAULT < VAR_ORIGIN_ENV &&
	    VAR_ORIGIN_ENV < VAR_ORIGIN_FILE &&
	    VAR_ORIGIN_FILE < VAR_ORIGIN_ENV_OVERRIDE &&
	    VAR_ORIGIN_ENV_OVERRIDE < VAR_ORIGIN_COMMAND &&
	    VAR_ORIGIN_COMMAND < VAR_ORIGIN_OVERRIDE);
}

#define NBIG 100000

static void
test_big(void)
{
	struct varset *s = varset_new();
	char name[32], value[32];
	size_t i, bad = 0, n = 0;

	for (i = 0; i < NBIG; i++) {
		int nl = snprintf(name, sizeof(name), "VAR_%zu", i);
		int vl = snprintf(value, sizeof(value), "value %zu", i);

		varset_set(s, name, (size_t)nl, value, (size_t)vl,
		    VAR_SIMPLE, VAR_ORIGIN_FILE, NULL);
	}
	check_int(varset_count(s), NBIG);
	for (i = 0; i < NBIG; i++) {
		int nl = snprintf(name, sizeof(name), "VAR_%zu", i);
		struct var *v = varset_find(s, name, (size_t)nl);

		snprintf(value, sizeof(value), "value %zu", i);
		if (!v || strcmp(v->value, value) != 0)
			bad++;
	}
	check_int(bad, 0);
	/* remove the even ones; the odd ones must all still be found */
	for (i = 0; i < NBIG; i += 2) {
		int nl = snprintf(name, sizeof(name), "VAR_%zu", i);

		if (!varset_remove(s, name, (size_t)nl))
			bad++;
	}
	check_int(bad, 0);
	check_int(varset_count(s), NBIG / 2);
	for (i = 0; i < NBIG; i++) {
		int nl = snprintf(name, sizeof(name), "VAR_%zu", i);
		struct var *v = varset_find(s, name, (size_t)nl);

		if ((v != NULL) != (i % 2 == 1))
			bad++;
	}
	check_int(bad, 0);
	varset_foreach(s, count_fn, &n);
	check_int(n, NBIG / 2);
	varset_free(s);
}

int
main(void)
{
	var_init();
	test_basic();
	test_values();
	test_intern();
	test_scopes();
	test_origins();
	test_big();
	var_cleanup();
	arena_free_all();
	return test_done();
}
