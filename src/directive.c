/*
 * directive.c - directive lines in recipes (DESIGN section 2): which
 * line is one, where its host part ends, and the remote step it makes.
 *
 * The host part is found in the unexpanded text, then expanded and split
 * by hosts_split(); an empty list means $(HOSTS).  The command (or each
 * line of a block) is then expanded once per host with $(HOST) set, and
 * make's prefix characters are taken off the expansion, so
 * "@remote h: @cmd" runs cmd without echoing it.
 *
 * Interface:
 *	directive_kind		is a raw recipe line a directive
 *	directive_host_colon	end of the host part
 *	directive_remote_step	build the step of an @remote line or block
 *	directive_step_free	free it
 *	directive_set_limit	--limit REGEX
 *	directive_cleanup	free the --limit state
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "directive.h"
#include "exec.h"
#include "expand.h"
#include "graph.h"
#include "hosts.h"
#include "re.h"
#include "strbuf.h"
#include "util.h"
#include "var.h"

static char *limit_pattern;
static char **skipped;		/* hosts already named as skipped */
static size_t nskipped, askipped;

static const struct {
	const char *word;
	size_t len;
	enum directive_kind kind;
} words[] = {
	{ "remote", 6, DIRECTIVE_REMOTE },
	{ "end", 3, DIRECTIVE_END },
	{ "put", 3, DIRECTIVE_PUT },
	{ "get", 3, DIRECTIVE_GET },
};

static const char *
kind_name(enum directive_kind k)
{
	size_t i;

	for (i = 0; i < countof(words); i++)
		if (words[i].kind == k)
			return words[i].word;
	return "?";
}

enum directive_kind
directive_kind(const char *raw, unsigned *flags, const char **rest)
{
	const char *p = raw, *at = NULL;
	unsigned f = 0;
	size_t i;

	for (;; p++) {
		if (*p == '@') {
			if (at)
				f |= STEP_SILENT;	/* an earlier '@' */
			at = p;
		} else if (*p == '-') {
			f |= STEP_IGNORE;
		} else if (*p == '+') {
			f |= STEP_ALWAYS;
		} else if (!is_blank((unsigned char)*p)) {
			break;
		}
	}
	if (!at || at != p - 1)
		return DIRECTIVE_NONE;
	for (i = 0; i < countof(words); i++) {
		const char *e = p + words[i].len;

		if (strncmp(p, words[i].word, words[i].len) != 0)
			continue;
		if (*e && *e != ':' && !is_space((unsigned char)*e))
			continue;
		*flags = f;
		*rest = e;
		return words[i].kind;
	}
	return DIRECTIVE_NONE;
}

const char *
directive_host_colon(const char *rest)
{
	const char *p = rest, *end = rest + strlen(rest);

	while (p < end) {
		if (*p == '$') {
			p = expand_skip_ref(p, end);
			continue;
		}
		if (*p == ':' && (p + 1 == end || is_space((unsigned char)p[1])))
			return p;
		p++;
	}
	return NULL;
}

/* ---- hosts ---- */

void
directive_set_limit(const char *pattern)
{
	free(limit_pattern);
	limit_pattern = pattern ? xstrdup(pattern) : NULL;
	if (pattern)	/* a bad pattern is fatal now, before any host */
		(void)re_get(pattern, strlen(pattern), "--limit", NULL);
}

void
directive_cleanup(void)
{
	size_t i;

	for (i = 0; i < nskipped; i++)
		free(skipped[i]);
	free(skipped);
	skipped = NULL;
	nskipped = askipped = 0;
	directive_set_limit(NULL);
}

static void
note_skipped(const char *word)
{
	size_t i;

	for (i = 0; i < nskipped; i++)
		if (strcmp(skipped[i], word) == 0)
			return;
	XGROW(skipped, nskipped + 1, askipped);
	skipped[nskipped++] = xstrdup(word);
	diag_output_start();
	fflush(stdout);
	fprintf(stderr, "%s: %s: skipped by --limit\n", progname, word);
}

/* Drop the hosts --limit leaves out. */
static void
apply_limit(struct host_spec *v, size_t *n)
{
	struct re *re;
	size_t i, k = 0;

	if (!limit_pattern)
		return;
	re = re_get(limit_pattern, strlen(limit_pattern), "--limit", NULL);
	for (i = 0; i < *n; i++) {
		if (re_match(re, v[i].word, strlen(v[i].word), "--limit",
		    NULL)) {
			v[k++] = v[i];
			continue;
		}
		note_skipped(v[i].word);
		free(v[i].word);
		free(v[i].user);
		free(v[i].name);
	}
	*n = k;
}

static struct host_spec *
split_or_die(const char *text, size_t *n, const struct loc *loc,
    const char *what)
{
	struct strbuf err = STRBUF_INIT;
	struct host_spec *v;

	if (hosts_split(text, &v, n, &err) < 0)
		diag_fatal(loc, "%s: %s", what, err.buf);
	sb_release(&err);
	return v;
}

/* The hosts of a directive: the expansion of text[0..len), or $(HOSTS)
 * when that is empty; then --limit, which may leave none (the directive
 * then does nothing). */
static struct host_spec *
expand_hosts(const char *text, size_t len, const struct scope *sc,
    const struct loc *loc, const char *what, size_t *n)
{
	struct strbuf sb = STRBUF_INIT;
	struct host_spec *v;

	expand(&sb, text, len, sc, loc);
	v = split_or_die(sb.buf, n, loc, what);
	if (*n == 0) {
		free(v);
		sb_reset(&sb);
		expand_var(&sb, "HOSTS", 5, sc, loc);
		v = split_or_die(sb.buf, n, loc, what);
	}
	sb_release(&sb);
	if (*n == 0)
		diag_fatal(loc, "%s: no hosts given and HOSTS is empty", what);
	apply_limit(v, n);
	return v;
}

