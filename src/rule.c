/*
 * rule.c - implicit-rule search, secondary expansion, node scopes and
 * directory search (VPATH / vpath).
 *
 * Interface:
 *	rule_search		find a pattern rule for a node
 *	rule_second_expand	.SECONDEXPANSION of a rule's prerequisites
 *	rule_node_scope		variable scope chain for a node
 *	rule_vpath_add, rule_vpath_clear, rule_vpath_find	vpath
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "arena.h"
#include "expand.h"
#include "graph.h"
#include "job.h"
#include "parse.h"
#include "rule.h"
#include "strbuf.h"
#include "suffix.h"
#include "util.h"

#define MAX_CHAIN 16

struct candidate {
	const struct pattern_rule *pr;
	size_t target;		/* which target pattern matched */
	const char *stem;	/* malloc'd */
	size_t stemlen;
	size_t dirlen;		/* directory part moved out of the stem */
	size_t order;		/* definition order, for a stable sort */
	bool rejected;		/* a prerequisite is impossible: not again */
};

/* Rules in use along the current chain, so none recurses into itself. */
static const struct pattern_rule *in_use[MAX_CHAIN];
static size_t nin_use;

struct strbuf *rule_trace;

/* --debug=i: one line of the search, a space a level of chaining in */
static void __attribute__((format(printf, 2, 3)))
say(size_t depth, const char *fmt, ...)
{
	va_list ap;
	size_t i;

	if (!rule_trace)
		return;
	for (i = 0; i < depth; i++)
		sb_addc(rule_trace, ' ');
	va_start(ap, fmt);
	sb_vaddf(rule_trace, fmt, ap);
	va_end(ap);
	sb_addc(rule_trace, '\n');
}

static bool search(struct node *n, size_t depth);
static void mark_precious(struct node *n, const char *target_pattern);
static size_t nprecious;

static bool
rule_in_use(const struct pattern_rule *pr)
{
	size_t i;

	for (i = 0; i < nin_use; i++)
		if (in_use[i] == pr)
			return true;
	return false;
}

/* The name of a prerequisite: pattern with '%' replaced by the stem, and
 * the target's directory in front when the target pattern had no '/'. */
static char *
dep_name(const struct candidate *c, const char *pat, const char *target)
{
	struct strbuf sb = STRBUF_INIT;
	const char *pct = strchr(pat, '%');

	if (!pct)
		return xstrdup(pat);
	/* the directory goes in front of every prerequisite, one written
	 * with a directory too ("RCS/%,v" for sub/a.c is sub/RCS/a.c,v) */
	if (c->dirlen)
		sb_add(&sb, target, c->dirlen);
	sb_add(&sb, pat, (size_t)(pct - pat));
	sb_add(&sb, c->stem, c->stemlen);
	sb_adds(&sb, pct + 1);
	return sb_detach(&sb, NULL);
}

