/*
 * var.c - the variable store: open-addressing hash sets of variables,
 * scope chains, origin names.
 *
 * Names are interned once in the arena, so a set created and freed per
 * $(call) or per job does not grow the arena.  Variables and values are
 * malloc'd and freed with their set.  A value replaced, or a variable
 * removed, while it is being expanded (an $(eval) inside its own value)
 * is kept on a deferred list until var_cleanup(), so the expander never
 * reads freed memory.
 *
 * Interface:
 *	var_init, var_cleanup		the global set
 *	varset_new, varset_free		sets
 *	varset_find, varset_set, varset_remove, varset_foreach,
 *	varset_count			one set
 *	var_set_value, var_append_value	values
 *	var_lookup, var_global_raw	lookup through scopes
 *	var_define_global		GNU make's own definitions
 *	var_origin_name			$(origin) text
 *	var_intern			the interned copy of a name
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "util.h"
#include "var.h"

struct slot {
	struct var *v;		/* NULL: empty */
	size_t hash;
	size_t nlen;
};

struct varset {
	struct slot *slots;	/* nslots is 0 or a power of two */
	size_t nslots;
	size_t count;
};

/* Interned names: a set of arena strings. */
struct name_slot {
	const char *name;
	size_t hash;
	size_t len;
};

static struct varset global_set;
struct varset *var_global = &global_set;
const struct scope scope_global = { &global_set, NULL, false, false };

static struct name_slot *names;
static size_t nnames_slots, nnames;

/* Deferred frees: values and variables replaced while expanding. */
static void **deferred;
static size_t ndeferred, deferred_alloc;

static void
defer_free(void *p)
{
	XGROW(deferred, ndeferred + 1, deferred_alloc);
	deferred[ndeferred++] = p;
}

static void
names_grow(void)
{
	size_t n = nnames_slots ? nnames_slots * 2 : 1024, i;
	struct name_slot *t = xcalloc(n, sizeof(*t));

	for (i = 0; i < nnames_slots; i++) {
		size_t j;

		if (!names[i].name)
			continue;
		for (j = names[i].hash & (n - 1); t[j].name; j = (j + 1) & (n - 1))
			;
		t[j] = names[i];
	}
	free(names);
	names = t;
	nnames_slots = n;
}

/* The interned, arena-lifetime copy of name. */
const char *
var_intern(const char *name, size_t len)
{
	size_t h = str_hash(name, len), i;

	if ((nnames + 1) * 2 > nnames_slots)
		names_grow();
	for (i = h & (nnames_slots - 1); names[i].name;
	    i = (i + 1) & (nnames_slots - 1)) {
		if (names[i].hash == h && names[i].len == len &&
		    memcmp(names[i].name, name, len) == 0)
			return names[i].name;
	}
	names[i].name = arena_strndup(name, len);
	names[i].hash = h;
	names[i].len = len;
	nnames++;
	return names[i].name;
}

bool var_env_overrides;
bool var_warn_undefined;
unsigned long var_changes;

void
var_init(void)
{
	/* The global set is static storage; it grows on first use. */
}

struct varset *
varset_new(void)
{
	return xcalloc(1, sizeof(struct varset));
}

static void
var_free(struct var *v)
{
	if (v->expanding) {
		defer_free(v->value);
		defer_free(v);
		return;
	}
	free(v->value);
	free(v);
}

static void
varset_clear(struct varset *set)
{
	size_t i;

	for (i = 0; i < set->nslots; i++)
		if (set->slots[i].v)
			var_free(set->slots[i].v);
	free(set->slots);
	set->slots = NULL;
	set->nslots = set->count = 0;
	var_changes++;
}

void
varset_free(struct varset *set)
{
	if (!set)
		return;
	varset_clear(set);
	if (set != &global_set)
		free(set);
}

void
var_cleanup(void)
{
	size_t i;

	varset_clear(&global_set);
	for (i = 0; i < ndeferred; i++)
		free(deferred[i]);
	free(deferred);
	deferred = NULL;
	ndeferred = deferred_alloc = 0;
	free(names);
	names = NULL;
	nnames = nnames_slots = 0;
}

static struct slot *
find_slot(const struct varset *set, const char *name, size_t len, size_t h)
{
	size_t mask = set->nslots - 1, i;

	for (i = h & mask; set->slots[i].v; i = (i + 1) & mask) {
		const struct slot *s = &set->slots[i];

		if (s->hash == h && s->nlen == len &&
		    memcmp(s->v->name, name, len) == 0)
			return &set->slots[i];
	}
	return &set->slots[i];
}

struct var *
varset_find(const struct varset *set, const char *name, size_t len)
{
	if (!set || !set->count)
		return NULL;
	return find_slot(set, name, len, str_hash(name, len))->v;
}

static void
varset_grow(struct varset *set)
{
	size_t n = set->nslots ? set->nslots * 2 : 16, i;
	struct slot *old = set->slots;
	size_t nold = set->nslots;

	set->slots = xcalloc(n, sizeof(*set->slots));
	set->nslots = n;
	for (i = 0; i < nold; i++) {
		struct slot *s;

		if (!old[i].v)
			continue;
		s = find_slot(set, old[i].v->name, old[i].nlen, old[i].hash);
		*s = old[i];
	}
	free(old);
}