/* ---- lines ---- */

/* Take make's prefix characters off an expanded command. */
static const char *
strip_prefixes(const char *p, unsigned *flags)
{
	for (;; p++) {
		if (*p == '@')
			*flags |= STEP_SILENT;
		else if (*p == '-')
			*flags |= STEP_IGNORE;
		else if (*p == '+')
			*flags |= STEP_ALWAYS;
		else if (!is_space((unsigned char)*p))
			return p;
	}
}

/* The block's lines: rc->lines[first + 1 ...] up to @end.  Returns how
 * many there are; *used counts the @end too. */
static size_t
block_lines(const struct recipe *rc, size_t first, size_t *used)
{
	size_t i;

	for (i = first + 1; i < rc->nlines; i++) {
		unsigned f;
		const char *rest;
		enum directive_kind k = directive_kind(rc->lines[i].text, &f,
		    &rest);

		if (k == DIRECTIVE_END) {
			*used = i + 1 - first;
			return i - first - 1;
		}
		if (k != DIRECTIVE_NONE)
			diag_fatal(&rc->lines[i].loc,
			    "'@%s' inside a remote block (opened at line %lu)",
			    kind_name(k), rc->lines[first].loc.line);
	}
	*used = rc->nlines - first;
	return rc->nlines - first - 1;
}

/* Expand text for one host into r's entry k. */
static void
expand_entry(struct remote_step *r, size_t k, const char *text,
    const struct scope *sc, const struct loc *loc)
{
	struct strbuf sb = STRBUF_INIT;
	unsigned f = 0;
	const char *p;
	size_t len;

	expand(&sb, text, strlen(text), sc, loc);
	p = strip_prefixes(sb.buf, &f);
	len = strlen(p);
	while (len && is_space((unsigned char)p[len - 1]))
		len--;
	r->text[k] = xstrndup(p, len);
	r->flags[k] = f & (STEP_SILENT | STEP_IGNORE);
	sb_release(&sb);
}

/* Fill r's texts: each line expanded once per host with HOST set. */
static void
expand_per_host(struct remote_step *r, const char *const *lines,
    const struct scope *sc)
{
	struct varset *hv = varset_new();
	struct scope hsc = { hv, sc, false, false };
	size_t h, i;

	r->text = xcalloc(r->nhosts * r->nlines + 1, sizeof(*r->text));
	r->flags = xcalloc(r->nhosts * r->nlines + 1, sizeof(*r->flags));
	for (h = 0; h < r->nhosts; h++) {
		const char *w = r->hosts[h].word;

		varset_set(hv, "HOST", 4, w, strlen(w), VAR_SIMPLE,
		    VAR_ORIGIN_AUTOMATIC, NULL);
		for (i = 0; i < r->nlines; i++)
			expand_entry(r, h * r->nlines + i, lines[i], &hsc,
			    &r->locs[i]);
	}
	varset_free(hv);
}

size_t
directive_remote_step(const struct recipe *rc, size_t first,
    enum directive_kind k, unsigned flags, const char *rest,
    const struct scope *sc, struct step *s)
{
	const struct loc *loc = &rc->lines[first].loc;
	const char *colon = directive_host_colon(rest), *cmd, *what;
	struct remote_step *r = xcalloc(1, sizeof(*r));
	const char **lines;
	size_t used = 1, i;

	what = k == DIRECTIVE_PUT ? "@put" : k == DIRECTIVE_GET ? "@get" :
	    "@remote";
	if (!colon)
		diag_fatal(loc, "'%s' needs a ':' after its hosts", what);
	cmd = skip_space(colon + 1);
	if (!*cmd && k != DIRECTIVE_REMOTE)
		diag_fatal(loc, "'%s' needs sources and a destination after "
		    "its hosts", what);
	r->hosts = expand_hosts(rest, (size_t)(colon - rest), sc, loc,
	    what, &r->nhosts);
	s->kind = k == DIRECTIVE_PUT ? STEP_PUT : k == DIRECTIVE_GET ?
	    STEP_GET : *cmd ? STEP_REMOTE : STEP_BLOCK;
	r->nlines = *cmd ? 1 : block_lines(rc, first, &used);
	r->locs = xcalloc(r->nlines + 1, sizeof(*r->locs));
	lines = xcalloc(r->nlines + 1, sizeof(*lines));
	if (*cmd) {
		r->locs[0] = *loc;
		lines[0] = cmd;
	}
	for (i = 0; !*cmd && i < r->nlines; i++) {
		r->locs[i] = rc->lines[first + 1 + i].loc;
		lines[i] = rc->lines[first + 1 + i].text;
	}
	expand_per_host(r, lines, sc);
	free(lines);
	s->flags = flags;
	s->text = xstrdup(*cmd ? cmd : "@remote block");
	s->argv = NULL;
	s->loc = *loc;
	s->remote = r;
	return used;
}

void
directive_step_free(struct step *s)
{
	struct remote_step *r = s->remote;
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->nhosts * r->nlines; i++)
		free(r->text[i]);
	free(r->text);
	free(r->flags);
	free(r->locs);
	hosts_free(r->hosts, r->nhosts);
	free(r);
	s->remote = NULL;
}