static int
cmp_candidate(const void *a, const void *b)
{
	const struct candidate *x = a, *y = b;

	/* The stem's length counts the directory moved out of it. */
	if (x->stemlen + x->dirlen != y->stemlen + y->dirlen)
		return x->stemlen + x->dirlen < y->stemlen + y->dirlen ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static size_t
collect(struct node *n, struct candidate **out, size_t depth)
{
	const char *name = node_name(n), *slash = strrchr(name, '/');
	size_t dirlen = slash ? (size_t)(slash - name) + 1 : 0;
	struct candidate *v = NULL;
	size_t nv = 0, alloc = 0, i;
	const struct pattern_rule *pr;

	for (pr = graph_patterns; pr; pr = pr->next) {
		if (!pr->recipe)
			continue;
		if (rule_in_use(pr)) {
			say(depth, "Avoiding implicit rule recursion.");
			continue;
		}
		for (i = 0; i < pr->ntargets; i++) {
			const char *t = pr->targets[i], *stem;
			size_t stemlen, dl = strchr(t, '/') ? 0 : dirlen;

			/* In rule search '%' never matches an empty stem. */
			if (!pattern_match(t, name + dl, strlen(name) - dl,
			    &stem, &stemlen) || stemlen == 0)
				continue;
			XGROW(v, nv + 1, alloc);
			v[nv].pr = pr;
			v[nv].target = i;
			v[nv].stem = stem;
			v[nv].stemlen = stemlen;
			v[nv].dirlen = dl;
			v[nv].order = nv;
			v[nv].rejected = false;
			nv++;
			break;
		}
	}
	/* qsort is not stable; the order tie-break makes it so. */
	if (nv > 1)
		qsort(v, nv, sizeof(*v), cmp_candidate);
	*out = v;
	return nv;
}

/* The last few stat() results of one implicit-rule search: a name the
 * search tries again (a second rule, the second pass) and the
 * prerequisites found there are stat'ed once, not again when the walk
 * reaches them.  Forgotten when the search ends (a recipe may run
 * next). */
#define NSEEN 16

static struct seen {
	char *name;		/* malloc'd; NULL: free slot */
	bool exists;
	struct timespec mtime;
} seen[NSEEN];
static size_t seen_next;

static void
seen_clear(void)
{
	size_t i;

	for (i = 0; i < NSEEN; i++) {
		free(seen[i].name);
		seen[i].name = NULL;
	}
	seen_next = 0;
}

/* A node made for a prerequisite name: give it the stat() result the
 * search took, if any. */
static void
seen_seed(struct node *n)
{
	size_t i;

	for (i = 0; i < NSEEN; i++)
		if (seen[i].name && strcmp(seen[i].name, n->name) == 0) {
			graph_stat_seed(n, seen[i].exists ? &seen[i].mtime :
			    NULL);
			return;
		}
}

/* ---- the directory cache ----
 *
 * An implicit-rule search asks after many files that do not exist:
 * with GNU make's built-in rules, NAME.c, NAME.cc, NAME.y, ... for
 * every file searched, the RCS and SCCS rules' NAME,v, s.NAME, RCS/...
 * and SCCS/... too, and each of them in every VPATH directory.  GNU
 * make answers from its directory cache; so does dmake: once stat() has
 * found DC_MISSES names missing in a directory, the directory is read
 * (or found missing), and from then on a name not in its listing is
 * missing without a stat().  A search whose candidates exist never
 * reads it (a listing of 100,000 names costs megabytes).  A name that
 * is listed is still stat()ed, for its time (and for a dangling
 * symbolic link).  A listing is trusted only until files may change (a
 * recipe or $(shell) runs: graph_files_epoch); then it is forgotten,
 * and read again after DC_MISSES more misses, at most DC_MAX_READS
 * times in all: then each name is stat()ed (a build that runs recipes
 * between searches would read it again and again).  A directory that
 * cannot be read for another reason than not existing answers
 * nothing. */
#define DC_MAX_READS 3
#define DC_MISSES 16

enum dc_state { DC_UNREAD, DC_MISSING, DC_LISTED };

struct dcdir {
	char *dir;		/* "" for ".", else "sub/"; NULL: free slot */
	size_t dlen;
	unsigned epoch;		/* graph_files_epoch when last looked at */
	unsigned reads;		/* how many times read */
	unsigned misses;	/* names stat() found missing this epoch */
	enum dc_state state;
	char *names;		/* the listing, NUL-separated */
	uint32_t *slots;	/* open addressing: 1 + offset in names */
	size_t nslots;		/* a power of two; 0 when not listed */
};

static struct dcdir *dcdirs;	/* open addressing, size dcdir_size */
static size_t ndcdirs, dcdir_size;

static void
dc_forget(struct dcdir *v)
{
	free(v->names);
	free(v->slots);
	v->names = NULL;
	v->slots = NULL;
	v->nslots = 0;
	v->state = DC_UNREAD;
}

static void
dc_index(struct dcdir *v, size_t count, size_t len)
{
	size_t off;

	v->nslots = 16;
	while (v->nslots < count * 2)
		v->nslots *= 2;
	v->slots = xcalloc(v->nslots, sizeof(*v->slots));
	for (off = 0; off < len;) {
		size_t nl = strlen(v->names + off), h;

		for (h = str_hash(v->names + off, nl);; h++)
			if (!v->slots[h & (v->nslots - 1)]) {
				v->slots[h & (v->nslots - 1)] =
				    (uint32_t)(off + 1);
				break;
			}
		off += nl + 1;
	}
}

static void
dc_read(struct dcdir *v)
{
	DIR *d;
	const struct dirent *e;
	struct strbuf sb = STRBUF_INIT;
	size_t count = 0, len;

	dc_forget(v);
	v->reads++;
	d = opendir(*v->dir ? v->dir : ".");
	if (!d) {
		if (errno == ENOENT || errno == ENOTDIR)
			v->state = DC_MISSING;
		return;
	}
	while ((e = readdir(d)) != NULL) {
		sb_add(&sb, e->d_name, strlen(e->d_name) + 1);
		count++;
	}
	closedir(d);
	if (sb.len >= UINT32_MAX) {	/* not worth an index */
		sb_release(&sb);
		return;
	}
	v->names = sb_detach(&sb, &len);
	dc_index(v, count, len);
	v->state = DC_LISTED;
}

/* Directory dir (dlen bytes, "" or ending in '/'), its listing
 * forgotten if files may have changed since it was read. */
static struct dcdir *
dcdir_get(const char *dir, size_t dlen)
{
	size_t i, h;

	if (ndcdirs * 2 >= dcdir_size) {
		struct dcdir *old = dcdirs;
		size_t oldsize = dcdir_size;

		dcdir_size = dcdir_size ? dcdir_size * 2 : 16;
		dcdirs = xcalloc(dcdir_size, sizeof(*dcdirs));
		for (i = 0; i < oldsize; i++) {
			if (!old[i].dir)
				continue;
			h = str_hash(old[i].dir, old[i].dlen);
			while (dcdirs[h & (dcdir_size - 1)].dir)
				h++;
			dcdirs[h & (dcdir_size - 1)] = old[i];
		}
		free(old);
	}
	for (h = str_hash(dir, dlen);; h++) {
		struct dcdir *v = &dcdirs[h & (dcdir_size - 1)];

		if (!v->dir) {
			v->dir = xstrndup(dir, dlen);
			v->dlen = dlen;
			v->epoch = graph_files_epoch;
			ndcdirs++;
			return v;
		}
		if (v->dlen == dlen && memcmp(v->dir, dir, dlen) == 0) {
			if (v->epoch != graph_files_epoch) {
				dc_forget(v);	/* what it knew may be stale */
				v->epoch = graph_files_epoch;
				v->misses = 0;
			}
			return v;
		}
	}
}

static bool
dc_listed(const struct dcdir *v, const char *base, size_t blen)
{
	size_t h;

	for (h = str_hash(base, blen);; h++) {
		uint32_t off = v->slots[h & (v->nslots - 1)];

		if (!off)
			return false;
		if (strncmp(v->names + off - 1, base, blen) == 0 &&
		    v->names[off - 1 + blen] == '\0')
			return true;
	}
}

/* name's directory, and in *base its last component; NULL when the
 * name ends in '/'. */
static struct dcdir *
dc_of(const char *name, const char **base)
{
	const char *slash = strrchr(name, '/');

	*base = slash ? slash + 1 : name;
	return **base ? dcdir_get(name, (size_t)(*base - name)) : NULL;
}

/* Is name surely missing, by its directory's listing?  The directory
 * is read once stat() has found DC_MISSES names missing in it: a caller
 * whose stat() then finds name missing calls dc_missed(*dirp). */
static bool
surely_missing(const char *name, struct dcdir **dirp)
{
	const char *base;
	struct dcdir *v = dc_of(name, &base);

	*dirp = v;
	if (!v)
		return false;
	if (v->state == DC_UNREAD && v->misses >= DC_MISSES &&
	    v->reads < DC_MAX_READS)
		dc_read(v);
	return v->state == DC_MISSING ||
	    (v->state == DC_LISTED && !dc_listed(v, base, strlen(base)));
}

/* stat() found a name in v (surely_missing's) missing. */
static void
dc_missed(struct dcdir *v)
{
	if (v && v->state == DC_UNREAD)
		v->misses++;
}

static void
dcdir_free(void)
{
	size_t i;

	for (i = 0; i < dcdir_size; i++) {
		if (!dcdirs[i].dir)
			continue;
		dc_forget(&dcdirs[i]);
		free(dcdirs[i].dir);
	}
	free(dcdirs);
	dcdirs = NULL;
	ndcdirs = dcdir_size = 0;
}

static bool
file_exists(const char *name)
{
	struct stat st;
	struct seen *s;
	struct dcdir *dir;
	size_t i;
	bool ok;

	for (i = 0; i < NSEEN; i++)
		if (seen[i].name && strcmp(seen[i].name, name) == 0)
			return seen[i].exists;
	if (surely_missing(name, &dir))
		return false;
	s = &seen[seen_next];
	ok = stat(name, &st) == 0;
	if (!ok && errno != ENOENT && errno != ENOTDIR)
		return false;	/* graph_stat() says why, when it asks */
	if (!ok)
		dc_missed(dir);

	seen_next = (seen_next + 1) % NSEEN;
	free(s->name);
	s->name = xstrdup(name);
	s->exists = ok;
	if (ok)
		s->mtime = st.st_mtim;
	return ok;
}

static char *vpath_search(const char *name);
static bool vpath_find_node(struct node *n);
static bool found_at(struct node *n, char *path);

/* Does a prerequisite exist or ought it to (named in the makefile, or
 * found through VPATH)?  d: its node, if it has one.  A terminal rule's
 * too: GNU make 4.3 asks the same of them (the difference is that they
 * are never chained). */
static bool
ought_to_exist(const char *name, struct node *d, size_t depth)
{
	char *path;

	if (file_exists(name))
		return true;
	if (d && node_vpath(d))
		return true;
	/* GNU make: any file it knows of, and a file an earlier search
	 * gave a rule to is one */
	if (d && ((d->flags & (NODE_TARGET | NODE_MENTIONED)) || d->rules))
		return true;
	/* a name the makefile never wrote may still be found by VPATH, as
	 * GNU make's pattern search looks for every candidate there */
	if (d) {
		if (!vpath_find_node(d))
			return false;
	} else {
		if (!(path = vpath_search(name)))
			return false;
		found_at(d = graph_node(name, strlen(name)), path);
	}
	say(depth, "Found prerequisite '%s' as VPATH '%s'", name,
	    node_vpath(d));
	return true;
}

static void set_auto(struct varset *set, const char *name,
    const char *value);

/* A candidate's prerequisites by name, order-only ones marked, and
 * those written in the rule as they are ("rule prerequisites" to
 * --debug=i, the others "implicit").  Under .SECONDEXPANSION a pattern
 * rule's text is expanded again, a word at a time as GNU make does it:
 * the rule's search checks each word's prerequisites before it expands
 * the next, so a failing rule says nothing of the words after. */
struct cdeps {
	char **names;
	unsigned char *flags;	/* CD_ORDER_ONLY, CD_AS_WRITTEN */
	size_t n;
	const char *rest;	/* text still to expand, or NULL */
	bool oo;		/* rest is past a '|' */
	const char *dir;	/* put in front of a word's names, or NULL */
	size_t dirlen;
	struct varset *autos;	/* $@ and $* for the expansion */
	struct scope sc;
};

enum { CD_ORDER_ONLY = 1, CD_AS_WRITTEN = 2 };

static void
cdeps_add(struct cdeps *d, char *name, unsigned flags)
{
	d->names = xrealloc(d->names, (d->n + 1) * sizeof(*d->names));
	d->flags = xrealloc(d->flags, (d->n + 1) * sizeof(*d->flags));
	d->names[d->n] = name;
	d->flags[d->n++] = (unsigned char)flags;
}

struct glob_add {
	struct cdeps *d;
	unsigned flags;
};

static void
glob_add_one(const char *name, size_t len, void *arg)
{
	struct glob_add *ga = arg;

	cdeps_add(ga->d, xstrndup(name, len), ga->flags);
}

/* cdeps_add() the files name's wildcards match, as GNU make expands the
 * prerequisites of an implicit rule it tries; name itself when it has
 * none or they match nothing. */
static void
cdeps_add_glob(struct cdeps *d, char *name, unsigned flags)
{
	struct glob_add ga = { d, flags };

	if (name_glob(name, strlen(name), glob_add_one, &ga))
		free(name);
	else
		cdeps_add(d, name, flags);
}

struct upgrades;
static void set_dep_autos(struct varset *autos, struct rule *r,
    bool more, bool no_less, struct upgrades *ups);

/* Start d with c's prerequisites for n: all of them, or, under
 * .SECONDEXPANSION, none yet (cdeps_more() expands them). */
static void
cdeps_start(struct node *n, const struct candidate *c, struct cdeps *d)
{
	const struct pattern_rule *pr = c->pr;
	const char *name = node_name(n);
	struct strbuf stem = STRBUF_INIT;
	size_t i;

	memset(d, 0, sizeof(*d));
	if (!pr->deps_text) {
		for (i = 0; i < pr->ndeps; i++)
			cdeps_add_glob(d, dep_name(c, pr->deps[i], name),
			    strchr(pr->deps[i], '%') ? 0 : CD_AS_WRITTEN);
		for (i = 0; i < pr->norder_only; i++)
			cdeps_add_glob(d, dep_name(c, pr->order_only[i], name),
			    CD_ORDER_ONLY | (strchr(pr->order_only[i], '%') ?
			    0 : CD_AS_WRITTEN));
		return;
	}
	sb_add(&stem, name, c->dirlen);
	sb_add(&stem, c->stem, c->stemlen);
	d->rest = pr->deps_text;
	d->dir = name;
	d->dirlen = c->dirlen;
	rule_init_vars(n);
	d->autos = varset_new();
	set_auto(d->autos, "@", name);
	set_auto(d->autos, "*", stem.buf);
	/* and, as GNU make, $< $^ $+ $| of n's explicit prerequisites */
	set_dep_autos(d->autos, n->rules, true, false, NULL);
	d->sc.vars = d->autos;
	d->sc.parent = rule_node_scope(n, NULL, NULL);
	d->sc.inherited = false;
	sb_release(&stem);
}

/* The next word of a second expansion's text, as GNU make splits it: a
 * reference "$(a b)" is part of a word, and a '|' ends one. */
static const char *
sx_word(const char **pp, size_t *len)
{
	const char *p = *pp, *start, *end = p + strlen(p);

	while (is_blank((unsigned char)*p))
		p++;
	if (!*p)
		return NULL;
	start = p;
	while (*p && !is_blank((unsigned char)*p)) {
		if (*p == '$')
			p = expand_skip_ref(p, end);
		else if (*p++ == '|')
			break;	/* the '|' is the word's last byte */
	}
	*len = (size_t)(p - start);
	*pp = p;
	return start;
}

/* The names of an expanded word into d: a '|' in them starts the
 * order-only ones (once: after it a '|' is a name), a leading "./" goes,
 * and the directory d->dir, if the word had a '%', comes in front. */
static void
cdeps_add_names(struct cdeps *d, const char *text, bool add_dir)
{
	const char *p = text, *w;
	size_t len;

	while ((w = next_word(&p, text + strlen(text), &len)) != NULL) {
		const char *bar = d->oo ? NULL : memchr(w, '|', len);
		struct strbuf name = STRBUF_INIT;

		if (bar) {
			len = (size_t)(bar - w);
			p = bar + 1;
		}
		strip_dot_slash(&w, &len);
		if (len) {
			if (add_dir)
				sb_add(&name, d->dir, d->dirlen);
			sb_add(&name, w, len);
			cdeps_add_glob(d, sb_detach(&name, NULL),
			    d->oo ? CD_ORDER_ONLY : 0);
		}
		if (bar)
			d->oo = true;
	}
}

/* Expand the next word of d's text into d's names.  The word's first
 * '%' (only) is the stem: GNU make puts "$*" there, or "$(*F)" and the
 * target's directory in front of the word's names when the target
 * pattern had no '/', so $$(%_deps) names the variable a_deps for a.o. */
static void
expand_word(struct cdeps *d, const char *w, size_t len)
{
	struct strbuf text = STRBUF_INIT, out = STRBUF_INIT;
	const char *pct = memchr(w, '%', len);

	if (pct) {
		sb_add(&text, w, (size_t)(pct - w));
		sb_adds(&text, d->dirlen ? "$(*F)" : "$*");
		sb_add(&text, pct + 1, len - (size_t)(pct - w) - 1);
	} else {
		sb_add(&text, w, len);
	}
	/* no location, as in add_second_deps() for a target without a
	 * recipe: a target searched for one has none */
	expand(&out, text.buf, text.len, &d->sc, NULL);
	cdeps_add_names(d, out.buf, pct && d->dirlen);
	sb_release(&text);
	sb_release(&out);
}

/* Expand words of d's text until one gives d more names; false when
 * the text is used up first. */
static bool
cdeps_more(struct cdeps *d)
{
	size_t n = d->n, len;
	const char *w;

	while (d->n == n) {
		if (!d->rest)
			return false;
		if ((w = sx_word(&d->rest, &len)) == NULL) {
			d->rest = NULL;
			return false;
		}
		if (len == 1 && *w == '|' && !d->oo)
			d->oo = true;
		else
			expand_word(d, w, len);
	}
	return true;
}

/* The expansion is over (d's names stay, for apply()). */
static void
cdeps_stop(struct cdeps *d)
{
	varset_free(d->autos);
	d->autos = NULL;
	d->rest = NULL;
}

static void
cdeps_free(struct cdeps *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		free(d->names[i]);
	free(d->names);
	free(d->flags);
}

static bool
is_match_anything(const struct candidate *c)
{
	return strcmp(c->pr->targets[c->target], "%") == 0;
}

/* Is d one of n's own (explicit) prerequisites?  A name has one node,
 * so the node says it; a name without a node is no prerequisite. */
static bool
explicit_dep(const struct node *n, const struct node *d)
{
	const struct rule *r;
	const struct dep *e;

	if (!d)
		return false;
	for (r = n->rules; r; r = r->next) {
		for (e = r->deps; e; e = e->next)
			if (e->node == d)
				return true;
		for (e = r->order_only; e; e = e->next)
			if (e->node == d)
				return true;
	}
	return false;
}

/* Try candidate c for n; chain allows making missing prerequisites
 * through further implicit rules (GNU make's second pass).  A
 * prerequisite no rule could make as an intermediate file is impossible
 * from then on: a rule that needs it is rejected without looking.  When
 * c fits, *out gets its prerequisites for apply(): expanded once, as
 * GNU make expands them (a $(warning) there is said once). */
static bool
try_candidate(struct node *n, struct candidate *c, bool chain,
    size_t depth, struct cdeps *out)
{
	const struct pattern_rule *pr = c->pr;
	struct cdeps cd;
	size_t i;
	bool ok = true;

	say(depth, "Trying pattern rule with stem '%.*s'.", (int)c->stemlen,
	    c->stem);
	cdeps_start(n, c, &cd);
	/* order-only ones too: GNU make's search tries every prerequisite
	 * the rule names */
	for (i = 0; ok && (i < cd.n || cdeps_more(&cd)); i++) {
		const char *dn = cd.names[i];
		const char *kind = cd.flags[i] & CD_AS_WRITTEN ? "rule" :
		    "implicit";
		struct node *d = graph_find(dn, strlen(dn));

		if (d && (d->flags & NODE_IMPOSSIBLE)) {
			say(depth, "Rejecting impossible %s prerequisite "
			    "'%s'.", kind, dn);
			c->rejected = true;
			ok = false;
			break;
		}
		say(depth, "Trying %s prerequisite '%s'.", kind, dn);
		if (explicit_dep(n, d) || ought_to_exist(dn, d, depth))
			continue;
		ok = false;
		if (!chain || pr->terminal)
			break;
		say(depth, "Looking for a rule with intermediate file '%s'.",
		    dn);
		if (depth + 1 >= MAX_CHAIN)
			break;
		if (!d)
			d = graph_node(dn, strlen(dn));
		if (!(d->flags & NODE_IMPLICIT_DONE) && !d->rules) {
			in_use[nin_use++] = pr;
			ok = search(d, depth + 1);
			nin_use--;
			if (ok && !(d->flags & (NODE_MENTIONED | NODE_TARGET)))
				graph_mark_intermediate(d);
		}
		if (!ok && !d->rules)
			d->flags |= NODE_IMPOSSIBLE;
	}
	cdeps_stop(&cd);
	if (ok)
		*out = cd;
	else
		cdeps_free(&cd);
	return ok;
}

/* The dep list of cd's names (order-only ones or the others). */
static struct dep *
make_deps(const struct cdeps *cd, bool oo)
{
	struct dep *head = NULL, **tail = &head;
	size_t i;

	for (i = 0; i < cd->n; i++) {
		const char *dn = cd->names[i];

		if (!(cd->flags[i] & CD_ORDER_ONLY) != !oo)
			continue;
		if (oo) {
			*tail = graph_oo_dep(graph_node(dn, strlen(dn)), 0);
		} else {
			*tail = arena_alloc(sizeof(**tail));
			(*tail)->node = graph_node(dn, strlen(dn));
		}
		seen_seed((*tail)->node);
		tail = &(*tail)->next;
	}
	return head;
}

/* Use candidate c for n: attach recipe, stem and prerequisites (cd,
 * try_candidate's, freed). */
static struct dep *extra_deps(const struct node *n, const char *text,
    size_t len);
/* The global .EXTRA_PREREQS, expanded once the makefiles are read, for
 * the files an implicit rule makes later; NULL: none. */
static const char *extra_global;

/* The other targets of c's rule, made by the same run of its recipe
 * as n: one group with n, unless n is in one already.  Each is known
 * from now on as a target (GNU make's also_make files), so a later
 * search takes it as a file that ought to exist, never as an
 * intermediate one: whether a sibling is intermediate depends on which
 * of the group the walk reached first, as in GNU make. */
static void
add_siblings(struct node *n, const struct candidate *c)
{
	const struct pattern_rule *pr = c->pr;
	struct node **v = xmalloc(pr->ntargets * sizeof(*v));
	size_t i, nv = 0;

	v[nv++] = n;
	for (i = 0; i < pr->ntargets; i++) {
		char *tn;
		struct node *t;

		if (i == c->target)
			continue;
		tn = dep_name(c, pr->targets[i], node_name(n));
		t = graph_node(tn, strlen(tn));
		free(tn);
		if (t == n)
			continue;
		t->flags |= NODE_TARGET;
		if (!node_group(t))
			v[nv++] = t;
	}
	if (!node_group(n))
		graph_group(v, nv);
	free(v);
}

static void
apply(struct node *n, const struct candidate *c, struct cdeps *cd)
{
	const struct pattern_rule *pr = c->pr;
	struct rule *r = n->rules;
	struct dep *deps, **tail;
	struct strbuf stem = STRBUF_INIT;
	size_t n_new = 0, n_rule;

	if (!r) {
		r = arena_alloc(sizeof(*r));
		r->loc = pr->loc;
		n->rules = r;
	}
	sb_add(&stem, node_name(n), c->dirlen);
	sb_add(&stem, c->stem, c->stemlen);
	r->stem = arena_strndup(stem.buf, stem.len);
	sb_release(&stem);
	r->recipe = pr->recipe;
	/* ".PRECIOUS: %.o" covers what a rule with that target pattern
	 * makes (GNU make looks the pattern up as a file name: an
	 * intermediate file no rule makes is not precious by its name) */
	if (nprecious)
		mark_precious(n, pr->targets[c->target]);
	deps = make_deps(cd, false);
	for (tail = &deps; *tail; tail = &(*tail)->next, n_new++)
		if (pr->terminal)
			(*tail)->node->flags |= NODE_NO_SEARCH;
	n_rule = n_new;
	/* the global .EXTRA_PREREQS after the rule's own, as GNU make's
	 * pattern_search adds them to any file it finds a rule for (a
	 * target got the global or its own as the makefiles were read,
	 * and keeps those after its explicit prerequisites) */
	if (extra_global &&
	    (*tail = extra_deps(n, extra_global, strlen(extra_global))))
		for (; *tail; tail = &(*tail)->next)
			n_new++;
	*tail = r->deps;
	r->deps = deps;
	/* all go first, as GNU make's pattern_search puts them: the
	 * order-only ones after the rule's normal ones */
	graph_oo_shift(r->order_only, n_new);
	deps = make_deps(cd, true);
	cdeps_free(cd);
	if (deps) {
		for (tail = &deps; *tail; tail = &(*tail)->next) {
			dep_set_before(*tail, n_rule);
			if (pr->terminal)
				(*tail)->node->flags |= NODE_NO_SEARCH;
		}
		*tail = r->order_only;
		r->order_only = deps;
	}
	/* Several target patterns: one run of the recipe makes them all. */
	if (pr->ntargets > 1)
		add_siblings(n, c);
}

static bool
search(struct node *n, size_t depth)
{
	struct cdeps cd;
	struct candidate *v;
	size_t nv, i, pass;
	bool specific = false, found = false;

	n->flags |= NODE_IMPLICIT_DONE;
	nv = collect(n, &v, depth);
	for (i = 0; i < nv; i++)
		if (!is_match_anything(&v[i]))
			specific = true;
	/* GNU make gives every suffix of .SUFFIXES an empty rule "%.c:"
	 * that only does this: a name with a known suffix is never made
	 * by a non-terminal match-anything rule (foo.c from foo.c.o) */
	if (!specific) {
		size_t stemlen;

		specific = suffix_strip(node_name(n), &stemlen);
	}
	for (pass = 0; pass < 2 && !found; pass++) {
		for (i = 0; i < nv && !found; i++) {
			/* A non-terminal match-anything rule is not used
			 * when a specific one matches, nor for a file that
			 * is itself only the prerequisite of a chain. */
			if ((specific || depth > 0) &&
			    is_match_anything(&v[i]) && !v[i].pr->terminal)
				continue;
			if ((pass == 1 && v[i].pr->terminal) || v[i].rejected)
				continue;
			if (try_candidate(n, &v[i], pass == 1, depth, &cd)) {
				apply(n, &v[i], &cd);
				found = true;
			}
		}
	}
	free(v);
	return found;
}

bool
rule_search(struct node *n)
{
	bool found;

	if (n->rules && n->rules->recipe)
		return true;
	if (n->flags & (NODE_DOUBLE_COLON | NODE_PHONY | NODE_NO_SEARCH))
		return false;
	/* once, but a name that failed as an intermediate file is looked
	 * for again (every rule may be used now), as GNU make does */
	if ((n->flags & NODE_IMPLICIT_DONE) && !(n->flags & NODE_IMPOSSIBLE))
		return false;
	say(0, "Looking for an implicit rule for '%s'.", node_name(n));
	found = search(n, 0);
	seen_clear();
	return found;
}

/* ---- scopes ---- */

struct pv_match {
	const struct pattern_var *pv;
	size_t stemlen;
	size_t order;
};

static int
cmp_pv(const void *a, const void *b)
{
	const struct pv_match *x = a, *y = b;

	/* Shorter stem (more specific) first; later definitions first. */
	if (x->stemlen != y->stemlen)
		return x->stemlen < y->stemlen ? -1 : 1;
	return x->order > y->order ? -1 : x->order < y->order;
}

/* Whether pattern line pv applies to name: its pattern matches with a
 * stem of *stemlen, not empty. */
static bool
pv_match(const struct pattern_var *pv, const char *name, size_t namelen,
    size_t *stemlen)
{
	const char *stem;

	return pv->var && pattern_match(pv->pattern, name, namelen, &stem,
	    stemlen) && *stemlen > 0;
}

/* The pattern lines whose pattern n's name matches, the most specific
 * first.  Returns how many, *out malloc'd. */
static size_t
pv_matches(struct node *n, struct pv_match **out)
{
	struct pv_match *m = NULL;
	size_t nm = 0, alloc = 0, order = 0;
	const struct pattern_var *pv;
	const char *name = node_name(n);
	size_t namelen = strlen(name);

	for (pv = graph_pattern_vars; pv; pv = pv->next, order++) {
		size_t stemlen;

		if (!pv_match(pv, name, namelen, &stemlen))
			continue;
		XGROW(m, nm + 1, alloc);
		m[nm].pv = pv;
		m[nm].stemlen = stemlen;
		m[nm].order = order;
		nm++;
	}
	if (nm > 1)
		qsort(m, nm, sizeof(*m), cmp_pv);
	*out = m;
	return nm;
}

/* Whether some pattern line's pattern matches n's name. */
static bool
pv_any(const struct node *n)
{
	const struct pattern_var *pv;
	const char *name;
	size_t namelen, stemlen;

	if (!graph_pattern_vars)
		return false;
	name = node_name(n);
	namelen = strlen(name);
	for (pv = graph_pattern_vars; pv; pv = pv->next)
		if (pv_match(pv, name, namelen, &stemlen))
			return true;
	return false;
}

/* One pattern line's variable into set, as GNU make's
 * initialize_file_variables() defines it (do_variable_definition() in
 * the context sc: the lines before it and the globals). */
static void
init_one(struct varset *set, const struct pattern_var *pv,
    const struct scope *sc)
{
	const struct var *pvar = pv->var;
	const char *name = pvar->name;
	size_t len = strlen(name);
	unsigned flags = ASSIGN_TARGET | ASSIGN_SETUP |
	    (pvar->export == VAR_EXPORT_YES ? ASSIGN_EXPORT : 0) |
	    (pvar->is_private ? ASSIGN_PRIVATE : 0);
	struct var *old;

	/* (by the line's kind: the flavor may be the command line's) */
	switch ((enum assign_op)pv->op) {
	case ASSIGN_SIMPLE:		/* expanded when read */
		expand_define(set, name, len, pvar->value, pvar->len,
		    VAR_SIMPLE, pvar->origin, flags, &pvar->loc);
		break;
	case ASSIGN_RECURSIVE:
		expand_define(set, name, len, pvar->value, pvar->len,
		    VAR_RECURSIVE, pvar->origin, flags, &pvar->loc);
		break;
	case ASSIGN_APPEND:
		expand_assign(set, name, len, ASSIGN_APPEND, pvar->value,
		    pvar->len, pvar->origin, flags, sc, &pvar->loc);
		break;
	case ASSIGN_CONDITIONAL:
		/* (a private global counts: no parent is passed yet) */
		old = var_lookup(sc, name, len, NULL);
		if (!old) {
			expand_define(set, name, len, pvar->value, pvar->len,
			    VAR_RECURSIVE, pvar->origin, flags, &pvar->loc);
			break;
		}
		/* GNU make gives the variable it found the line's marks;
		 * a global one loses its own 'export' (see
		 * expand_unmark_export) */
		old->is_private = pvar->is_private;
		if (pvar->export == VAR_EXPORT_YES)
			old->export = VAR_EXPORT_YES;
		else if (varset_find(set, name, len) == old)
			old->export = VAR_EXPORT_DEFAULT;
		else
			expand_unmark_export(old);
		break;
	case ASSIGN_SHELL:
		/* the command as read (the command line's value, when
		 * that overrode the line); its output, a recursive value */
		expand_assign(set, name, len, ASSIGN_SHELL, pvar->value,
		    pvar->len, pvar->origin, flags & ~(unsigned)ASSIGN_TARGET,
		    sc, &pvar->loc);
		break;
	}
}

void
rule_init_vars(struct node *n)
{
	struct pv_match *m;
	struct scope sc;
	size_t nm, i;

	if (!graph_pattern_vars || (n->more && n->more->vars_init))
		return;
	graph_more(n)->vars_init = true;
	nm = pv_matches(n, &m);
	if (nm) {
		/* as GNU make sets up a target's pattern variables: from
		 * the least specific on, in one set, each in the context
		 * of those before it and the globals ($@ not yet set) */
		sc.vars = n->more->pat_vars = varset_new();
		sc.parent = &scope_global;
		sc.inherited = false;
		sc.func = false;
		for (i = nm; i-- > 0;)
			init_one(sc.vars, m[i].pv, &sc);
	}
	free(m);
}

struct scope *
rule_node_scope(struct node *n, const struct scope *parent, bool *pat_level)
{
	/* Even a goal's recipe does not see private globals.  The level
	 * is the same for every node: one, shared. */
	static struct scope goal_top = { NULL, &scope_global, true, false };
	bool pat = pv_any(n);
	const struct scope *next;
	struct scope *top = NULL;

	if (pat_level)
		*pat_level = pat;
	if (parent) {
		/* A boundary: from here on, levels belong to a parent
		 * target, whose private variables are invisible. */
		top = arena_alloc(sizeof(*top));
		top->parent = parent;
		top->inherited = true;
		next = top;
	} else if (!pat && !node_vars(n)) {
		return &goal_top;
	} else {
		next = &goal_top;
	}
	/* the target's own variables, then the patterns' (no set until
	 * rule_init_vars(): most nodes are never run), in one array:
	 * rule_fill_pat_level() finds the pattern level after the own */
	if (pat || node_vars(n)) {
		size_t nl = (size_t)pat + (node_vars(n) != NULL), i;

		top = arena_alloc(nl * sizeof(*top));
		for (i = 0; i < nl; i++)
			top[i].parent = i + 1 < nl ? &top[i + 1] : next;
		if (node_vars(n))
			top[0].vars = node_vars(n);
		if (pat && n->more && n->more->vars_init)
			top[nl - 1].vars = n->more->pat_vars;
	}
	return top;
}

void
rule_fill_pat_level(struct node *n, struct scope *sc)
{
	if (node_vars(n))
		sc++;		/* (after the target's own level) */
	sc->vars = n->more ? n->more->pat_vars : NULL;
}

/* ---- secondary expansion ---- */

/* $X with its $(XD) and $(XF). */
static void
set_auto(struct varset *set, const char *name, const char *value)
{
	job_set_auto(set, name[0], value, strlen(value));
}

struct second_add {
	struct dep **at;
	bool oo;
	size_t before, n;
};

static void
add_second_one(const char *w, size_t len, void *arg)
{
	struct second_add *sa = arg;
	struct dep *d;

	if (sa->oo) {
		d = graph_oo_dep(graph_node(w, len), sa->before);
	} else {
		d = arena_alloc(sizeof(*d));
		d->node = graph_node(w, len);
	}
	d->node->flags |= NODE_MENTIONED;
	d->next = *sa->at;
	*sa->at = d;
	sa->at = &d->next;
	sa->n++;
}

/* Put the names of [p, end) in *list after the first pos; order-only
 * ones, after before normal ones, if oo.  A name with wildcards (and no
 * backslash) stands for the files they match, as GNU make reads it. */
static size_t
add_second_names(const char *p, const char *end, struct dep **list,
    size_t pos, bool oo, size_t before)
{
	struct second_add sa = { list, oo, before, 0 };
	const char *w;
	char *scratch = NULL;
	size_t len;

	while (pos-- > 0 && *sa.at)
		sa.at = &(*sa.at)->next;
	while ((w = next_name(&p, end, &len)) != NULL) {
		if (!memchr(w, '\\', len) && name_glob(w, len, add_second_one,
		    &sa))
			continue;
		w = name_unescape(w, &len, end, &scratch);
		strip_dot_slash(&w, &len);
		add_second_one(w, len, &sa);
	}
	free(scratch);
	return sa.n;
}

/* Expand sx's text, a rule line's, and put its names where the line
 * stood: the normal ones in r->deps after the first pos, those after
 * its first '|' (as GNU make splits the expanded text) in
 * r->order_only after the first oo_pos.  Adds how many went to each
 * to *n and *noo. */
static void
add_second_deps(struct rule *r, const char *text, const struct scope *sc,
    size_t pos, size_t oo_pos, size_t *n, size_t *noo)
{
	struct strbuf out = STRBUF_INIT;
	const char *normal, *oo;
	size_t nlen, oolen, nn, k;
	struct dep *d;
	char *buf = NULL;

	/* GNU make tells this expansion's messages at the target's recipe,
	 * if it has one (the rule's, for a '::' rule), else at no place */
	expand(&out, text, strlen(text), sc,
	    r->recipe ? &r->recipe->loc : NULL);
	normal = prereq_split(out.buf, out.len, &nlen, &oo, &oolen, &buf);
	nn = add_second_names(normal, normal + nlen, &r->deps, pos, false, 0);
	*n += nn;
	/* its order-only ones after its normal ones, the later lines'
	 * after both */
	k = add_second_names(oo, oo + oolen, &r->order_only, oo_pos, true,
	    pos + nn);
	*noo += k;
	for (d = r->order_only, k += oo_pos; d && k > 0; d = d->next)
		k--;
	graph_oo_shift(d, nn);
	free(buf);
	sb_release(&out);
}

static void
add_word(struct strbuf *sb, const char *w)
{
	if (sb->len)
		sb_addc(sb, ' ');
	sb_adds(sb, w);
}

/* One prerequisite, for set_dep_autos(). */
struct dep_ent {
	struct rule *q;
	struct dep *d;
	bool oo;
};

/* Where set_dep_autos() made order-only prerequisites normal: each
 * one's place in its rule's order-only list when it left it. */
struct upgrades {
	size_t *at;
	size_t n, alloc;
};

/* The order-only prerequisite e->d made a normal one where it stands;
 * its place noted in ups, if any. */
static void
upgrade_dep(const struct dep_ent *e, struct upgrades *ups)
{
	struct dep **pp, *d = e->d;
	size_t before, at = 0;

	for (pp = &e->q->order_only; *pp && *pp != d; pp = &(*pp)->next)
		at++;
	if (!*pp)
		return;
	if (ups) {
		XGROW(ups->at, ups->n + 1, ups->alloc);
		ups->at[ups->n++] = at;
	}
	*pp = d->next;
	graph_oo_shift(d->next, 1);
	before = dep_before(d);
	for (pp = &e->q->deps; *pp && before > 0; pp = &(*pp)->next)
		before--;
	d->next = *pp;
	*pp = d;
}

/* $< $^ $+ $| as a second expansion sees the prerequisites that rule r
 * (and, if more, the rules after it) has so far, .EXTRA_PREREQS left
 * out, as GNU make's set_file_variables() sets them: in its order of
 * the prerequisites, $^ and $| without duplicates, a name that is also
 * a normal one in $^ where it first stood, and $< empty when no_less.
 * As there, for good: such a name's first order-only entry becomes a
 * normal one, and so do its later order-only ones once the first is
 * normal (noted in ups, if not NULL). */
static void
set_dep_autos(struct varset *autos, struct rule *r, bool more,
    bool no_less, struct upgrades *ups)
{
	struct strbuf plus = STRBUF_INIT, caret = STRBUF_INIT;
	struct strbuf bar = STRBUF_INIT;
	struct ptrset set;
	size_t *first;
	struct dep_ent *v;
	bool *up;
	struct rule *q;
	struct dep_walk w;
	struct dep *d;
	const char *less = NULL;
	size_t n = 0, i;
	bool oo;

	for (q = r; q; q = more ? q->next : NULL) {
		for (d = q->deps; d; d = d->next)
			n++;
		for (d = q->order_only; d; d = d->next)
			n++;
	}
	/* (sized for all n: no add grows it, its slots index first) */
	ptrset_init(&set, n);
	first = xcalloc(set.size, sizeof(*first));
	v = xcalloc(n ? n : 1, sizeof(*v));
	up = xcalloc(n ? n : 1, sizeof(*up));
	n = 0;
	for (q = r; q; q = more ? q->next : NULL)
		for (dep_walk_start(&w, q); (d = dep_walk_next(&w, &oo));) {
			size_t k;

			if (!oo && rule_dep_is_extra(d))
				continue;
			if (!oo) {
				if (!less)
					less = d->node->name;
				add_word(&plus, d->node->name);
			}
			v[n].q = q;
			v[n].d = d;
			v[n].oo = oo;
			k = ptrset_slot(&set, d->node);
			if (ptrset_add(&set, d->node)) {
				first[k] = n;
			} else if (v[first[k]].oo != oo) {
				up[first[k]] |= v[first[k]].oo;
				up[n] = oo;
				v[first[k]].oo = v[n].oo = false;
			}
			n++;
		}
	for (i = 0; i < n; i++) {
		const struct node *dn = v[i].d->node;

		if (first[ptrset_slot(&set, dn)] != i)
			continue;
		add_word(v[i].oo ? &bar : &caret, dn->name);
	}
	for (i = 0; i < n; i++)
		if (up[i])
			upgrade_dep(&v[i], ups);
	set_auto(autos, "^", caret.buf);
	set_auto(autos, "+", plus.buf);
	set_auto(autos, "<", less && !no_less ? less : "");
	varset_set(autos, "|", 1, bar.buf, bar.len, VAR_SIMPLE,
	    VAR_ORIGIN_AUTOMATIC, NULL);
	ptrset_free(&set);
	free(first);
	free(v);
	free(up);
	sb_release(&plus);
	sb_release(&caret);
	sb_release(&bar);
}

void
rule_second_expand(struct node *n, struct rule *r)
{
	struct varset *autos;
	struct scope sc;
	struct rule_sx *sx, *s;
	struct upgrades ups = { NULL, 0, 0 };
	size_t stemlen = 0, added = 0, oo_added = 0, moved = 0, k;
	const char *stem;

	if (!r->sx)
		return;
	rule_init_vars(n);
	autos = varset_new();
	set_auto(autos, "@", node_name(n));
	if (r->stem)
		stem = r->stem;
	else if (suffix_strip(node_name(n), &stemlen))
		stem = NULL;
	else
		stem = "";
	sc.vars = autos;
	sc.parent = rule_node_scope(n, NULL, NULL);
	sc.inherited = false;
	sc.func = false;
	/* line by line, in GNU make's order of the prerequisites */
	for (sx = r->sx; sx; sx = sx->next) {
		/* $*: a static pattern line's own stem (another line of
		 * the target has its own) */
		if (sx->stem)
			set_auto(autos, "*", sx->stem);
		else if (stem)
			set_auto(autos, "*", stem);
		else
			job_set_auto(autos, '*', node_name(n), stemlen);
		/* GNU make's $< is empty while this line's text is still
		 * the first prerequisite (a line with the recipe goes
		 * first) */
		ups.n = 0;
		set_dep_autos(autos, r, false, sx->pos + added + moved == 0,
		    &ups);
		/* an order-only prerequisite made normal before a line's
		 * place: one normal one more before it, one order-only one
		 * fewer; before this line's, before all the rest too */
		for (k = 0; k < ups.n; k++) {
			if (ups.at[k] < sx->oo_pos + oo_added - moved) {
				moved++;
				continue;
			}
			for (s = sx->next; s; s = s->next)
				if (ups.at[k] < s->oo_pos + oo_added - moved) {
					s->pos++;
					s->oo_pos--;
				}
		}
		add_second_deps(r, sx->deps, &sc, sx->pos + added + moved,
		    sx->oo_pos + oo_added - moved, &added, &oo_added);
	}
	r->sx = NULL;
	free(ups.at);
	varset_free(autos);
}

/* ---- .EXTRA_PREREQS ---- */

/* The deps .EXTRA_PREREQS added. */
static struct ptrset extras;

static void
extra_add(const struct dep *d)
{
	ptrset_add(&extras, d);
}

bool
rule_dep_is_extra(const struct dep *d)
{
	return extras.n && ptrset_has(&extras, d);
}

struct extra_names {
	char **v;
	size_t n, alloc;
};

static void
extra_note(const char *name, size_t len, void *arg)
{
	struct extra_names *en = arg;

	XGROW(en->v, en->n + 1, en->alloc);
	en->v[en->n++] = xstrndup(name, len);
}

static void
extra_names_free(struct extra_names *en)
{
	size_t i;

	for (i = 0; i < en->n; i++)
		free(en->v[i]);
	free(en->v);
}

/* The extra prerequisites (words of text, a word's wildcards standing
 * for the files they match) for n as a chain of deps; none when n is
 * among them, as in GNU make. */
static struct dep *
extra_deps(const struct node *n, const char *text, size_t len)
{
	const char *p = text, *end = text + len, *w;
	size_t wl, i;
	struct dep *head = NULL, **tail = &head;
	struct extra_names en = { NULL, 0, 0 };
	char *scratch = NULL;

	while ((w = next_name(&p, end, &wl)) != NULL) {
		if (!memchr(w, '\\', wl) && name_glob(w, wl, extra_note, &en))
			continue;
		w = name_unescape(w, &wl, end, &scratch);
		extra_note(w, wl, &en);
	}
	free(scratch);
	for (i = 0; i < en.n; i++)
		if (!strcmp(n->name, en.v[i])) {
			extra_names_free(&en);
			return NULL;	/* itself among them: none, as GNU */
		}
	for (i = 0; i < en.n; i++) {
		struct dep *d = arena_alloc(sizeof(*d));

		d->node = graph_node(en.v[i], strlen(en.v[i]));
		d->node->flags |= NODE_MENTIONED;
		extra_add(d);
		*tail = d;
		tail = &d->next;
	}
	extra_names_free(&en);
	return head;
}

/* Append the extra prerequisites (words of text) to n's first rule: as
 * GNU make's snap_deps, which visits only the first of a '::' target's
 * rules. */
static void
add_extra(struct node *n, const char *text, size_t len)
{
	struct dep *extra = extra_deps(n, text, len), **tail;

	if (!extra)
		return;
	if (!n->rules) {
		n->rules = arena_alloc(sizeof(*n->rules));
		n->rules->loc = n->loc;
	}
	for (tail = &n->rules->deps; *tail; tail = &(*tail)->next)
		;
	*tail = extra;
}

static const char extra_name[] = ".EXTRA_PREREQS";

/* some rule of n has prerequisites for the second expansion */
static bool
any_sx(const struct node *n)
{
	const struct rule *r;

	for (r = n->rules; r; r = r->next)
		if (r->sx)
			return true;
	return false;
}

void
rule_add_extra_prereqs(void)
{
	const char *name = extra_name;
	const size_t nl = sizeof(extra_name) - 1;
	const struct var *g = varset_find(var_global, name, nl);
	struct strbuf gx = STRBUF_INIT, tx = STRBUF_INIT;
	struct node *n;

	if (g && g->len) {
		expand(&gx, g->value, g->len, &scope_global, NULL);
		if (gx.len)
			extra_global = arena_strndup(gx.buf, gx.len);
	} else if (!parse_target_vars) {	/* nowhere to find one */
		return;
	}
	for (n = graph_first(); n; n = n->all_next) {
		const struct varset *tv = node_vars(n);
		const struct var *t = tv ? varset_find(tv, name, nl) : NULL;

		if (t) {
			tx.len = 0;
			expand(&tx, t->value, t->len, &scope_global, NULL);
			add_extra(n, tx.buf ? tx.buf : "", tx.len);
		} else if ((n->flags & (NODE_TARGET | NODE_PHONY)) &&
		    gx.len && !tv && !any_sx(n)) {
			/* as GNU make: a target with variables of its own
			 * takes only its own .EXTRA_PREREQS, and so does
			 * one with a prerequisite for the second expansion
			 * in any rule (GNU's expand_deps gave it a variable
			 * set); a phony file is a target, with a rule or
			 * not */
			add_extra(n, gx.buf, gx.len);
		}
	}
	sb_release(&gx);
	sb_release(&tx);
}

/* ---- .PRECIOUS patterns ---- */

static const char **precious;
static size_t precious_alloc;

void
rule_add_precious_pattern(const char *pat, size_t len)
{
	XGROW(precious, nprecious + 1, precious_alloc);
	precious[nprecious++] = arena_strndup(pat, len);
}

static void
mark_precious(struct node *n, const char *target_pattern)
{
	size_t i;

	for (i = 0; i < nprecious; i++)
		if (!strcmp(precious[i], target_pattern))
			n->flags |= NODE_PRECIOUS;
}

void
rule_cleanup(void)
{
	free(precious);
	precious = NULL;
	nprecious = precious_alloc = 0;
	ptrset_free(&extras);
	dcdir_free();
}

/* ---- vpath ---- */

struct vpath {
	/* the pattern as written less the backslashes that escape '%'
	 * (pattern_unquote), its '%' or NULL: what vpath PATTERN clears */
	const char *pattern, *pct;
	/* what names are matched against: the same when it has a '%';
	 * else, as in GNU make 4.3, unquoted once more, so "vpath \%.c"
	 * is "vpath %.c" */
	const char *match, *mpct;
	const char *dir;
	struct vpath *next;
};

static struct vpath *vpaths;

/* A VPATH, vpath or GPATH directory's length less one trailing '/' ("/"
 * itself stays): d1/ is d1, as in GNU make, which takes off only one
 * (d1// is d1/). */
static size_t
dir_len(const char *dir, size_t len)
{
	return len > 1 && dir[len - 1] == '/' ? len - 1 : len;
}

/* (pat, plen) unquoted into the arena, *len long, its '%' in *pct (or
 * NULL). */
static const char *
unquote_pattern(const char *pat, size_t plen, size_t *len, const char **pct)
{
	struct strbuf u = STRBUF_INIT;
	size_t at = pattern_unquote(&u, pat, plen);
	const char *s = arena_strndup(u.buf, u.len);

	*len = u.len;
	*pct = at == SIZE_MAX ? NULL : s + at;
	sb_release(&u);
	return s;
}

void
rule_vpath_add(const char *pat, size_t plen, const char *dir, size_t dlen)
{
	struct vpath *v, **tail = &vpaths;
	const char *p = dir, *end = dir + dlen, *pattern, *pct;
	const char *match, *mpct;
	size_t len;

	pattern = unquote_pattern(pat, plen, &len, &pct);
	match = pattern;
	mpct = pct;
	if (!pct)
		match = unquote_pattern(pattern, len, &len, &mpct);
	/* DIRS may be separated by ':' as well as blanks. */
	while (p < end) {
		const char *s = p;

		while (p < end && *p != ':')
			p++;
		if (p > s) {
			v = arena_alloc(sizeof(*v));
			v->pattern = pattern;
			v->pct = pct;
			v->match = match;
			v->mpct = mpct;
			v->dir = arena_strndup(s, dir_len(s, (size_t)(p - s)));
			while (*tail)
				tail = &(*tail)->next;
			*tail = v;
		}
		if (p < end)
			p++;
	}
}

void
rule_vpath_clear(const char *pat, size_t plen)
{
	struct vpath **v = &vpaths;
	struct strbuf u = STRBUF_INIT;
	size_t at = pat ? pattern_unquote(&u, pat, plen) : 0;

	while (*v) {
		const struct vpath *w = *v;
		size_t wat = w->pct ? (size_t)(w->pct - w->pattern) : SIZE_MAX;

		if (!pat || (wat == at && !strcmp(w->pattern, u.buf)))
			*v = w->next;
		else
			v = &(*v)->next;
	}
	sb_release(&u);
}

void
rule_vpath_foreach(void (*fn)(const char *pattern, const char *dir,
    void *arg), void *arg)
{
	const struct vpath *v;

	for (v = vpaths; v; v = v->next)
		fn(v->pattern, v->dir, arg);
}

/* dir/name when it exists, malloc'd; else NULL. */
static char *
try_dir(const char *name, const char *dir, size_t dlen)
{
	size_t nl = strlen(name);
	char *path = xmalloc(dlen + nl + 2);
	struct dcdir *d;
	struct stat st;

	/* not xasprintf(): this runs for every candidate in every
	 * directory, and printf's machinery was a fifth of the search */
	memcpy(path, dir, dlen);
	path[dlen] = '/';
	memcpy(path + dlen + 1, name, nl + 1);
	if (!surely_missing(path, &d)) {
		if (stat(path, &st) == 0)
			return path;
		dc_missed(d);
	}
	free(path);
	return NULL;
}

/* Where the vpath directives, then VPATH, find name: malloc'd, or NULL.
 * *at (when not NULL): the place of the directory that had it among all
 * those searched, in the order they are searched. */
static char *
vpath_search_at(const char *name, size_t *at)
{
	const struct vpath *v;
	const char *vp, *p, *end;
	struct strbuf ex = STRBUF_INIT;
	char *found = NULL;
	size_t k = 0;

	if (name[0] == '/')
		return NULL;
	for (v = vpaths; v; v = v->next, k++) {
		const char *stem;
		size_t sl;

		if (pattern_match_at(v->match, v->mpct, name, strlen(name),
		    &stem, &sl) &&
		    (found = try_dir(name, v->dir, strlen(v->dir))) != NULL) {
			if (at)
				*at = k;
			return found;
		}
	}
	vp = var_global_raw("VPATH");
	if (!vp || !*vp)
		return NULL;
	expand(&ex, vp, strlen(vp), &scope_global, NULL);
	p = ex.buf;
	end = ex.buf + ex.len;
	while (p < end && !found) {
		const char *s;

		while (p < end && (*p == ':' || is_space((unsigned char)*p)))
			p++;
		s = p;
		while (p < end && *p != ':' && !is_space((unsigned char)*p))
			p++;
		if (p > s) {
			found = try_dir(name, s, dir_len(s, (size_t)(p - s)));
			if (at)
				*at = k++;
		}
	}
	sb_release(&ex);
	return found;
}

static char *
vpath_search(const char *name)
{
	return vpath_search_at(name, NULL);
}

/* Keep f (malloc'd, found at place at) in *best when it comes before
 * what *best holds (at *best_at); free it otherwise. */
static void
keep_earliest(char **best, size_t *best_at, char *f, size_t at)
{
	if (!f)
		return;
	if (*best && at >= *best_at) {
		free(f);
		return;
	}
	free(*best);
	*best = f;
	*best_at = at;
}

/* A prerequisite -lNAME, as GNU make's library_search(): each
 * .LIBPATTERNS word with NAME for its '%' (libNAME.so, libNAME.a).  One
 * here wins at once; else, of those vpath, VPATH and then the system's
 * library directories find, the one from the directory searched first
 * (the earlier pattern for the same directory).  Malloc'd, or NULL. */
static char *
library_search(const char *lib)
{
	static const char *const dirs[] = {
		"/lib", DMAKE_SYSTEM_LIBDIR, "/usr/local/lib",
	};
	const size_t ndirs = sizeof(dirs) / sizeof(dirs[0]);
	const char *raw = var_global_raw(".LIBPATTERNS"), *p, *end, *w;
	struct strbuf ex = STRBUF_INIT;
	char *found = NULL;
	size_t wl, i, best = 0, at = 0;

	if (raw)
		expand(&ex, raw, strlen(raw), &scope_global, NULL);
	p = ex.buf;
	end = ex.buf + ex.len;
	while ((w = next_word(&p, end, &wl)) != NULL) {
		const char *pct = memchr(w, '%', wl);
		struct stat st;
		char *file, *f;

		if (!pct) {
			diag_warn(NULL, ".LIBPATTERNS element '%.*s' is not a "
			    "pattern", (int)wl, w);
			continue;
		}
		file = xasprintf("%.*s%s%.*s", (int)(pct - w), w, lib,
		    (int)(wl - (size_t)(pct - w) - 1), pct + 1);
		if (stat(file, &st) == 0) {
			free(found);
			found = file;
			break;
		}
		f = vpath_search_at(file, &at);
		keep_earliest(&found, &best, f, at);
		/* (the system's directories after every vpath one) */
		for (i = 0; i < ndirs; i++)
			keep_earliest(&found, &best, try_dir(file, dirs[i],
			    strlen(dirs[i])), SIZE_MAX - ndirs + i);
		free(file);
	}
	sb_release(&ex);
	return found;
}

/* Is the directory where VPATH found n (its vpath name) one of GPATH's?
 * Then n goes by that name from then on and is remade there, as in GNU
 * make. */
static bool
gpath_keeps(const struct node *n)
{
	const char *vn = node_vpath(n), *gp, *p, *end;
	struct strbuf ex = STRBUF_INIT;
	size_t nl = strlen(n->name), vl, dl;
	bool keep = false;

	if (!vn || (vl = strlen(vn)) <= nl + 1)
		return false;
	dl = vl - nl - 1;		/* "DIR/" NAME */
	gp = var_global_raw("GPATH");
	if (!gp || !*gp)
		return false;
	expand(&ex, gp, strlen(gp), &scope_global, NULL);
	p = ex.buf;
	end = ex.buf + ex.len;
	while (p < end && !keep) {
		const char *s;
		size_t l;

		while (p < end && (*p == ':' || is_space((unsigned char)*p)))
			p++;
		s = p;
		while (p < end && *p != ':' && !is_space((unsigned char)*p))
			p++;
		l = dir_len(s, (size_t)(p - s));
		keep = l && l == dl && !memcmp(s, vn, dl);
	}
	sb_release(&ex);
	return keep;
}

/* n is at path (malloc'd, taken; NULL: found nowhere). */
static bool
found_at(struct node *n, char *path)
{
	if (!path)
		return false;
	graph_more(n)->vpath_name = arena_strdup(path);
	free(path);
	/* in a GPATH directory: GNU make renames the file to it */
	n->more->renamed = gpath_keeps(n);
	return true;
}

/* n found through vpath (never as a library: GNU make looks for -lNAME
 * only when it needs the time of that file, not for implicit rules). */
static bool
vpath_find_node(struct node *n)
{
	return node_vpath(n) || found_at(n, vpath_search(n->name));
}

bool
rule_vpath_find(struct node *n)
{
	if (node_vpath(n))
		return true;
	if (n->name[0] == '-' && n->name[1] == 'l' && n->name[2])
		return found_at(n, library_search(n->name + 2));
	return found_at(n, vpath_search(n->name));
}

bool
rule_gpath_set(void)
{
	const char *gp = var_global_raw("GPATH");

	return gp && *gp;
}

