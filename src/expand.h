/*
 * expand.h - the one expander of $(...) references and functions, used
 * by the parser, the recipe builder and --emit-makefile; and assignment
 * with make's operators and origin rules.
 *
 * Every function appends to a caller-owned strbuf.
 */
#ifndef DMAKE_EXPAND_H
#define DMAKE_EXPAND_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "strbuf.h"
#include "var.h"

/* Append the expansion of text[0..len) in scope sc to out.  loc is where
 * the text came from, for messages ($(error), bad references, recursive
 * variables, regex errors). */
void expand(struct strbuf *out, const char *text, size_t len,
    const struct scope *sc, const struct loc *loc);
/* The expansion of a NUL-terminated string, malloc'd, owned by caller. */
char *expand_str(const char *text, const struct scope *sc,
    const struct loc *loc);
/* Append the value of variable name (as $(name) would), composing the
 * target-specific append/conditional forms. */
void expand_var(struct strbuf *out, const char *name, size_t len,
    const struct scope *sc, const struct loc *loc);

/* Given p pointing at '$', return a pointer just past the reference that
 * starts there: "$x" -> 2 chars, "$(...)"/"${...}" up to the matching
 * close (nested parens of the same kind counted), "$$" -> 2 chars.  An
 * unterminated "$(" returns end. */
const char *expand_skip_ref(const char *p, const char *end);

enum assign_op {
	ASSIGN_RECURSIVE,	/* =   */
	ASSIGN_SIMPLE,		/* := ::= */
	ASSIGN_CONDITIONAL,	/* ?=  */
	ASSIGN_APPEND,		/* +=  */
	ASSIGN_SHELL,		/* !=  */
};

enum assign_flags {
	ASSIGN_OVERRIDE = 1 << 0,	/* 'override' directive */
	ASSIGN_EXPORT = 1 << 1,		/* 'export' prefix */
	ASSIGN_UNEXPORT = 1 << 2,	/* 'unexport' prefix */
	ASSIGN_PRIVATE = 1 << 3,	/* 'private' prefix */
	ASSIGN_TARGET = 1 << 4,		/* into a target/pattern set: '+='
					 * becomes the deferred append */
	ASSIGN_PATTERN = 1 << 5,	/* (with ASSIGN_TARGET) a pattern's
					 * set: '?=' is decided and '!=' run
					 * for each target (rule.c) */
	ASSIGN_SETUP = 1 << 6,		/* (with ASSIGN_TARGET) setting up a
					 * target's pattern variables: no
					 * command-line value taken again */
};

/* Assign as a makefile line "name op value" does, into set, expanding
 * the right-hand side in scope sc where the operator requires it.
 * Honours origin priority (command line beats file unless override;
 * -e environment beats file).  Returns the variable, or NULL when the
 * assignment was ignored because of priority. */
struct var *expand_assign(struct varset *set, const char *name, size_t nlen,
    enum assign_op op, const char *value, size_t vlen,
    enum var_origin origin, unsigned flags, const struct scope *sc,
    const struct loc *loc);
/* The same, the variable defined at loc, what its expansion says said
 * at at (a define's: at its endef, as GNU make). */
struct var *expand_assign_at(struct varset *set, const char *name,
    size_t nlen, enum assign_op op, const char *value, size_t vlen,
    enum var_origin origin, unsigned flags, const struct scope *sc,
    const struct loc *loc, const struct loc *at);

/* Hooks the expander calls for things it does not own.  Set by main. */
struct expand_hooks {
	/* $(eval TEXT): read TEXT as makefile lines at loc, expanded in
	 * sc (assignments still define globals). */
	void (*eval)(const char *text, size_t len, const struct loc *loc,
	    const struct scope *sc);
	/* $(shell) or $(file >) is about to run or write: what was
	 * learnt of the files ahead of time is no longer to be trusted.
	 * NULL: nothing to do. */
	void (*files_may_change)(void);
};
extern struct expand_hooks expand_hooks;

/* The environment for a child process (recipe or $(shell)): the
 * process's own environment, with exported make variables (expanded in
 * sc) added or replacing, and unexported ones removed.  export_all is
 * .EXPORT_ALL_VARIABLES / a bare 'export'.  The array and its strings
 * are malloc'd; free with expand_environ_free(). */
char **expand_environ(const struct scope *sc, bool export_all);
/* This make's level: recipes get MAKELEVEL one more, whatever the
 * variable says or whether it is exported, as in GNU make. */
extern long expand_makelevel;
/* .ONESHELL has been read: from then on $(shell), as a recipe, runs
 * $(SHELL) as one word (GNU make's one_shell). */
extern bool expand_oneshell;
void expand_environ_free(char **envp);
/* Define (name, value) in set as a makefile line would with these
 * assign_flags, unless a variable there has a stronger origin (then
 * NULL; its marks are still set). */
struct var *expand_define(struct varset *set, const char *name, size_t nlen,
    const char *value, size_t vlen, enum var_flavor flavor,
    enum var_origin origin, unsigned flags, const struct loc *loc);
/* A target's or a pattern's '?=' found the global v: take its export
 * mark as GNU make 4.3 does. */
void expand_unmark_export(struct var *v);

#endif
