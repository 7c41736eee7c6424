/*
 * directive.h - directive lines in recipes: @remote, remote blocks,
 * @end, @put, @get (DESIGN section 2).
 *
 * A directive is recognised in the unexpanded recipe line when the job
 * is built, because its host list is made of variables: after make's
 * prefix characters, '@' and one of the words, then a blank, a colon or
 * the end of the line.  The last '@' belongs to the word, so "@@remote"
 * is a silent directive and "-@put" one whose failure is ignored.
 */
#ifndef DMAKE_DIRECTIVE_H
#define DMAKE_DIRECTIVE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

struct recipe;
struct scope;
struct step;

enum directive_kind {
	DIRECTIVE_NONE,		/* an ordinary recipe line */
	DIRECTIVE_REMOTE,	/* @remote HOSTS: [COMMAND] */
	DIRECTIVE_END,		/* @end */
	DIRECTIVE_PUT,		/* @put HOSTS: SRC... DEST */
	DIRECTIVE_GET,		/* @get HOSTS: SRC... DEST */
};

/* What raw, an unexpanded recipe line, is.  For a directive, *flags
 * gets the make prefixes before it (STEP_SILENT, STEP_IGNORE,
 * STEP_ALWAYS) and *rest points just past the word. */
enum directive_kind directive_kind(const char *raw, unsigned *flags,
    const char **rest);

/* The colon that ends the host part of rest: the first ':' followed by
 * a blank or the end of the line, outside $(...) and ${...}.  NULL when
 * there is none. */
const char *directive_host_colon(const char *rest);

/* Build the step for the directive line rc->lines[first] of kind k
 * (@remote, @put or @get: its step kind, hosts, per-host texts, flags)
 * in *s; a remote block takes the lines up to its @end or the end of the
 * recipe.  Returns how many recipe lines it used.  Errors (no hosts, a
 * bad host word, a directive inside a block) are fatal at the line. */
size_t directive_remote_step(const struct recipe *rc, size_t first,
    enum directive_kind k, unsigned flags, const char *rest,
    const struct scope *sc, struct step *s);

/* Free what directive_remote_step() put in s->remote. */
void directive_step_free(struct step *s);

/* --limit: only hosts matching the PCRE2 pattern take part; each host
 * left out is named once on stderr.  NULL: every host. */
void directive_set_limit(const char *pattern);

/* Free the --limit state (at exit). */
void directive_cleanup(void);

#endif