struct var *
varset_set(struct varset *set, const char *name, size_t nlen,
    const char *value, size_t vlen, enum var_flavor flavor,
    enum var_origin origin, const struct loc *loc)
{
	size_t h = str_hash(name, nlen);
	struct slot *s;
	struct var *v;

	if ((set->count + 1) * 4 > set->nslots * 3)
		varset_grow(set);
	s = find_slot(set, name, nlen, h);
	if (s->v) {
		v = s->v;
		var_set_value(v, value, vlen);
	} else {
		v = xcalloc(1, sizeof(*v));
		v->name = var_intern(name, nlen);
		v->value = xstrndup(value, vlen);
		v->len = vlen;
		var_changes++;
		s->v = v;
		s->hash = h;
		s->nlen = nlen;
		set->count++;
	}
	v->flavor = flavor;
	v->origin = origin;
	if (loc)
		v->loc = *loc;
	else
		v->loc = (struct loc){ NULL, 0 };
	return v;
}

bool
varset_remove(struct varset *set, const char *name, size_t len)
{
	size_t mask, i, j;
	struct slot *s;

	if (!set || !set->count)
		return false;
	s = find_slot(set, name, len, str_hash(name, len));
	if (!s->v)
		return false;
	var_free(s->v);
	s->v = NULL;
	set->count--;
	var_changes++;
	/* Backward-shift deletion keeps probe chains intact. */
	mask = set->nslots - 1;
	i = (size_t)(s - set->slots);
	for (j = (i + 1) & mask; set->slots[j].v; j = (j + 1) & mask) {
		size_t home = set->slots[j].hash & mask;

		if (((j - home) & mask) >= ((j - i) & mask)) {
			set->slots[i] = set->slots[j];
			set->slots[j].v = NULL;
			i = j;
		}
	}
	return true;
}

void
varset_foreach(const struct varset *set,
    void (*fn)(struct var *v, void *arg), void *arg)
{
	size_t i;

	if (!set)
		return;
	for (i = 0; i < set->nslots; i++)
		if (set->slots[i].v)
			fn(set->slots[i].v, arg);
}

size_t
varset_count(const struct varset *set)
{
	return set ? set->count : 0;
}

void
var_set_value(struct var *v, const char *value, size_t len)
{
	char *nv = xstrndup(value, len);

	if (v->expanding)
		defer_free(v->value);
	else
		free(v->value);
	v->value = nv;
	v->len = len;
	var_changes++;
}

void
var_append_value(struct var *v, const char *value, size_t len)
{
	char *nv;
	size_t n = v->len;

	if (!len)
		return;
	nv = xmalloc(n + 1 + len + 1);
	memcpy(nv, v->value, n);
	if (n)
		nv[n++] = ' ';
	memcpy(nv + n, value, len);
	nv[n + len] = '\0';
	if (v->expanding)
		defer_free(v->value);
	else
		free(v->value);
	v->value = nv;
	v->len = n + len;
	var_changes++;
}

struct var *
var_lookup(const struct scope *sc, const char *name, size_t len,
    const struct scope **found_in)
{
	bool hidden = false;

	for (; sc; sc = sc->parent) {
		struct var *v;

		/* Past a parent target's level, every private variable is
		 * out of sight, as GNU's next_is_parent makes it. */
		hidden = hidden || sc->inherited;
		v = varset_find(sc->vars, name, len);
		if (v && !(hidden && v->is_private)) {
			if (found_in)
				*found_in = sc;
			return v;
		}
	}
	return NULL;
}

struct var *
var_define_global(const char *name, const char *value,
    enum var_flavor flavor, enum var_origin origin)
{
	size_t len = strlen(name);
	struct var *v = varset_find(&global_set, name, len);

	if (var_env_overrides) {
		if (origin == VAR_ORIGIN_ENV)
			origin = VAR_ORIGIN_ENV_OVERRIDE;
		if (v && v->origin == VAR_ORIGIN_ENV)
			v->origin = VAR_ORIGIN_ENV_OVERRIDE;
	}
	if (v && v->origin > origin)
		return NULL;
	return varset_set(&global_set, name, len, value, strlen(value),
	    flavor, origin, NULL);
}

const char *
var_global_raw(const char *name)
{
	struct var *v = varset_find(&global_set, name, strlen(name));

	return v ? v->value : NULL;
}

const char *
var_origin_name(enum var_origin origin)
{
	switch (origin) {
	case VAR_ORIGIN_DEFAULT:
		return "default";
	case VAR_ORIGIN_ENV:
		return "environment";
	case VAR_ORIGIN_FILE:
		return "file";
	case VAR_ORIGIN_ENV_OVERRIDE:
		return "environment override";
	case VAR_ORIGIN_COMMAND:
		return "command line";
	case VAR_ORIGIN_OVERRIDE:
		return "override";
	case VAR_ORIGIN_AUTOMATIC:
		return "automatic";
	}
	return "undefined";
}
