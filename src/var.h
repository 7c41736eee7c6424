/*
 * var.h - the variable store: hash sets of variables, flavors, origins,
 * and scope chains (automatic -> target -> pattern -> parent target ->
 * global) through which names are looked up.
 *
 * Names are makefile-lifetime (arena); values are owned by their struct
 * var and replaced through var_set_value().
 */
#ifndef DMAKE_VAR_H
#define DMAKE_VAR_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

enum var_flavor {
	VAR_RECURSIVE,		/* = define: expanded at each use */
	VAR_SIMPLE,		/* := ::= : expanded once, when assigned */
};

/* In GNU make's order, lowest priority first: a later origin may replace
 * an earlier one; a file assignment does not replace COMMAND unless it
 * says override. */
enum var_origin {
	VAR_ORIGIN_DEFAULT,	/* built in */
	VAR_ORIGIN_ENV,		/* from the environment */
	VAR_ORIGIN_FILE,	/* assigned in a makefile */
	VAR_ORIGIN_ENV_OVERRIDE,/* environment under -e */
	VAR_ORIGIN_COMMAND,	/* VAR=value on the command line */
	VAR_ORIGIN_OVERRIDE,	/* override directive */
	VAR_ORIGIN_AUTOMATIC,	/* $@ and friends */
};

enum var_export {
	VAR_EXPORT_DEFAULT,	/* per .EXPORT_ALL_VARIABLES / env origin */
	VAR_EXPORT_YES,		/* export VAR */
	VAR_EXPORT_NO,		/* unexport VAR */
};

struct var {
	const char *name;	/* arena */
	char *value;		/* malloc'd, owned; never NULL */
	size_t len;
	enum var_flavor flavor;
	enum var_origin origin;
	enum var_export export;
	struct loc loc;		/* where last assigned; file NULL if none */
	bool expanding;		/* being expanded now: self-reference check */
	bool is_private;	/* 'private': not inherited by prerequisites */
	bool from_env;		/* made from make's environment: passed on
				 * as GNU make passes those (an undefine
				 * ends the variable, and this with it) */
	bool append;		/* target/pattern-specific '+=': at use, the
				 * value is the outer scope's value, a space,
				 * then this one */
};

struct varset;

/* A chain of sets searched in order.  Levels marked inherited belong to
 * a parent target: private variables there are invisible. */
struct scope {
	struct varset *vars;
	const struct scope *parent;
	bool inherited;
	bool func;		/* a $(foreach) or $(call) level */
};

/* The global set and the scope holding just it; created by var_init(). */
extern struct varset *var_global;
extern const struct scope scope_global;

void var_init(void);

/* -e: a makefile assignment to an environment variable is ignored and
 * the variable's origin becomes VAR_ORIGIN_ENV_OVERRIDE. */
extern bool var_env_overrides;
/* --warn-undefined-variables */
extern bool var_warn_undefined;
/* One more each time any variable is made, given a value or removed:
 * what was looked up while it stays the same is still true. */
extern unsigned long var_changes;

struct varset *varset_new(void);
/* Free a set and its variables' values (names stay in the arena).
 * varset_free(NULL) is a no-op. */
void varset_free(struct varset *set);

/* The variable called name in this set alone, or NULL. */
struct var *varset_find(const struct varset *set, const char *name,
    size_t len);
/* Create or replace: the variable's value becomes a copy of value, its
 * flavor and origin are set, other fields are kept (export, private)
 * when it existed.  Does not check origin priority: callers that must
 * (assignments in makefiles) use expand_assign(). */
struct var *varset_set(struct varset *set, const char *name, size_t nlen,
    const char *value, size_t vlen, enum var_flavor flavor,
    enum var_origin origin, const struct loc *loc);
/* Remove; returns false when it was not there. */
bool varset_remove(struct varset *set, const char *name, size_t len);
/* Call fn for every variable of the set, in no particular order. */
void varset_foreach(const struct varset *set,
    void (*fn)(struct var *v, void *arg), void *arg);
size_t varset_count(const struct varset *set);

/* Replace the value with a copy of (value, len). */
void var_set_value(struct var *v, const char *value, size_t len);
/* Append: a space (when both are non-empty) then (value, len). */
void var_append_value(struct var *v, const char *value, size_t len);

/* Look name up through the chain; private variables of inherited levels
 * are skipped.  Returns the innermost match (which may be an append or
 * conditional one: expand.c composes those), or NULL.  If found_in is
 * not NULL it receives the level the match came from. */
struct var *var_lookup(const struct scope *sc, const char *name, size_t len,
    const struct scope **found_in);

/* Convenience for globals: the value, or NULL when undefined.  Returns
 * the raw (unexpanded) text. */
const char *var_global_raw(const char *name);
/* Define a global variable as GNU make defines its own (defaults,
 * MAKELEVEL, CURDIR, ...): under -e, an environment variable this
 * touches becomes "environment override" (so does origin itself);
 * then a variable of a stronger origin is left as it is (the
 * environment's CC over the default).  Returns the variable, or NULL
 * when it was left. */
struct var *var_define_global(const char *name, const char *value,
    enum var_flavor flavor, enum var_origin origin);

/* The origin's name as $(origin) says it ("file", "command line", ...). */
const char *var_origin_name(enum var_origin origin);

/* The arena copy of name[0..len) that every variable so named shares:
 * names are interned, so equal names are equal pointers. */
const char *var_intern(const char *name, size_t len);

/* At exit: free the global set's variables and values, values kept
 * alive for expansions that were in progress, and the name index
 * (names themselves stay in the arena). */
void var_cleanup(void);

#endif
