/*
 * parse.c - read makefiles into variables and the graph.
 *
 * Interface:
 *	parse_file, parse_eval		read a makefile or a string
 *	parse_finish			suffix rules, after all reading
 *	parse_add_include_dir, parse_include_dirs	-I
 *	parse_is_special		special target names
 *
 * One struct reader per file or $(eval) text holds its conditional
 * stack and the rule whose recipe lines are being collected, so nested
 * reads (include, eval) cannot disturb each other.
 */
#include "config.h"

#include <errno.h>
#include <glob.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "debug.h"
#include "expand.h"
#include "graph.h"
#include "lex.h"
#include "parse.h"
#include "rule.h"
#include "suffix.h"
#include "util.h"

struct parse_result parse_result;

struct cond {
	bool taking;		/* lines here are read */
	bool any_taken;		/* some branch of this chain was taken */
	bool seen_else;
	bool outer_skip;	/* an enclosing conditional skips */
};

/* One target of the rule line being read, with its prerequisites. */
struct ptarget {
	struct node *node;
	struct dep *deps, *order_only;
	const char *stem;
	const char *deps_text;	/* .SECONDEXPANSION */
	bool dup;	/* named before on the same rule line */
};

struct pending {
	bool active;
	/* The last rule line named no target ("$(EMPTY): x"): as GNU
	 * make, its recipe lines are dropped unexpanded until a line
	 * other than a recipe line, a comment or a conditional. */
	bool no_targets;
	bool double_colon, grouped;
	/* What GNU make says of the targets when it records the rule,
	 * which is once a line other than a recipe line or a conditional
	 * comes: its warnings ("deprecated syntax", "doesn't match the
	 * target pattern"), in order, then an error that stops, if any. */
	char **notes;
	size_t nnotes, notes_alloc;
	const char *record_error;
	struct ptarget *t;
	size_t nt, t_alloc;
	struct pattern_rule *pat;	/* pattern rule being defined */
	struct recipe_line *lines;
	size_t nlines, lines_alloc;
	bool has_recipe;
	struct loc loc;
	const char *deps_text;	/* .SECONDEXPANSION */
};

/* Where the text being read is expanded: the globals, except in an
 * $(eval) that a recipe or a $(call) runs (GNU make expands there in the
 * context it is in: $@, the target's variables, $(1)); assignments
 * still define globals. */
static const struct scope *read_scope = &scope_global;
/* .POSIX was read; its variables come with the next line (posix_vars) */
static bool posix_vars_pending;

struct reader {
	struct lexer lx;
	struct cond *conds;
	size_t nconds, conds_alloc;
	struct pending rule;
	struct strbuf line;	/* current logical line, cleaned */
	struct strbuf raw;	/* current logical line, as read */
	struct loc loc;
	struct strbuf doc;	/* "## " lines just read (--list) */
	bool in_ignored_define;	/* in a define of a false branch: its body
				 * is skipped up to "endef", without
				 * reading conditionals */
	bool posix_lines;	/* join lines as POSIX says: GNU make
				 * starts once it has recorded .POSIX:,
				 * when the next rule or assignment is
				 * read */
};

/* Targets in the order the makefiles define them (--list); the few
 * with a "## " description above their rule have it in docs.  Each
 * node knows it is there (NODE_LISTED). */
static struct node **listed;
static size_t nlisted, alisted;
static struct doc {
	size_t idx;		/* in listed */
	const char *doc;
} *docs;
static size_t ndocs, adocs;
static struct parse_target *listed_view;	/* for parse_targets() */

static const char **include_dirs;
static size_t ninclude_dirs, include_dirs_alloc;
static const char **data_dirs;		/* searched after include_dirs */
static size_t ndata_dirs, data_dirs_alloc;
static size_t missing_alloc, missing_loc_alloc, missing_opt_alloc;
static size_t missing_err_alloc;
static size_t files_alloc;

static void
note_file(const char *name, bool missing, bool optional,
    const struct loc *loc)
{
	struct parse_result *pr = &parse_result;

	XGROW(pr->files, pr->nfiles + 1, files_alloc);
	pr->files[pr->nfiles].name = name;
	pr->files[pr->nfiles].missing = missing;
	pr->files[pr->nfiles].optional = optional || parse_dont_care;
	pr->files[pr->nfiles].named = false;
	pr->files[pr->nfiles].err = missing ? ENOENT : 0;
	if (loc)
		pr->files[pr->nfiles].loc = *loc;
	else
		memset(&pr->files[pr->nfiles].loc, 0, sizeof(struct loc));
	pr->nfiles++;
}
/* An include (loc NULL: a -f makefile) that was not found: err, the
 * errno of the first attempt. */
static void
note_missing(const char *name, bool optional, const struct loc *loc, int err)
{
	struct parse_result *pr = &parse_result;

	XGROW(pr->missing, pr->nmissing + 1, missing_alloc);
	XGROW(pr->missing_loc, pr->nmissing + 1, missing_loc_alloc);
	XGROW(pr->missing_optional, pr->nmissing + 1, missing_opt_alloc);
	XGROW(pr->missing_err, pr->nmissing + 1, missing_err_alloc);
	pr->missing[pr->nmissing] = name;
	pr->missing_err[pr->nmissing] = err;
	if (loc)
		pr->missing_loc[pr->nmissing] = *loc;
	else
		memset(&pr->missing_loc[pr->nmissing], 0, sizeof(*loc));
	pr->missing_optional[pr->nmissing] = optional;
	pr->nmissing++;
	note_file(name, true, optional, loc);
	pr->files[pr->nfiles - 1].err = err;
}

static void read_lines(struct reader *r);
static void add_makefile_list(const char *name, const char *at);

static const char *const special_targets[] = {
	".PHONY", ".SUFFIXES", ".DEFAULT", ".PRECIOUS", ".INTERMEDIATE",
	".SECONDARY", ".SECONDEXPANSION", ".DELETE_ON_ERROR", ".IGNORE",
	".LOW_RESOLUTION_TIME", ".SILENT", ".EXPORT_ALL_VARIABLES",
	".NOTPARALLEL", ".ONESHELL", ".POSIX", ".NOTINTERMEDIATE",
};

/* What -p prints of the special targets (parse_special()). */
static struct special_seen {
	bool named;
	struct parse_special_text *head, *tail;
} specials_seen[countof(special_targets)];

const char *
parse_special(size_t i, bool *named, const struct parse_special_text **deps)
{
	size_t k;

	for (k = 0; k < countof(special_targets); k++) {
		/* .DEFAULT has a node of its own */
		if (strcmp(special_targets[k], ".DEFAULT") == 0)
			continue;
		if (i-- == 0) {
			*named = specials_seen[k].named;
			*deps = specials_seen[k].head;
			return special_targets[k];
		}
	}
	return NULL;
}

static void
special_note(const char *name, const char *deps, size_t dlen)
{
	size_t i;
	struct special_seen *s;
	struct parse_special_text *t;

	for (i = 0; i < countof(special_targets); i++)
		if (strcmp(name, special_targets[i]) == 0)
			break;
	if (i == countof(special_targets))
		return;
	s = &specials_seen[i];
	s->named = true;
	if (!dlen)
		return;
	t = arena_alloc(sizeof(*t));
	t->text = arena_strndup(deps, dlen);
	if (s->tail)
		s->tail->next = t;
	else
		s->head = t;
	s->tail = t;
}

bool
parse_is_special(const char *name)
{
	size_t i;

	for (i = 0; i < countof(special_targets); i++)
		if (strcmp(name, special_targets[i]) == 0)
			return true;
	return false;
}

void
parse_add_include_dir(const char *dir)
{
	XGROW(include_dirs, ninclude_dirs + 1, include_dirs_alloc);
	include_dirs[ninclude_dirs++] = arena_strdup(dir);
}

size_t
parse_include_dirs(const char ***dirs)
{
	*dirs = include_dirs;
	return ninclude_dirs;
}

size_t
parse_include_path(const char *const **dirs)
{
	static const char **path;
	static size_t npath;
	static bool made;
	size_t i;

	if (!made) {
		made = true;
		path = arena_alloc((ninclude_dirs + 1) * sizeof(*path));
		for (i = 0; i < ninclude_dirs; i++) {
			const char *d = include_dirs[i];
			size_t len = strlen(d);
			struct stat st;

			if (stat(d, &st) < 0 || !S_ISDIR(st.st_mode))
				continue;
			while (len > 1 && d[len - 1] == '/')
				len--;
			path[npath++] = arena_strndup(d, len);
		}
	}
	*dirs = path;
	return npath;
}

size_t
parse_std_include_dirs(const char *const **dirs)
{
	static const char *const known[] = {
		"/usr/gnu/include", "/usr/local/include", "/usr/include",
		"/usr/include",
	};
	static const char *found[countof(known)];
	static size_t nfound;
	static bool looked;
	size_t i;

	if (!looked) {
		size_t n = 0;

		for (i = 0; i < countof(known); i++) {
			struct stat st;

			if (stat(known[i], &st) == 0 && S_ISDIR(st.st_mode))
				found[n++] = known[i];
		}
		nfound = n;
		looked = true;
	}
	*dirs = found;
	return nfound;
}

void
parse_add_data_dir(const char *dir)
{
	size_t i;

	for (i = 0; i < ndata_dirs; i++)
		if (!strcmp(data_dirs[i], dir))
			return;
	XGROW(data_dirs, ndata_dirs + 1, data_dirs_alloc);
	data_dirs[ndata_dirs++] = arena_strdup(dir);
}

/* ---- small text helpers ---- */

static bool
word_is(const char *p, const char *end, const char *w)
{
	size_t n;

	if (p == end || *p != *w)	/* most words are no keyword */
		return false;
	n = strlen(w);
	return (size_t)(end - p) >= n && memcmp(p, w, n) == 0 &&
	    (p + n == end || is_blank((unsigned char)p[n]));
}

static const char *
skip_blanks(const char *p, const char *end)
{
	while (p < end && is_blank((unsigned char)*p))
		p++;
	return p;
}

static const char *
trim_end(const char *p, const char *end)
{
	while (end > p && is_space((unsigned char)end[-1]))
		end--;
	return end;
}

static void
expand_range(struct strbuf *out, const char *p, const char *end,
    const struct loc *loc)
{
	expand(out, p, (size_t)(end - p), read_scope, loc);
}

/* A copy of [w, w + *n) with the backslashes before each ':' halved,
 * as GNU make does ("\:" is ':', "\\\:" is "\:"); *n is updated. */
static char *
unescape_colons(const char *w, size_t *n)
{
	char *u = xmalloc(*n + 1), *o = u;
	size_t i, k;

	for (i = 0; i < *n; i++) {
		for (k = 0; i + k < *n && w[i + k] == '\\'; k++)
			;
		if (k > 0 && i + k < *n && w[i + k] == ':') {
			memset(o, '\\', k / 2);
			o += k / 2;
			i += k;
		}
		*o++ = w[i];
	}
	*o = '\0';
	*n = (size_t)(o - u);
	return u;
}

/* Call fn for the name [w, w + n), or the files its wildcards match; a
 * literal name (one with a backslash or an escaped colon) is not
 * globbed, and its "\:" is ':'. */
static void
one_name_at(const char *w, size_t n, bool literal,
    void (*fn)(const char *name, size_t len, void *arg), void *arg)
{
	if (literal) {
		char *u = unescape_colons(w, &n);
		const char *name = u;

		strip_dot_slash(&name, &n);
		fn(name, n, arg);
		free(u);
		return;
	}
	if (!name_glob(w, n, fn, arg)) {
		strip_dot_slash(&w, &n);
		fn(w, n, arg);
	}
}

/* w with its leading '~' expanded as GNU make does (HOME is the
 * variable's value, without an undefined-variable warning), or NULL. */
static char *
tilde_name(const char *w, size_t n)
{
	struct strbuf home = STRBUF_INIT;
	bool warn = var_warn_undefined;
	char *t;

	if (!n || *w != '~')
		return NULL;
	var_warn_undefined = false;
	expand(&home, "$(HOME)", 7, &scope_global, NULL);
	var_warn_undefined = warn;
	t = tilde_expand(w, n, home.buf);
	sb_release(&home);
	return t;
}

/* one_name_at() after a leading '~' is expanded. */
static void
one_name(const char *w, size_t n, bool literal,
    void (*fn)(const char *name, size_t len, void *arg), void *arg)
{
	char *t = tilde_name(w, n);

	if (!t) {
		one_name_at(w, n, literal, fn, arg);
		return;
	}
	one_name_at(t, strlen(t), literal, fn, arg);
	free(t);
}

/* The next name of the file name list [*pp, end): "a\ b" names "a b",
 * as in GNU make.  *literal: see one_name().  The name is in the text
 * or in *scratch (the caller frees it). */
static const char *
next_file_name(const char **pp, const char *end, size_t *n, bool *literal,
    char **scratch)
{
	const char *w = next_name(pp, end, n);

	*literal = false;
	if (w && memchr(w, '\\', *n)) {
		*literal = memchr(w, ':', *n) != NULL;
		w = name_unescape(w, n, end, scratch);
		*literal = *literal || memchr(w, '\\', *n);
	}
	return w;
}

/* Call fn for every file name of text, wildcards expanded. */
static void
each_name(const char *text, size_t tlen,
    void (*fn)(const char *name, size_t len, void *arg), void *arg)
{
	const char *p = text, *end = text + tlen, *w;
	char *scratch = NULL;
	size_t n;
	bool literal;

	if (memchr(text, '\\', tlen)) {
		while ((w = next_file_name(&p, end, &n, &literal, &scratch)))
			one_name(w, n, literal, fn, arg);
		free(scratch);
		return;
	}
	/* the common case, without a backslash: plain words */
	while ((w = next_name(&p, end, &n)) != NULL) {
		if (*w == '~' || memchr(w, '*', n) || memchr(w, '?', n) ||
		    memchr(w, '[', n)) {
			one_name(w, n, false, fn, arg);
			continue;
		}
		strip_dot_slash(&w, &n);
		fn(w, n, arg);
	}
}

/* ---- assignments ---- */

/* Is there an assignment operator at p?  Sets op and its length. */
static size_t
op_at(const char *p, const char *end, enum assign_op *op)
{
	size_t left = (size_t)(end - p);

	if (left >= 1 && p[0] == '=') {
		*op = ASSIGN_RECURSIVE;
		return 1;
	}
	if (left >= 2 && p[1] == '=') {
		switch (p[0]) {
		case ':': *op = ASSIGN_SIMPLE; return 2;
		case '+': *op = ASSIGN_APPEND; return 2;
		case '?': *op = ASSIGN_CONDITIONAL; return 2;
		case '!': *op = ASSIGN_SHELL; return 2;
		default: break;
		}
	}
	if (left >= 3 && p[0] == ':' && p[1] == ':' && p[2] == '=') {
		*op = ASSIGN_SIMPLE;
		return 3;
	}
	return 0;
}

/* Find a variable assignment in [p, end) as GNU make does: the name may
 * hold references but no blank unless an operator follows the blanks,
 * and a ':' that starts no operator means a rule. */
static bool
find_assignment(const char *p, const char *end, const char **name_end,
    enum assign_op *op, const char **value)
{
	size_t n;

	while (p < end) {
		if (*p == '$') {
			p = expand_skip_ref(p, end);
			continue;
		}
		if ((n = op_at(p, end, op)) != 0) {
			*name_end = p;
			*value = p + n;
			return true;
		}
		/* GNU make finds no assignment past a '#', one that was
		 * escaped too: "a\#b = 1" is a missing separator */
		if (*p == ':' || *p == '#')
			return false;
		if (is_blank((unsigned char)*p)) {
			const char *q = skip_blanks(p, end);

			if (q == end || !op_at(q, end, op))
				return false;
			n = op_at(q, end, op);
			*name_end = p;
			*value = q + n;
			return true;
		}
		p++;
	}
	return false;
}

enum modifier {
	MOD_EXPORT = 1 << 0,
	MOD_OVERRIDE = 1 << 2,
	MOD_PRIVATE = 1 << 3,
	MOD_DEFINE = 1 << 4,
	MOD_UNDEFINE = 1 << 5,
};

/* Consume leading modifier words; a word followed by an operator is a
 * variable name, not a modifier.  As in GNU make, "unexport" is none:
 * it takes a list of names. */
static const char *
take_modifiers(const char *p, const char *end, unsigned *mods)
{
	static const struct { const char *w; unsigned m; } words[] = {
		{ "export", MOD_EXPORT }, { "override", MOD_OVERRIDE },
		{ "private", MOD_PRIVATE }, { "define", MOD_DEFINE },
		{ "undefine", MOD_UNDEFINE },
	};
	size_t i;
	bool again = true;

	*mods = 0;
	p = skip_blanks(p, end);
	while (again && !(*mods & (MOD_DEFINE | MOD_UNDEFINE))) {
		again = false;
		for (i = 0; i < countof(words); i++) {
			const char *q;
			enum assign_op op;

			if (!word_is(p, end, words[i].w))
				continue;
			q = skip_blanks(p + strlen(words[i].w), end);
			/* as GNU make: a bare define or undefine names an
			 * empty variable, a bare export or override is a
			 * directive of its own */
			if (q == end && (words[i].m & (MOD_DEFINE |
			    MOD_UNDEFINE))) {
				*mods |= words[i].m;
				return q;
			}
			if (q == end || op_at(q, end, &op))
				return p;
			*mods |= words[i].m;
			p = q;
			again = true;
			break;
		}
	}
	return p;
}

static unsigned
assign_flags(unsigned mods)
{
	unsigned f = 0;

	if (mods & MOD_OVERRIDE)
		f |= ASSIGN_OVERRIDE;
	if (mods & MOD_EXPORT)
		f |= ASSIGN_EXPORT;
	if (mods & MOD_PRIVATE)
		f |= ASSIGN_PRIVATE;
	return f;
}

static enum var_origin
origin_for(unsigned mods)
{
	return (mods & MOD_OVERRIDE) ? VAR_ORIGIN_OVERRIDE : VAR_ORIGIN_FILE;
}

/* Does [p, end) end in a '$' that starts no "$$"? */
static bool
lone_dollar_at_end(const char *p, const char *end)
{
	size_t n = 0;

	while (end > p && end[-1] == '$') {
		end--;
		n++;
	}
	return n % 2 == 1;
}

/* Expand a variable name and check it is not empty.  more: an
 * operator follows end in the line (an assignment's name): a '$' that
 * ends the name then takes the next character for a reference ("x$ =
 * 1" names x: "$ " is the variable " "), as GNU make reads it.  The
 * blanks around the text are not part of the name; those its expansion
 * gives are, when keep (an assignment's, not a define's or an
 * undefine's), as in GNU make. */
static void
expand_name_at(struct strbuf *out, const char *p, const char *end,
    const struct loc *loc, bool more, bool keep, const struct scope *sc)
{
	const char *s = skip_blanks(p, end), *e;

	e = trim_end(s, end);
	if (lone_dollar_at_end(s, e) && (e < end || more))
		e++;
	end = e;
	expand(out, s, (size_t)(end - s), sc, loc);
	if (keep) {
		if (out->len == 0)
			diag_fatal(loc, "empty variable name");
		return;
	}
	sb_rtrim(out);
	if (out->len && is_space((unsigned char)out->buf[0])) {
		size_t skip = (size_t)(skip_space(out->buf) - out->buf);

		memmove(out->buf, out->buf + skip, out->len - skip + 1);
		out->len -= skip;
	}
	if (out->len == 0)
		diag_fatal(loc, "empty variable name");
}

static void
expand_name(struct strbuf *out, const char *p, const char *end,
    const struct loc *loc)
{
	expand_name_at(out, p, end, loc, false, false, read_scope);
}

/* Assign in set; the value is expanded (for ':=', '!=' and so on) in
 * scope sc. */
static void
do_assign(struct varset *set, const struct scope *sc, const char *name_p,
    const char *name_end, enum assign_op op, const char *value,
    const char *end, unsigned mods, unsigned extra_flags,
    const struct loc *loc)
{
	struct strbuf name = STRBUF_INIT;

	/* (a target's in its own variables, as GNU make) */
	expand_name_at(&name, name_p, name_end, loc, true, true, sc);
	value = skip_blanks(value, end);
	expand_assign(set, name.buf, name.len, op, value,
	    (size_t)(end - value), origin_for(mods),
	    assign_flags(mods) | extra_flags, sc, loc);
	sb_release(&name);
}

/* ---- define ---- */

static char recipe_prefix(void);

/* Is the (joined) body line "WORD" or "WORD ..."?  As GNU make, a line
 * starting with the recipe prefix is body text, and so is "endef#c". */
static bool
is_define_word(const char *line, const char *w)
{
	const char *p = skip_blanks(line, line + strlen(line));
	size_t n = strlen(w);

	if (line[0] == recipe_prefix() || strncmp(p, w, n) != 0)
		return false;
	return p[n] == '\0' || is_blank((unsigned char)p[n]);
}

/* Warn about text after "endef" (a comment is fine). */
static void
check_endef_text(const char *line, const struct loc *loc)
{
	struct strbuf rest = STRBUF_INIT;

	sb_adds(&rest, skip_space(line) + 5);
	lex_strip_comment(&rest);
	if (*skip_space(rest.buf))
		diag_warn(loc, "extraneous text after 'endef' directive");
	sb_release(&rest);
}

/* "define NAME [op]": as GNU make, the first operator ends the name and
 * text after it is extraneous. */
static void
define_name(struct strbuf *name, enum assign_op *op, const char *p,
    const char *end, const struct loc *loc)
{
	const char *name_end, *value;

	end = trim_end(p, end);
	if (!find_assignment(p, end, &name_end, op, &value)) {
		*op = ASSIGN_RECURSIVE;
		name_end = end;
	} else if (skip_blanks(value, end) != end) {
		diag_warn(loc, "extraneous text after 'define' directive");
	}
	expand_name_at(name, p, name_end, loc, name_end < end, false,
	    read_scope);
}

static void
do_define(struct reader *r, const char *p, const char *end, unsigned mods)
{
	struct strbuf body = STRBUF_INIT, name = STRBUF_INIT;
	enum assign_op op;
	struct loc start = r->loc;
	int depth = 1;
	unsigned long first;
	bool any = false;

	define_name(&name, &op, p, end, &r->loc);
	for (;;) {
		if (!lex_logical(&r->lx, &r->raw, &first))
			diag_fatal(&start, "missing 'endef', unterminated "
			    "'define'");
		/* GNU make tells the last line of a joined one */
		r->loc.line = r->lx.one_line ? first : r->lx.line - 1;
		lex_collapse(&r->raw, r->posix_lines);
		if (is_define_word(r->raw.buf, "endef")) {
			check_endef_text(r->raw.buf, &r->loc);
			if (--depth == 0)
				break;
		} else if (is_define_word(r->raw.buf, "define")) {
			depth++;
		}
		if (any)
			sb_addc(&body, '\n');
		sb_add(&body, r->raw.buf, r->raw.len);
		any = true;
	}
	/* (defined at the define line; what the value's expansion says,
	 * at the endef line, as GNU make) */
	expand_assign_at(var_global, name.buf, name.len, op, body.buf,
	    body.len, origin_for(mods), assign_flags(mods), read_scope,
	    &start, &r->loc);
	sb_release(&body);
	sb_release(&name);
}

/* ---- conditionals ---- */

static bool
skipping(const struct reader *r)
{
	return r->nconds && !r->conds[r->nconds - 1].taking;
}

/* Split "(a,b)" or "'a' "b"" into two expanded strings.  Returns false
 * on invalid syntax. */
static bool
cond_args(const char *p, const char *end, const struct loc *loc,
    struct strbuf *a, struct strbuf *b, const char *kw)
{
	const char *e;

	p = skip_blanks(p, end);
	end = trim_end(p, end);
	if (p < end && *p == '(') {
		/* GNU make's counting: every '(' and ')', '$' or not; the
		 * comma is the first at a depth of 0 or less, the end the
		 * first ')' that closes nothing */
		int depth = 0;
		const char *q, *s2;

		for (q = p + 1; q < end; q++) {
			if (*q == '(')
				depth++;
			else if (*q == ')')
				depth--;
			else if (*q == ',' && depth <= 0)
				break;
		}
		if (q >= end)
			return false;
		e = q;
		while (e > p + 1 && is_blank((unsigned char)e[-1]))
			e--;
		expand_range(a, p + 1, e, loc);
		s2 = skip_blanks(q + 1, end);
		for (depth = 0, q = s2; q < end; q++) {
			if (*q == '(')
				depth++;
			else if (*q == ')' && depth-- <= 0)
				break;
		}
		if (q >= end)
			return false;
		/* (said before B expands, as GNU make) */
		if (skip_blanks(q + 1, end) != end)
			diag_warn(loc, "extraneous text after '%s' directive",
			    kw);
		expand_range(b, s2, q, loc);
		return true;
	}
	for (int i = 0; i < 2; i++) {
		char quote;

		p = skip_blanks(p, end);
		if (p >= end || (*p != '"' && *p != '\''))
			return false;
		quote = *p++;
		e = memchr(p, quote, (size_t)(end - p));
		if (!e)
			return false;
		if (i && skip_blanks(e + 1, end) != end)
			diag_warn(loc, "extraneous text after '%s' directive",
			    kw);
		expand_range(i ? b : a, p, e, loc);
		p = e + 1;
	}
	return true;
}

/* Evaluate the condition of an ifdef/ifndef/ifeq/ifneq. */
static bool
cond_eval(const char *kw, const char *p, const char *end,
    const struct loc *loc)
{
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
	bool res;

	if (kw[2] == 'd' || kw[3] == 'd') {	/* ifdef, ifndef */
		const struct var *v;
		const char *w;

		expand_range(&a, skip_blanks(p, end), end, loc);
		sb_rtrim(&a);
		w = a.buf;
		while (*w && !is_space((unsigned char)*w))
			w++;
		if (*skip_space(w))
			diag_fatal(loc, "invalid syntax in conditional");
		v = var_lookup(read_scope, a.buf, a.len, NULL);
		res = v && v->len > 0;
		if (kw[2] == 'n')
			res = !res;
	} else {
		if (!cond_args(p, end, loc, &a, &b, kw))
			diag_fatal(loc, "invalid syntax in conditional");
		res = strcmp(a.buf, b.buf) == 0;
		if (kw[2] == 'n')
			res = !res;
	}
	sb_release(&a);
	sb_release(&b);
	return res;
}

static const char *
cond_keyword(const char *p, const char *end)
{
	static const char *const kws[] = { "ifdef", "ifndef", "ifeq",
	    "ifneq", "else", "endif" };
	size_t i;

	if (p == end || (*p != 'i' && *p != 'e'))
		return NULL;
	for (i = 0; i < countof(kws); i++) {
		size_t n = strlen(kws[i]);

		/* a whole word: "ifeq(a,b)" is none, as in GNU make */
		if ((size_t)(end - p) >= n && memcmp(p, kws[i], n) == 0 &&
		    (p + n == end || is_blank((unsigned char)p[n])))
			return kws[i];
	}
	return NULL;
}

/* Handle a conditional line; returns false if the line is not one. */
static bool
do_conditional(struct reader *r, const char *p, const char *end)
{
	const char *kw = cond_keyword(p, end);
	struct cond *c;

	if (!kw)
		return false;
	p = skip_blanks(p + strlen(kw), end);
	if (strcmp(kw, "endif") == 0) {
		/* (as GNU make: the text is told of first) */
		if (p != end)
			diag_warn(&r->loc, "extraneous text after 'endif' "
			    "directive");
		if (!r->nconds)
			diag_fatal(&r->loc, "extraneous 'endif'");
		r->nconds--;
		return true;
	}
	if (strcmp(kw, "else") == 0) {
		const char *kw2;

		if (!r->nconds)
			diag_fatal(&r->loc, "extraneous 'else'");
		c = &r->conds[r->nconds - 1];
		if (c->seen_else)
			diag_fatal(&r->loc, "only one 'else' per conditional");
		kw2 = cond_keyword(p, end);
		if (p == end) {
			c->seen_else = true;
			c->taking = !c->outer_skip && !c->any_taken;
		} else if (kw2 && kw2[0] == 'i') {
			p = skip_blanks(p + strlen(kw2), end);
			if (c->outer_skip || c->any_taken) {
				c->taking = false;
			} else {
				c->taking = cond_eval(kw2, p, end, &r->loc);
				c->any_taken = c->taking;
			}
		} else {
			diag_warn(&r->loc, "extraneous text after 'else' "
			    "directive");
			c->seen_else = true;
			c->taking = !c->outer_skip && !c->any_taken;
		}
		if (c->taking)
			c->any_taken = true;
		return true;
	}
	XGROW(r->conds, r->nconds + 1, r->conds_alloc);
	c = &r->conds[r->nconds];
	c->outer_skip = skipping(r);
	c->seen_else = false;
	c->taking = c->outer_skip ? false : cond_eval(kw, p, end, &r->loc);
	c->any_taken = c->taking;
	r->nconds++;
	return true;
}

/* ---- rules ---- */

static struct dep *
dep_new(struct node *n)
{
	struct dep *d = arena_alloc(sizeof(*d));

	d->node = n;
	return d;
}

struct deplist {
	struct dep *head, **tail;
	struct dep *oo_head, **oo_tail;
	bool in_oo;
};

static void
add_dep_name(const char *name, size_t len, void *arg)
{
	struct deplist *dl = arg;
	struct dep *d;

	d = dl->in_oo ? graph_oo_dep(graph_node(name, len), 0) :
	    dep_new(graph_node(name, len));
	d->node->flags |= NODE_MENTIONED;
	if (dl->in_oo) {
		*dl->oo_tail = d;
		dl->oo_tail = &d->next;
	} else {
		*dl->tail = d;
		dl->tail = &d->next;
	}
}

static void
deplist_init(struct deplist *dl)
{
	memset(dl, 0, sizeof(*dl));
	dl->tail = &dl->head;
	dl->oo_tail = &dl->oo_head;
}

/* The default goal is the first target that is not special, not a
 * pattern, and does not start with '.' unless it holds a '/'. */
bool parse_no_default_goal;
bool parse_dont_care;
bool parse_listing;
bool parse_target_vars;
const struct loc *parse_in_recipe;
bool parse_rules_closed;

static void
maybe_default_goal(const char *name)
{
	/* whether .DEFAULT_GOAL is set, looked up again only after a
	 * variable changed: it is asked for every target */
	static unsigned long at;
	static bool known, set;

	if (parse_no_default_goal)
		return;
	if (!known || at != var_changes) {
		const char *cur = var_global_raw(".DEFAULT_GOAL");

		set = cur && *cur;
		at = var_changes;
		known = true;
	}
	if (set)
		return;
	if (name[0] == '.' && !strchr(name, '/'))
		return;
	if (strchr(name, '%'))
		return;
	varset_set(var_global, ".DEFAULT_GOAL", 13, name, strlen(name),
	    VAR_SIMPLE, VAR_ORIGIN_FILE, NULL);
	parse_result.first_target = graph_node(name, strlen(name));
}

static void
pending_add_target(struct pending *pr, struct node *n)
{
	XGROW(pr->t, pr->nt + 1, pr->t_alloc);
	memset(&pr->t[pr->nt], 0, sizeof(pr->t[0]));
	pr->t[pr->nt++].node = n;
}

/* .SILENT, .IGNORE and .SECONDARY apply to every target only when they
 * have no prerequisites at all, in any of their rules: all, set by a
 * rule without any, stays set until one names some (named). */
static void
set_flag_deps(const char *text, size_t len, unsigned flag, bool *all,
    bool *named)
{
	const char *p = text, *end = text + len, *w;
	size_t n;
	bool any = false;
	char *scratch = NULL;

	while ((w = next_name(&p, end, &n)) != NULL) {
		w = name_unescape(w, &n, end, &scratch);
		strip_dot_slash(&w, &n);
		any = true;
		if ((flag & NODE_PRECIOUS) && memchr(w, '%', n))
			rule_add_precious_pattern(w, n);
		graph_node(w, n)->flags |= flag;
	}
	free(scratch);
	if (!all)
		return;
	if (any)
		*named = true;
	*all = !*named;
}

/* .LOW_RESOLUTION_TIME: those files' times count to the second */
static void
set_low_res_deps(const char *text, size_t len)
{
	const char *p = text, *end = text + len, *w;
	size_t n;
	char *scratch = NULL;

	while ((w = next_name(&p, end, &n)) != NULL) {
		w = name_unescape(w, &n, end, &scratch);
		strip_dot_slash(&w, &n);
		graph_more(graph_node(w, n))->low_res = true;
	}
	free(scratch);
}

/* A special target's prerequisites take effect at once.  Returns true
 * when the target is special (and so makes no ordinary rule). */
/* Special targets whose prerequisites wait for the second expansion
 * (after .SECONDEXPANSION, with a '$' left): applied by parse_finish(),
 * as GNU make applies them once all makefiles are read. */
static struct deferred_special {
	const char *name;
	const char *deps;
	struct loc loc;
} *deferred;
static size_t ndeferred, adeferred;
static bool applying_deferred;

static bool
do_special(const char *name, const char *deps, size_t dlen,
    const struct loc *loc)
{
	struct parse_result *pr = &parse_result;
	unsigned flag = NODE_MENTIONED;
	bool *all = NULL, *named = NULL;

	if (name[0] != '.' || !parse_is_special(name))
		return false;
	if (!strcmp(name, ".DEFAULT"))
		return false;	/* has a recipe: an ordinary node */
	if (pr->second_expansion && !applying_deferred &&
	    memchr(deps, '$', dlen)) {
		/* GNU make expands them again once everything is read */
		XGROW(deferred, ndeferred + 1, adeferred);
		deferred[ndeferred].name = arena_strdup(name);
		deferred[ndeferred].deps = arena_strndup(deps, dlen);
		deferred[ndeferred].loc = *loc;
		ndeferred++;
		return true;
	}
	special_note(name, deps, dlen);
	/* (flag: NODE_MENTIONED for every one, as any prerequisite they
	 * are files make knows of: an implicit rule's prerequisite "ought
	 * to exist", -p lists them; and the special target's own flag) */
	if (!strcmp(name, ".PHONY"))
		flag |= NODE_PHONY;
	else if (!strcmp(name, ".PRECIOUS"))
		/* (without any, GNU make 4.3 makes nothing precious) */
		flag |= NODE_PRECIOUS;
	else if (!strcmp(name, ".INTERMEDIATE")) {
		flag |= NODE_INTERMEDIATE;
		graph_any_intermediate = true;
	} else if (!strcmp(name, ".NOTINTERMEDIATE"))
		flag |= NODE_NOTINTERMEDIATE;
	else if (!strcmp(name, ".SECONDARY")) {
		flag |= NODE_SECONDARY;
		all = &pr->secondary_all;
		named = &pr->secondary_named;
	} else if (!strcmp(name, ".SILENT")) {
		flag |= NODE_SILENT;
		all = &pr->silent_all;
		named = &pr->silent_named;
	} else if (!strcmp(name, ".IGNORE")) {
		flag |= NODE_IGNORE;
		all = &pr->ignore_all;
		named = &pr->ignore_named;
	}
	set_flag_deps(deps, dlen, flag, all, named);
	if (flag != NODE_MENTIONED)
		return true;
	if (!strcmp(name, ".SUFFIXES"))
		suffix_add(deps, dlen);
	else if (!strcmp(name, ".SECONDEXPANSION"))
		pr->second_expansion = true;
	else if (!strcmp(name, ".DELETE_ON_ERROR"))
		pr->delete_on_error = true;
	else if (!strcmp(name, ".EXPORT_ALL_VARIABLES"))
		pr->export_all = true;
	else if (!strcmp(name, ".NOTPARALLEL"))
		pr->not_parallel = true;
	else if (!strcmp(name, ".LOW_RESOLUTION_TIME"))
		set_low_res_deps(deps, dlen);
	else if (!strcmp(name, ".ONESHELL"))
		pr->oneshell = expand_oneshell = true;
	else if (!strcmp(name, ".POSIX")) {
		pr->posix = true;
		posix_vars_pending = true;
	}
	return true;
}

/* POSIX's defaults, as GNU make 4.3 (Debian's) sets them when it
 * records the .POSIX rule: at the next line that is no conditional
 * (an "ifeq ($(CC),c99)" right after it still sees cc).  Each recipe
 * line then runs with -e. */
static void
posix_vars(void)
{
	static const char *const vars[][2] = {
		{ ".SHELLFLAGS", "-ec" }, { "ARFLAGS", "-rvU" },
		{ "CC", "c99" }, { "CFLAGS", "-O1" },
		{ "FC", "fort77" }, { "FFLAGS", "-O1" },
		{ "SCCSGETFLAGS", "-s" },
	};
	size_t i;

	posix_vars_pending = false;
	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		var_define_global(vars[i][0], vars[i][1], VAR_SIMPLE,
		    VAR_ORIGIN_DEFAULT);
}

static struct recipe *
make_recipe(struct pending *pr)
{
	struct recipe *rc = arena_alloc(sizeof(*rc));

	rc->prefix = recipe_prefix();
	rc->nlines = pr->nlines;
	if (pr->nlines) {
		rc->lines = arena_alloc(pr->nlines * sizeof(rc->lines[0]));
		memcpy(rc->lines, pr->lines,
		    pr->nlines * sizeof(rc->lines[0]));
	}
	/* GNU's recipe location is its first line's. */
	rc->loc = pr->nlines ? pr->lines[0].loc : pr->loc;
	return rc;
}

static struct dep *
dep_concat(struct dep *a, struct dep *b)
{
	struct dep **tail = &a;

	while (*tail)
		tail = &(*tail)->next;
	*tail = b;
	return a;
}

/* Copy a dep list (the same list is shared by several targets), of
 * order-only ones if oo. */
static struct dep *
dep_copy(const struct dep *d, bool oo)
{
	struct dep *head = NULL, **tail = &head;

	for (; d; d = d->next) {
		*tail = oo ? graph_oo_dep(d->node, 0) : dep_new(d->node);
		tail = &(*tail)->next;
	}
	return head;
}

/* The target's lists, or copies of them while another target of the
 * rule line still needs them: all targets of a plain rule line share
 * one list, the last one takes it. */
static struct dep *
take_deps(struct dep *d, bool shared)
{
	return shared ? dep_copy(d, false) : d;
}

/* The same for the order-only ones, each after before normal ones. */
static struct dep *
take_oo(struct dep *d, bool shared, size_t before)
{
	struct dep *head = shared ? dep_copy(d, true) : d;

	for (d = head; d; d = d->next)
		dep_set_before(d, before);
	return head;
}

static size_t
dep_count(const struct dep *d)
{
	size_t n = 0;

	for (; d; d = d->next)
		n++;
	return n;
}

static struct rule_sx *
rule_sx_new(const struct ptarget *t, const struct rule *r)
{
	struct rule_sx *sx = arena_alloc(sizeof(*sx));

	sx->deps = t->deps_text;
	sx->stem = t->stem;
	sx->pos = dep_count(r->deps);
	sx->oo_pos = dep_count(r->order_only);
	return sx;
}

/* A rule line with a recipe puts its prerequisites before the others:
 * the texts already there move along by what it adds, and its own text
 * (if any) comes first. */
static void
sx_prepend(struct rule *r, const struct ptarget *t, size_t n, size_t noo)
{
	struct rule_sx *sx;

	for (sx = r->sx; sx; sx = sx->next) {
		sx->pos += n;
		sx->oo_pos += noo;
	}
	if (t->deps_text) {
		sx = arena_alloc(sizeof(*sx));
		sx->deps = t->deps_text;
		sx->stem = t->stem;
		sx->next = r->sx;
		r->sx = sx;
	}
}

static void
sx_append(struct rule *r, const struct ptarget *t)
{
	struct rule_sx **tail = &r->sx;

	if (!t->deps_text)
		return;
	while (*tail)
		tail = &(*tail)->next;
	*tail = rule_sx_new(t, r);
}

static void
attach_single(struct pending *pr, struct ptarget *t, struct recipe *rc,
    bool shared_deps, bool shared_oo)
{
	struct node *n = t->node;
	struct rule *r = n->rules;

	if (n->flags & NODE_DOUBLE_COLON)
		diag_fatal(&pr->loc, "target file '%s' has both : and :: "
		    "entries", n->name);
	if (!r) {
		r = arena_alloc(sizeof(*r));
		r->loc = pr->loc;
		n->rules = r;
	}
	if (rc) {
		size_t nd = dep_count(t->deps);

		if (r->recipe) {
			diag_warning(&rc->loc, "overriding recipe for target "
			    "'%s'", n->name);
			diag_warning(&r->recipe->loc, "ignoring old recipe for "
			    "target '%s'", n->name);
		}
		r->recipe = rc;
		sx_prepend(r, t, nd, dep_count(t->order_only));
		r->deps = dep_concat(take_deps(t->deps, shared_deps),
		    r->deps);
		/* the line's order-only ones after its normal ones, and all
		 * before the others, as GNU keeps both in one list */
		graph_oo_shift(r->order_only, nd);
		r->order_only = dep_concat(take_oo(t->order_only,
		    shared_oo, nd), r->order_only);
		r->loc = pr->loc;
	} else {
		sx_append(r, t);
		r->deps = dep_concat(r->deps, take_deps(t->deps,
		    shared_deps));
		if (t->order_only)
			r->order_only = dep_concat(r->order_only,
			    take_oo(t->order_only, shared_oo,
			    dep_count(r->deps)));
	}
	if (t->stem)
		r->stem = t->stem;
}

static void
attach_double(struct pending *pr, struct ptarget *t, struct recipe *rc,
    bool shared_deps, bool shared_oo)
{
	struct node *n = t->node;
	struct rule *r, **tail;

	if (n->rules && !(n->flags & NODE_DOUBLE_COLON))
		diag_fatal(&pr->loc, "target file '%s' has both : and :: "
		    "entries", n->name);
	n->flags |= NODE_DOUBLE_COLON;
	r = arena_alloc(sizeof(*r));
	r->loc = pr->loc;
	r->recipe = rc;
	r->deps = take_deps(t->deps, shared_deps);
	r->order_only = take_oo(t->order_only, shared_oo,
	    dep_count(r->deps));
	r->stem = t->stem;
	r->sx = t->deps_text ? rule_sx_new(t, r) : NULL;
	for (tail = &n->rules; *tail; tail = &(*tail)->next)
		;
	*tail = r;
}

/* The targets of a grouped rule ("a b &:") made one group, each
 * pointing to the next; GNU make's warning, last target first, for one
 * that was a target of a grouped rule already or is named twice. */
static void
set_group(struct pending *pr)
{
	struct node **v = xmalloc(pr->nt * sizeof(*v));
	size_t i, k, nv = 0;

	for (i = pr->nt; i-- > 0;) {
		struct node *n = pr->t[i].node;
		bool again = n->flags & NODE_GROUPED;

		for (k = i + 1; k < pr->nt && !again; k++)
			again = pr->t[k].node == n;
		/* (a '::' rule is a new entry of its own for each target:
		 * GNU make has no membership to override) */
		if (again && !pr->double_colon)
			diag_warning(&pr->loc, "overriding group membership "
			    "for target '%s'", n->name);
	}
	for (i = 0; i < pr->nt; i++) {
		pr->t[i].node->flags |= NODE_GROUPED;
		if (!pr->t[i].dup)
			v[nv++] = pr->t[i].node;
	}
	graph_group(v, nv);
	free(v);
}

/* A warning about the rule's targets, said when it is recorded. */
static void
add_note(struct pending *pr, char *note)
{
	XGROW(pr->notes, pr->nnotes + 1, pr->notes_alloc);
	pr->notes[pr->nnotes++] = note;
}

/* The rule line's recipe is complete: attach everything. */
static void
finish_rule(struct reader *r)
{
	struct pending *pr = &r->rule;
	struct recipe *rc = NULL;
	size_t i;

	pr->no_targets = false;
	r->posix_lines = parse_result.posix;
	if (posix_vars_pending)
		posix_vars();
	if (!pr->active)
		return;
	pr->active = false;
	for (i = 0; i < pr->nnotes; i++) {
		diag_warn(&pr->loc, "%s", pr->notes[i]);
		free(pr->notes[i]);
	}
	pr->nnotes = 0;
	if (pr->record_error)
		diag_fatal(&pr->loc, "%s", pr->record_error);
	if (pr->has_recipe)
		rc = make_recipe(pr);
	if (pr->grouped && !rc)
		diag_fatal(&pr->loc, "grouped targets must provide a recipe");
	if (pr->pat) {
		pr->pat->recipe = rc;
		graph_add_pattern(pr->pat);
		pr->pat = NULL;
		return;
	}
	for (i = 0; i < pr->nt; i++) {
		const struct ptarget *last = &pr->t[pr->nt - 1];
		bool sd = i + 1 < pr->nt && pr->t[i].deps == last->deps;
		bool so = i + 1 < pr->nt &&
		    pr->t[i].order_only == last->order_only;

		if (pr->double_colon && pr->grouped && pr->t[i].dup) {
			/* "a a&::": GNU make's second entry is made by
			 * the first's run of the recipe, never run itself */
			continue;
		} else if (pr->double_colon) {
			/* as GNU make: "a a::" is two rules for a */
			attach_double(pr, &pr->t[i], rc, sd, so);
		} else if (pr->t[i].dup) {
			/* as GNU make: said only of a rule with a recipe */
			if (rc)
				diag_warn(&pr->loc, "target '%s' given more "
				    "than once in the same rule",
				    pr->t[i].node->name);
		} else {
			attach_single(pr, &pr->t[i], rc, sd, so);
		}
	}
	if (pr->grouped)
		set_group(pr);
	if (rc && pr->nt == 1 && !strcmp(pr->t[0].node->name, ".DEFAULT"))
		parse_result.default_node = pr->t[0].node;
}

static void
add_recipe_line(struct reader *r, const char *text, size_t len,
    const struct loc *loc)
{
	struct pending *pr = &r->rule;

	XGROW(pr->lines, pr->nlines + 1, pr->lines_alloc);
	pr->lines[pr->nlines].text = arena_strndup(text, len);
	pr->lines[pr->nlines].loc = *loc;
	pr->nlines++;
	pr->has_recipe = true;
}

/* varset_foreach() callback: a pattern line's variable (the set's
 * one). */
static void
note_pattern_var(struct var *v, void *arg)
{
	struct pattern_var *pv = arg;

	pv->var = v;
}

/* Target-specific or pattern-specific assignment "VAR op val" for the
 * expanded target names. */
/* The globals as a target's or pattern's variable line sees them: GNU
 * make's global set list, which holds the levels of a $(foreach) or
 * $(call) run while the makefiles are read (push_new_variable_scope()
 * puts them in it), not those of one run in a recipe. */
static const struct scope *
global_head(void)
{
	const struct scope *s = read_scope;

	while (s && s->func)
		s = s->parent;
	return s == &scope_global ? read_scope : &scope_global;
}

static void
do_target_vars(struct reader *r, const struct strbuf *targets,
    const char *p, const char *end)
{
	const char *name_end, *value, *q, *w;
	enum assign_op op;
	unsigned mods;
	size_t n;
	bool any = false;
	char *scratch = NULL;

	p = take_modifiers(p, end, &mods);
	if (!find_assignment(p, end, &name_end, &op, &value))
		BUG("not a target variable line");
	q = targets->buf;
	while ((w = next_name(&q, targets->buf + targets->len, &n)) != NULL) {
		struct varset *set;
		/* GNU make expands a target's variable name, and its ':='
		 * or '!=', among that target's variables (its earlier '+='
		 * counts), the globals as its parent's (a private one out
		 * of sight); a pattern's among the globals */
		struct scope gpar = { NULL, global_head(), true, false };
		struct scope tsc = { NULL, &gpar, false, false };
		const struct scope *sc = gpar.parent;
		struct pattern_var *pv = NULL;

		w = name_unescape(w, &n, targets->buf + targets->len,
		    &scratch);
		strip_dot_slash(&w, &n);
		if (memchr(w, '%', n)) {
			struct pattern_var **tail = &graph_pattern_vars;

			pv = arena_alloc(sizeof(*pv));
			pv->pattern = arena_strndup(w, n);
			pv->vars = varset_new();
			while (*tail)
				tail = &(*tail)->next;
			*tail = pv;
			set = pv->vars;
		} else {
			struct node *nd = graph_node(w, n);

			nd->flags |= NODE_MENTIONED;
			struct node_more *m = graph_more(nd);

			if (!m->vars)
				m->vars = varset_new();
			set = m->vars;
			tsc.vars = set;
			sc = &tsc;
			parse_target_vars = true;
		}
		do_assign(set, sc, p, name_end, op, value, end, mods,
		    ASSIGN_TARGET | (pv ? ASSIGN_PATTERN : 0),
		    &r->loc);
		if (pv) {
			pv->op = (int)op;
			varset_foreach(set, note_pattern_var, pv);
		}
		any = true;
	}
	free(scratch);
	r->rule.no_targets = !any;
}

static const char **
pattern_words(const char *text, size_t len, size_t *count)
{
	const char **v = NULL, *p = text, *end = text + len, *w;
	size_t n, nv = 0, alloc = 0;
	char *scratch = NULL;

	while ((w = next_name(&p, end, &n)) != NULL) {
		w = name_unescape(w, &n, end, &scratch);
		strip_dot_slash(&w, &n);
		XGROW(v, nv + 1, alloc);
		v[nv++] = arena_strndup(w, n);
	}
	free(scratch);
	*count = nv;
	if (!nv) {
		free(v);
		return NULL;
	}
	{
		const char **a = arena_alloc(nv * sizeof(*a));

		memcpy(a, v, nv * sizeof(*a));
		free(v);
		return a;
	}
}

static void
start_pattern_rule(struct reader *r, const char *targets, size_t tlen,
    const char *deps, size_t dlen)
{
	struct pattern_rule *pat = arena_alloc(sizeof(*pat));
	const char *oo, *normal;
	size_t nlen, oolen;
	char *buf = NULL;

	normal = prereq_split(deps, dlen, &nlen, &oo, &oolen, &buf);
	pat->targets = pattern_words(targets, tlen, &pat->ntargets);
	pat->deps = pattern_words(normal, nlen, &pat->ndeps);
	pat->order_only = pattern_words(oo, oolen, &pat->norder_only);
	free(buf);
	pat->terminal = r->rule.double_colon;
	pat->loc = r->loc;
	r->rule.pat = pat;
}

struct target_words {
	struct reader *r;
	bool any_pattern, any_plain;
	bool first_plain;	/* the first target has no '%' */
	size_t late_patterns;	/* patterns after a plain first target */
};

static void note_listed(struct reader *r, const char *name, size_t len);

static void
note_target_kind(const char *name, size_t len, void *arg)
{
	struct target_words *tw = arg;
	struct strbuf u = STRBUF_INIT;
	bool pattern = pattern_unquote(&u, name, len) != SIZE_MAX;

	sb_release(&u);
	if (!tw->any_pattern && !tw->any_plain)
		tw->first_plain = !pattern;
	if (pattern) {
		tw->any_pattern = true;
		tw->late_patterns += tw->first_plain;
	} else {
		tw->any_plain = true;
		if (parse_listing && *name != '.' && tw->r->loc.file)
			note_listed(tw->r, name, len);
	}
}

struct static_ctx {
	struct reader *r;
	const char *tpat;
	const char *tpct;	/* its '%' */
	const char *deps;
	size_t dlen;
};

/* Append [w, w + n) to sb with stem for its '%' at pct. */
static void
put_stem(struct strbuf *sb, const char *w, size_t n, const char *pct,
    const char *stem, size_t slen)
{
	sb_add(sb, w, (size_t)(pct - w));
	sb_add(sb, stem, slen);
	sb_add(sb, pct + 1, n - (size_t)(pct - w) - 1);
}

/* fn for every name of the prerequisite text of a static pattern rule,
 * the first '%' of each the stem.  A stem of several words ("a b", from
 * the target "a\ b.o") gives one name with the word put in for each of
 * them in turn, "% x.c" making "a x.c b x.c", as GNU make 4.3 does. */
static void
each_stem_name(const char *text, size_t len, const char *stem,
    size_t slen, void (*fn)(const char *name, size_t len, void *arg),
    void *arg)
{
	const char *p = text, *end = text + len, *w, *pct;
	struct strbuf sb = STRBUF_INIT;
	char *scratch = NULL;
	size_t n;
	bool literal;

	while ((w = next_file_name(&p, end, &n, &literal, &scratch)) != NULL) {
		const char *sp = stem, *sw;
		size_t swl;

		if (!(pct = memchr(w, '%', n))) {
			one_name(w, n, literal, fn, arg);
			continue;
		}
		sb_setlen(&sb, 0);
		if (!memchr(stem, ' ', slen) && !memchr(stem, '\t', slen)) {
			put_stem(&sb, w, n, pct, stem, slen);
		} else {
			while ((sw = next_word(&sp, stem + slen, &swl))) {
				if (sb.len)
					sb_addc(&sb, ' ');
				put_stem(&sb, w, n, pct, sw, swl);
			}
		}
		if (sb.len)	/* ("%" and an empty stem: no name) */
			one_name(sb.buf, sb.len, literal, fn, arg);
	}
	sb_release(&sb);
	free(scratch);
}

/* For a second expansion: every '%' of text becomes "$*", which that
 * expansion makes the stem ("$$(patsubst %.o,%.c,$$@)" works), as GNU
 * make does; not only the first of each word, as subst_stem() does. */
static void
pct_to_stem_ref(struct strbuf *out, const char *text, size_t len)
{
	const char *p = text, *end = text + len, *pct;

	while ((pct = memchr(p, '%', (size_t)(end - p))) != NULL) {
		sb_add(out, p, (size_t)(pct - p));
		sb_adds(out, "$*");
		p = pct + 1;
	}
	sb_add(out, p, (size_t)(end - p));
}

static void
add_target(struct reader *r, const char *name, size_t len)
{
	struct pending *pr = &r->rule;
	struct node *n = graph_node(name, len);
	size_t i;

	for (i = 0; i < pr->nt; i++)
		if (pr->t[i].node == n) {
			/* see finish_rule */
			pending_add_target(pr, n);
			pr->t[pr->nt - 1].dup = true;
			return;
		}
	n->flags |= NODE_TARGET | NODE_MENTIONED;
	if (!n->loc.file)
		n->loc = r->loc;
	pending_add_target(pr, n);
	maybe_default_goal(n->name);
}

/* A target of an explicit rule: "a\%b" names a%b. */
static void
add_plain_target(const char *name, size_t len, void *arg)
{
	struct strbuf u = STRBUF_INIT;

	pattern_unquote(&u, name, len);
	add_target(arg, u.buf, u.len);
	sb_release(&u);
}

static void
add_static_target(const char *name_in, size_t len_in, void *arg)
{
	struct static_ctx *sc = arg;
	struct pending *pr = &sc->r->rule;
	struct strbuf deps = STRBUF_INIT, u = STRBUF_INIT;
	struct deplist dl;
	const char *stem, *name;
	size_t stemlen, len;

	/* a pattern after the first target (a plain one): said, as GNU
	 * make, and taken as a name */
	if (pattern_unquote(&u, name_in, len_in) != SIZE_MAX)
		add_note(pr, xstrdup("*** mixed implicit and normal rules: "
		    "deprecated syntax"));
	name = u.buf;
	len = u.len;
	add_target(sc->r, name, len);
	if (!pattern_match_at(sc->tpat, sc->tpct, name, len, &stem,
	    &stemlen)) {
		/* GNU warns and gives the target no prerequisites. */
		add_note(pr, xasprintf("target '%.*s' doesn't match the "
		    "target pattern", (int)len, name));
		sb_release(&u);
		return;
	}
	pr->t[pr->nt - 1].stem = arena_strndup(stem, stemlen);
	if (parse_result.second_expansion && memchr(sc->deps, '$', sc->dlen)) {
		/* split at its '|' once expanded again, as GNU make */
		pct_to_stem_ref(&deps, sc->deps, sc->dlen);
		pr->t[pr->nt - 1].deps_text = arena_strndup(deps.buf,
		    deps.len);
	} else {
		const char *oo, *normal;
		size_t nlen, oolen;
		char *buf = NULL;

		deplist_init(&dl);
		normal = prereq_split(sc->deps, sc->dlen, &nlen, &oo, &oolen,
		    &buf);
		each_stem_name(normal, nlen, stem, stemlen, add_dep_name, &dl);
		dl.in_oo = true;
		each_stem_name(oo, oolen, stem, stemlen, add_dep_name, &dl);
		free(buf);
		pr->t[pr->nt - 1].deps = dl.head;
		pr->t[pr->nt - 1].order_only = dl.oo_head;
	}
	sb_release(&deps);
	sb_release(&u);
}

/* "targets: prerequisites" without patterns. */
static void
add_plain_rule(struct reader *r, const struct strbuf *targets,
    const struct strbuf *deps)
{
	struct pending *pr = &r->rule;
	struct deplist dl;
	size_t i;

	each_name(targets->buf, targets->len, add_plain_target, r);
	/* As GNU make: a special target among others takes effect as it
	 * does alone (".SUFFIXES .PHONY: .q"). */
	for (i = 0; i < pr->nt; i++)
		(void)do_special(pr->t[i].node->name, deps->buf, deps->len,
		    &r->loc);
	deplist_init(&dl);
	if (parse_result.second_expansion &&
	    memchr(deps->buf, '$', deps->len)) {
		/* split at its '|' once expanded again, as GNU make; its
		 * "\:" is ':' already ("$$(@\:%=%.o)" refers to $@) */
		size_t n = deps->len;
		char *u = unescape_colons(deps->buf, &n);

		pr->deps_text = arena_strndup(u, n);
		free(u);
	} else {
		const char *oo, *normal;
		size_t nlen, oolen;
		char *buf = NULL;

		normal = prereq_split(deps->buf, deps->len, &nlen, &oo, &oolen,
		    &buf);
		each_name(normal, nlen, add_dep_name, &dl);
		dl.in_oo = true;
		each_name(oo, oolen, add_dep_name, &dl);
		free(buf);
	}
	for (i = 0; i < pr->nt; i++) {
		pr->t[i].deps = dl.head;
		pr->t[i].order_only = dl.oo_head;
		pr->t[i].deps_text = pr->deps_text;
	}
}

/* How a rule line came: its recipe text after a ';' and whether the
 * line is expanded already. */
struct rule_line {
	const char *recipe;	/* text after the ';', or NULL */
	size_t recipe_len;
	bool recipe_raw;	/* the ';' was written, not expanded: a
				 * target variable's value goes on past it */
	bool expanded;		/* the line is expanded: read it as it is */
	bool targets_read;	/* the text before the colon is expanded
				 * already, its '$'s doubled */
};

/* Append [p, end) to out, expanded unless rl says it is already. */
static void
rule_part(struct strbuf *out, const char *p, const char *end,
    const struct rule_line *rl, const struct loc *loc)
{
	if (rl->expanded)
		sb_add(out, p, (size_t)(end - p));
	else
		expand_range(out, p, end, loc);
}

/* The first c in [p, end) that no odd run of backslashes escapes. */
static const char *
find_unescaped(const char *p, const char *end, char c)
{
	size_t k = 0;

	for (; p < end; p++) {
		if (*p == c && k % 2 == 0)
			return p;
		k = *p == '\\' ? k + 1 : 0;
	}
	return NULL;
}

/* The targets of a rule line as written, [p, end), expanded into out.
 * GNU make reads them a word at a time and joins the words with one
 * space: after a backslash, blanks are one escaped space ("a\<TAB>b:"
 * and "a\  b:" name "a b").  Only such a line is copied to join. */
static void
target_part(struct strbuf *out, const char *p, const char *end,
    const struct rule_line *rl, const struct loc *loc)
{
	struct strbuf j = STRBUF_INIT;

	if (rl->expanded || !memchr(p, '\\', (size_t)(end - p))) {
		rule_part(out, p, end, rl, loc);
		return;
	}
	while (p < end) {
		const char *q = p + 1;

		if (is_blank((unsigned char)*p)) {
			sb_addc(&j, ' ');
			p = skip_blanks(p, end);
			continue;
		}
		if (*p == '$')
			q = expand_skip_ref(p, end);
		sb_add(&j, p, (size_t)(q - p));
		p = q;
	}
	expand_range(out, j.buf, j.buf + j.len, loc);
	sb_release(&j);
}

/* Without a written ';', GNU make looks for one in the expanded line:
 * cut sb there and make the rest the recipe. */
static void
expanded_semicolon(struct strbuf *sb, size_t from, struct rule_line *rl,
    struct strbuf *recipe)
{
	const char *s;

	if (rl->recipe)
		return;
	s = memchr(sb->buf + from, ';', sb->len - from);
	if (!s)
		return;
	sb_add(recipe, s + 1, (size_t)(sb->buf + sb->len - s - 1));
	sb_setlen(sb, (size_t)(s - sb->buf));
	rl->recipe = recipe->buf;
	rl->recipe_len = recipe->len;
}

static void do_rule(struct reader *r, const char *p, const char *end,
    const struct rule_line *rl);

/* A rule line without a colon as written: the colon may come from an
 * expansion; read the expanded line. */
static void
rule_no_colon(struct reader *r, const char *p, const char *end,
    const struct rule_line *rl)
{
	struct strbuf ex = STRBUF_INIT, recipe = STRBUF_INIT;
	struct rule_line erl = *rl;

	rule_part(&ex, p, end, rl, &r->loc);
	expanded_semicolon(&ex, 0, &erl, &recipe);
	if (*skip_space(ex.buf) == '\0' && !erl.recipe) {
		sb_release(&ex);
		return;
	}
	/* Only an unescaped colon makes a rule: "a\:b" is no rule however
	 * often it is read (it recursed until the stack ran out: found by
	 * the fuzzer). */
	if (!lex_find_unref(ex.buf, ex.buf + ex.len, ':')) {
		if (recipe_prefix() == '\t' &&
		    !strncmp(r->raw.buf, "        ", 8))
			diag_fatal(&r->loc, "missing separator (did you mean "
			    "TAB instead of 8 spaces?)");
		diag_fatal(&r->loc, "missing separator");
	}
	erl.expanded = true;
	do_rule(r, ex.buf, ex.buf + ex.len, &erl);
	sb_release(&ex);
	sb_release(&recipe);
}

/* "targets: [modifiers] VAR op value"?  Then assign it and return true.
 * A written ';' and what follows belong to the value. */
static bool
rule_target_var(struct reader *r, const char *p, const char *te,
    const char *after, const char *end, const struct rule_line *rl)
{
	const char *q, *name_end, *value;
	struct strbuf text = STRBUF_INIT, tnames = STRBUF_INIT;
	enum assign_op op;
	unsigned mods;

	q = take_modifiers(after, end, &mods);
	/* GNU make takes "define" and "undefine" here for modifiers that
	 * do nothing ("t: define X := 1" is X := 1), and without an
	 * assignment after them, for an error */
	if (!find_assignment(q, end, &name_end, &op, &value)) {
		if (mods & (MOD_DEFINE | MOD_UNDEFINE))
			diag_fatal(&r->loc, "Malformed target-specific "
			    "variable definition");
		return false;
	}
	/* "foo: = 1", "foo: := 1": no name */
	if (name_end <= skip_blanks(q, end))
		diag_fatal(&r->loc, "empty variable name");
	sb_add(&text, after, (size_t)(end - after));
	if (rl->recipe && rl->recipe_raw) {
		/* (as GNU make: the value's lines joined, as a
		 * variable's are) */
		sb_addc(&text, ';');
		sb_add(&text, rl->recipe, rl->recipe_len);
		lex_collapse(&text, r->posix_lines);
	}
	target_part(&tnames, p, te, rl, &r->loc);
	do_target_vars(r, &tnames, text.buf, text.buf + text.len);
	sb_release(&text);
	sb_release(&tnames);
	return true;
}

/* A rule line whose targets hold a reference: as GNU make, which
 * expands a rule line word by word until a colon appears, a colon that
 * the expansion brings ends the targets ("$(X) c: d" with X = "a:b" is
 * "a: b c: d").  The line is read again with the targets expanded
 * (their '$'s doubled, so that they expand to themselves: what they
 * run, runs once). */
static void
targets_first(struct reader *r, const char *p, const char *colon,
    const char *end, const struct rule_line *rl)
{
	struct strbuf t = STRBUF_INIT, line = STRBUF_INIT;
	struct rule_line again = *rl;
	size_t i;

	rule_part(&t, p, colon, rl, &r->loc);
	for (i = 0; i < t.len; i++) {
		if (t.buf[i] == '$')
			sb_addc(&line, '$');
		sb_addc(&line, t.buf[i]);
	}
	/* (a colon the expansion ends with and the written one are two:
	 * "t1:" then ": p2" is no "::") */
	if (memchr(t.buf, ':', t.len))
		sb_addc(&line, ' ');
	sb_add(&line, colon, (size_t)(end - colon));
	again.targets_read = true;
	do_rule(r, line.buf, line.buf + line.len, &again);
	sb_release(&t);
	sb_release(&line);
}

/* A rule line: [p, end) holds "targets : prerequisites"; rl says how
 * the line came. */
static void
do_rule(struct reader *r, const char *p, const char *end,
    const struct rule_line *rl_in)
{
	struct pending *pr = &r->rule;
	struct strbuf targets = STRBUF_INIT, deps = STRBUF_INIT;
	struct strbuf rest = STRBUF_INIT, recipe = STRBUF_INIT;
	const char *colon, *after, *te, *scolon;
	struct target_words tw = { r, false, false, false, 0 };
	struct rule_line rl = *rl_in;

	colon = lex_find_unref(p, end, ':');
	if (!colon) {
		rule_no_colon(r, p, end, &rl);
		return;
	}
	if (!rl.expanded && !rl.targets_read &&
	    memchr(p, '$', (size_t)(colon - p))) {
		targets_first(r, p, colon, end, &rl);
		return;
	}
	te = colon;
	after = colon + 1;
	pr->double_colon = after < end && *after == ':';
	if (pr->double_colon)
		after++;
	pr->grouped = te > p && te[-1] == '&';
	if (pr->grouped)
		te--;

	if (rule_target_var(r, p, te, after, end, &rl))
		return;
	if (parse_in_recipe || parse_rules_closed)
		diag_fatal(parse_in_recipe, "prerequisites cannot be defined "
		    "in recipes");

	target_part(&targets, p, te, &rl, &r->loc);
	each_name(targets.buf, targets.len, note_target_kind, &tw);
	if (!tw.any_pattern && !tw.any_plain) {
		/* "  : foo" with no targets: GNU ignores it, and the
		 * recipe lines after it */
		pr->no_targets = true;
		sb_release(&targets);
		return;
	}
	/* As GNU make: the rest is expanded once, then searched for a ';'
	 * (when none was written) and a static pattern's colon. */
	rule_part(&rest, after, end, &rl, &r->loc);
	expanded_semicolon(&rest, 0, &rl, &recipe);
	/* as GNU make, blanks at the end go before the names are read:
	 * "all: a\ " needs 'a\' */
	sb_rtrim(&rest);
	after = rest.buf;
	end = rest.buf + rest.len;

	/* A lone special target takes effect now. */
	{
		const char *q = targets.buf, *w;
		size_t n;

		w = next_word(&q, targets.buf + targets.len, &n);
		if (w && !next_word(&q, targets.buf + targets.len, &n) &&
		    *w == '.' && parse_is_special(arena_strndup(w, n)) &&
		    do_special(arena_strndup(w, n), after,
		    (size_t)(end - after), &r->loc)) {
			/* (a recipe after it is the special target's, in
			 * GNU make, and never runs: no error, no use) */
			pr->no_targets = true;
			sb_release(&targets);
			sb_release(&rest);
			sb_release(&recipe);
			return;
		}
	}

	pr->active = true;
	pr->record_error = NULL;
	pr->nt = 0;
	pr->nlines = 0;
	pr->has_recipe = false;
	pr->loc = r->loc;
	pr->deps_text = NULL;

	/* in the expanded text: a "$(" there is no reference any more,
	 * "$$(x:.c=.o)" has a static pattern's colon (as GNU make) */
	scolon = find_unescaped(after, end, ':');
	if (scolon) {
		struct strbuf tpat = STRBUF_INIT, utpat = STRBUF_INIT;
		struct static_ctx sc;
		size_t pct;

		sb_add(&tpat, after, (size_t)(scolon - after));
		sb_rtrim(&tpat);
		sb_add(&deps, scolon + 1, (size_t)(end - scolon - 1));
		sc.r = r;
		sc.tpat = skip_space(tpat.buf);
		if (!*sc.tpat)
			diag_fatal(&r->loc, "missing target pattern");
		if (sc.tpat[strcspn(sc.tpat, " \t")])
			diag_fatal(&r->loc, "multiple target patterns");
		/* "a\%.%": the first '%' is a character */
		pct = pattern_unquote(&utpat, sc.tpat, strlen(sc.tpat));
		if (pct == SIZE_MAX)
			diag_fatal(&r->loc, "target pattern contains no '%%'");
		sc.tpat = utpat.buf;
		sc.tpct = utpat.buf + pct;
		sc.deps = deps.buf;
		sc.dlen = deps.len;
		/* (the target pattern's errors first, and a first target
		 * that is a pattern only when the rule is recorded, after
		 * the conditional lines that follow) */
		if (tw.first_plain)
			each_name(targets.buf, targets.len, add_static_target,
			    &sc);
		else
			pr->record_error = "mixed implicit and static pattern "
			    "rules";
		sb_release(&tpat);
		sb_release(&utpat);
	} else {
		sb_add(&deps, after, (size_t)(end - after));
		/* As GNU make: "x.o %.o:" is an explicit rule, each pattern
		 * after the first target an error that does not stop. */
		for (; tw.late_patterns; tw.late_patterns--)
			add_note(pr, xstrdup("*** mixed implicit and normal "
			    "rules: deprecated syntax"));
		if (tw.any_pattern && !tw.first_plain && tw.any_plain) {
			pr->record_error = "mixed implicit and normal rules";
		} else if (tw.any_pattern && !tw.first_plain) {
			start_pattern_rule(r, targets.buf, targets.len,
			    deps.buf, deps.len);
			if (parse_result.second_expansion &&
			    memchr(deps.buf, '$', deps.len))
				pr->pat->deps_text = arena_strndup(deps.buf,
				    deps.len);
		} else {
			add_plain_rule(r, &targets, &deps);
		}
	}
	if (rl.recipe)
		add_recipe_line(r, rl.recipe, rl.recipe_len, &r->loc);
	sb_release(&targets);
	sb_release(&deps);
	sb_release(&rest);
	sb_release(&recipe);
}

/* ---- include, export, vpath ---- */


char *
parse_find_data_file(const char *rel)
{
	size_t i;

	for (i = 0; i < ndata_dirs; i++) {
		char *p = xasprintf("%s/%s", data_dirs[i], rel);

		if (access(p, R_OK) == 0)
			return p;
		free(p);
	}
	return NULL;
}

void (*parse_include_hook)(const struct loc *at, const char *path,
    const char *name, bool data_dir);

/* As GNU make: a makefile an include names (or MAKEFILES) that is not
 * found as named is looked for in the -I directories (those that were
 * directories when dmake started, without trailing slashes), GNU
 * make's own, then dmake's data directories.  MAKEFILE_LIST and the
 * makefile to remake get the name it was found by, its messages'
 * locations the name as written.  at: the include line (NULL for
 * MAKEFILES).  Returns 0 once read, else -1 with errno that of the
 * first attempt; a directory is fatal. */
static int
read_searched(const char *name, const struct loc *at)
{
	const char *shown = arena_strdup(name);
	size_t i;
	int err;

	if (parse_include_hook && at && access(name, R_OK) == 0)
		parse_include_hook(at, shown, shown, false);
	if (parse_file(name, shown) == 0)
		return 0;
	err = errno;
	if (errno == EISDIR)		/* as GNU make: fatal, no location */
		diag_fatal(NULL, "%s: %s", shown, strerror(EISDIR));
	if (errno == ENOENT && name[0] != '/') {
		const char *const *std, *const *inc;
		size_t ninc = parse_include_path(&inc);
		size_t nstd = parse_std_include_dirs(&std);
		size_t ngnu = ninc + nstd;

		/* -I's, GNU make's own, then dmake's data directories */
		for (i = 0; i < ngnu + ndata_dirs; i++) {
			const char *dir = i < ninc ? inc[i] :
			    i < ngnu ? std[i - ninc] : data_dirs[i - ngnu];
			char *p2;
			const char *found;

			/* GNU's list names /usr/include twice: look once */
			if (i > ninc && i < ngnu &&
			    !strcmp(dir, std[i - ninc - 1]))
				continue;
			p2 = xasprintf("%s/%s", dir, name);
			found = arena_strdup(p2);

			if (parse_include_hook && at && access(p2, R_OK) == 0)
				parse_include_hook(at, found, shown,
				    i >= ngnu);
			if (parse_file_found(p2, shown, found) == 0) {
				free(p2);
				return 0;
			}
			free(p2);
		}
	}
	errno = err;
	return -1;
}

int
parse_file_search(const char *name)
{
	return read_searched(name, NULL);
}

/* The include being read is an -include: the makefile found is one whose
 * remaking may fail unsaid, as a missing one (GNU make's RM_DONTCARE). */
static bool including_optional;

static void
include_search(struct reader *r, const char *name, size_t len, bool optional)
{
	char *path = xstrndup(name, len);
	bool was = including_optional;

	debug_say(DEBUG_VERBOSE, 0, "Reading makefile '%s' (search path)%s "
	    "(no ~ expansion)...", path, optional ? " (don't care)" : "");
	including_optional = optional;
	if (read_searched(path, &r->loc) < 0)
		note_missing(arena_strdup(path), optional, &r->loc, errno);
	including_optional = was;
	free(path);
}

/* A makefile that includes itself, or a chain of them, stops with an
 * error before the stack runs out (GNU make 4.3 crashes). */
#define INCLUDE_MAX_DEPTH 10000

static void
include_one(struct reader *r, const char *name, size_t len, bool optional)
{
	static unsigned depth;
	static uintptr_t base;
	static size_t budget;
	uintptr_t here = (uintptr_t)__builtin_frame_address(0);

	if (depth == 0) {
		base = here;
		if (!budget)
			budget = stack_allowance();
	}
	if (depth >= INCLUDE_MAX_DEPTH || (here < base && base - here > budget))
		diag_fatal(&r->loc, "includes nested too deeply");
	depth++;
	include_search(r, name, len, optional);
	depth--;
}

void
parse_missing_makefile(const char *name)
{
	struct parse_result *pr = &parse_result;

	note_missing(name, parse_dont_care, NULL, ENOENT);
	pr->files[pr->nfiles - 1].named = true;
}

static void
do_include(struct reader *r, const char *p, const char *end, bool optional)
{
	struct strbuf names = STRBUF_INIT;
	const char *q, *w, *nend;
	char *scratch = NULL;
	size_t n;

	finish_rule(r);
	expand_range(&names, p, end, &r->loc);
	q = names.buf;
	nend = names.buf + names.len;
	while ((w = next_name(&q, nend, &n)) != NULL) {
		char *t;

		w = name_unescape(w, &n, nend, &scratch);
		/* as GNU make: "~/a.mk" is in the home directory */
		if ((t = tilde_name(w, n)) != NULL) {
			free(scratch);
			scratch = t;
			w = t;
			n = strlen(t);
		}
		/* as GNU make: "./a.mk" is a.mk, before it globs */
		strip_dot_slash(&w, &n);
		if (memchr(w, '*', n) || memchr(w, '?', n) ||
		    memchr(w, '[', n)) {
			char *pat = xstrndup(w, n);
			glob_t g;
			size_t i;

			if (glob(pat, 0, NULL, &g) == 0) {
				for (i = 0; i < g.gl_pathc; i++)
					include_one(r, g.gl_pathv[i],
					    strlen(g.gl_pathv[i]), optional);
				globfree(&g);
			} else {
				include_one(r, w, n, optional);
			}
			free(pat);
			continue;
		}
		include_one(r, w, n, optional);
	}
	free(scratch);
	sb_release(&names);
}

static void
do_export_names(struct reader *r, const char *p, const char *end,
    bool export)
{
	struct strbuf names = STRBUF_INIT;
	const char *q, *w;
	size_t n;

	expand_range(&names, p, end, &r->loc);
	q = names.buf;
	while ((w = next_word(&q, names.buf + names.len, &n)) != NULL) {
		struct var *v = varset_find(var_global, w, n);

		if (!v)
			v = varset_set(var_global, w, n, "", 0, VAR_SIMPLE,
			    VAR_ORIGIN_FILE, &r->loc);
		v->export = export ? VAR_EXPORT_YES : VAR_EXPORT_NO;
	}
	sb_release(&names);
}

static void
do_undefine(struct reader *r, const char *p, const char *end,
    unsigned mods)
{
	struct strbuf name = STRBUF_INIT;
	struct var *v;

	expand_name(&name, p, end, &r->loc);
	v = varset_find(var_global, name.buf, name.len);
	/* as GNU make: under -e the environment's is an override by now,
	 * and only an undefine as strong as the variable's origin takes
	 * it away */
	if (v && var_env_overrides && v->origin == VAR_ORIGIN_ENV)
		v->origin = VAR_ORIGIN_ENV_OVERRIDE;
	if (v && ((mods & MOD_OVERRIDE) ? VAR_ORIGIN_OVERRIDE :
	    VAR_ORIGIN_FILE) >= v->origin)
		varset_remove(var_global, name.buf, name.len);
	sb_release(&name);
}

static void
do_vpath(struct reader *r, const char *p, const char *end)
{
	struct strbuf text = STRBUF_INIT;
	const char *q, *pat, *w;
	size_t plen, n;

	expand_range(&text, p, end, &r->loc);
	q = text.buf;
	pat = next_word(&q, text.buf + text.len, &plen);
	if (!pat) {
		rule_vpath_clear(NULL, 0);
	} else if (!skip_space(q)[0]) {
		rule_vpath_clear(pat, plen);
	} else {
		while ((w = next_word(&q, text.buf + text.len, &n)) != NULL)
			rule_vpath_add(pat, plen, w, n);
	}
	sb_release(&text);
}

/* ---- the line dispatcher ---- */

/* A directive or assignment (everything but rules); returns false when
 * the line is none of these. */
static bool
do_directive(struct reader *r, const char *p, const char *end)
{
	const char *q, *name_end, *value;
	enum assign_op op;
	unsigned mods;

	q = take_modifiers(p, end, &mods);
	if (mods & MOD_DEFINE) {
		finish_rule(r);
		do_define(r, q, end, mods);
		return true;
	}
	if (mods & MOD_UNDEFINE) {
		finish_rule(r);
		do_undefine(r, q, end, mods);
		return true;
	}
	if (find_assignment(q, end, &name_end, &op, &value)) {
		finish_rule(r);
		do_assign(var_global, read_scope, q, name_end, op, value,
		    end, mods, 0, &r->loc);
		return true;
	}
	if (mods & MOD_EXPORT) {
		finish_rule(r);
		if (q == end || (word_is(p, end, "export") &&
		    skip_blanks(p + 6, end) == end))
			parse_result.export_all = true;
		else
			do_export_names(r, q, end, true);
		return true;
	}
	if (word_is(p, end, "export")) {
		finish_rule(r);
		parse_result.export_all = true;
		return true;
	}
	if (word_is(p, end, "unexport")) {
		finish_rule(r);
		q = skip_blanks(p + 8, end);
		if (q == end)
			parse_result.export_all = false;
		else
			do_export_names(r, q, end, false);
		return true;
	}
	if (word_is(p, end, "vpath")) {
		finish_rule(r);
		do_vpath(r, p + 5, end);
		return true;
	}
	if (word_is(p, end, "include")) {
		do_include(r, p + 7, end, false);
		return true;
	}
	if (word_is(p, end, "-include") || word_is(p, end, "sinclude")) {
		do_include(r, p + 8, end, true);
		return true;
	}
	if (word_is(p, end, "load") || word_is(p, end, "-load"))
		diag_fatal(&r->loc, "'load' is not supported by dmake");
	return false;
}

/* Find the ';' that starts an inline recipe, outside references and
 * before any comment. */
static const char *
find_semicolon(const char *p, const char *end)
{
	while (p < end) {
		if (*p == '$' && p + 1 < end) {
			p = expand_skip_ref(p, end);
			continue;
		}
		if (*p == '#')
			return NULL;
		if (*p == '\\' && p + 1 < end) {
			p += 2;
			continue;
		}
		if (*p == ';')
			return p;
		p++;
	}
	return NULL;
}

/* .RECIPEPREFIX's first character (a tab when unset or empty), looked
 * up again only after a variable changed: it is asked for every line. */
static char
recipe_prefix(void)
{
	static unsigned long at;
	static bool known;
	static char c;

	if (!known || at != var_changes) {
		const char *v = var_global_raw(".RECIPEPREFIX");

		c = (char)(v && *v ? *v : '\t');
		at = var_changes;
		known = true;
	}
	return c;
}

/* A "## text" line at the start of a line describes the rule below it
 * (--list); consecutive ones join.  Any other comment or blank line is
 * not a rule: it forgets them. */
static bool
doc_line(struct reader *r)
{
	const char *p = r->raw.buf;

	if (p[0] == '#' && p[1] == '#' && (p[2] == ' ' || p[2] == '\0')) {
		if (!skipping(r)) {
			if (r->doc.len)
				sb_addc(&r->doc, ' ');
			sb_adds(&r->doc, skip_space(p + 2));
			sb_rtrim(&r->doc);
		}
		return true;
	}
	if (*skip_space(p) == '#' || *skip_space(p) == '\0')
		sb_reset(&r->doc);
	return false;
}

static const char *
doc_of(size_t idx)
{
	size_t i;

	for (i = 0; i < ndocs; i++)
		if (docs[i].idx == idx)
			return docs[i].doc;
	return NULL;
}

static void
add_doc(size_t idx, const char *doc)
{
	XGROW(docs, ndocs + 1, adocs);
	docs[ndocs].idx = idx;
	docs[ndocs++].doc = arena_strdup(doc);
}

/* Remember a target a makefile defines, in order, once. */
static void
note_listed(struct reader *r, const char *name, size_t len)
{
	struct node *n = graph_node(name, len);

	/* the node knows whether it is listed: a linear search made
	 * reading N targets cost N * N / 2 comparisons (one is left for
	 * a "## " comment on a target listed already, which is rare) */
	if (n->flags & NODE_LISTED) {
		size_t i = nlisted;

		if (!r->doc.len)
			return;
		while (i > 0 && listed[i - 1] != n)
			i--;
		if (i > 0 && !doc_of(i - 1))
			add_doc(i - 1, r->doc.buf);
		return;
	}
	n->flags |= NODE_LISTED;
	XGROW(listed, nlisted + 1, alisted);
	listed[nlisted] = n;
	if (r->doc.len)
		add_doc(nlisted, r->doc.buf);
	nlisted++;
}

size_t
parse_targets(const struct parse_target **v)
{
	size_t i;

	free(listed_view);
	listed_view = xcalloc(nlisted + 1, sizeof(*listed_view));
	for (i = 0; i < nlisted; i++)
		listed_view[i].node = listed[i];
	for (i = 0; i < ndocs; i++)
		listed_view[docs[i].idx].doc = docs[i].doc;
	*v = listed_view;
	return nlisted;
}

/* Is [p, end) a variable assignment or define?  As GNU make, these are
 * looked for before conditionals: "else = 1" is an assignment. */
static bool
is_assignment(const char *p, const char *end, bool *define)
{
	const char *q, *name_end, *value;
	enum assign_op op;
	unsigned mods;

	q = take_modifiers(p, end, &mods);
	*define = (mods & MOD_DEFINE) != 0;
	return (mods & (MOD_DEFINE | MOD_UNDEFINE)) ||
	    find_assignment(q, end, &name_end, &op, &value);
}

/* Handle conditionals and lines that a false branch skips; returns
 * true when the line is done with. */
static bool
skipped_line(struct reader *r, const char *p, const char *end)
{
	bool define;

	if (is_assignment(p, end, &define)) {
		if (!skipping(r))
			return false;
		/* A skipped define is still read as a block: "endif" in
		 * its body is text. */
		if (define)
			r->in_ignored_define = true;
		return true;
	}
	if (r->in_ignored_define) {
		if (word_is(p, end, "endef"))
			r->in_ignored_define = false;
		return true;
	}
	return do_conditional(r, p, end) || skipping(r);
}

static void
do_line(struct reader *r)
{
	struct strbuf *line = &r->line;
	const char *p, *end, *semi;
	struct rule_line rl = { NULL, 0, false, false, false };
	bool tab_line;

	tab_line = r->raw.buf[0] == recipe_prefix();
	/* Recipe lines, while a rule is open. */
	if (tab_line && r->rule.no_targets)
		return;
	if (tab_line && r->rule.active) {
		if (skipping(r))
			return;
		add_recipe_line(r, r->raw.buf + 1, r->raw.len - 1, &r->loc);
		return;
	}
	if (doc_line(r))
		return;
	sb_reset(line);
	sb_add(line, r->raw.buf, r->raw.len);
	lex_collapse(line, r->posix_lines);
	lex_strip_comment(line);
	p = skip_blanks(line->buf, line->buf + line->len);
	end = line->buf + line->len;
	if (skipped_line(r, p, end))
		return;
	if (p == end)
		return;
	if (do_directive(r, p, end)) {
		sb_reset(&r->doc);
		return;
	}
	/* neither a recipe line (no rule before it) nor an assignment nor
	 * a directive: as GNU make, an error before anything expands */
	if (tab_line)
		diag_fatal(&r->loc, "recipe commences before first target");
	finish_rule(r);
	/* (in the line as written: a recipe after ';' keeps its
	 * backslash-newlines and its '#' text, as GNU make's does) */
	semi = find_semicolon(r->raw.buf, r->raw.buf + r->raw.len);
	if (semi) {
		size_t off = (size_t)(semi - r->raw.buf);

		sb_reset(line);
		sb_add(line, r->raw.buf, off);
		lex_collapse(line, r->posix_lines);
		lex_strip_comment(line);
		p = skip_blanks(line->buf, line->buf + line->len);
		end = line->buf + line->len;
		rl.recipe = semi + 1;
		rl.recipe_len = r->raw.len - off - 1;
		rl.recipe_raw = true;
		do_rule(r, p, end, &rl);
		sb_reset(&r->doc);
		return;
	}
	do_rule(r, p, end, &rl);
	sb_reset(&r->doc);
}

static void
read_lines(struct reader *r)
{
	unsigned long first;

	while (lex_logical(&r->lx, &r->raw, &first)) {
		r->loc.line = first;
		do_line(r);
	}
	finish_rule(r);
	if (r->nconds) {
		r->loc.line = r->lx.line;
		diag_fatal(&r->loc, "missing 'endif'");
	}
}

static void
reader_free(struct reader *r)
{
	lex_close(&r->lx);
	free(r->conds);
	free(r->rule.t);
	free(r->rule.lines);
	free(r->rule.notes);
	sb_release(&r->line);
	sb_release(&r->raw);
	sb_release(&r->doc);
}

void
parse_add_makefile_list(const char *name)
{
	add_makefile_list(name, name);
}

static void
add_makefile_list(const char *name, const char *at)
{
	struct var *v = varset_find(var_global, "MAKEFILE_LIST", 13);
	char *s;

	/* as GNU make: defined afresh over the environment's (not over
	 * it under -e, nor over the command line's, which then stays as
	 * it is) */
	if (!v || v->origin == VAR_ORIGIN_ENV)
		v = var_define_global("MAKEFILE_LIST", "", VAR_SIMPLE,
		    VAR_ORIGIN_FILE);
	else if (v->origin > VAR_ORIGIN_FILE)
		v = NULL;
	if (!v)
		return;
	s = xasprintf("%s%s%s", v->value, v->len ? " " : "", name);
	var_set_value(v, s, strlen(s));
	free(s);
	/* GNU make's -p says it was last set at line 1 of the new file */
	v->loc.file = at;
	v->loc.line = 1;
}

int
parse_file(const char *path, const char *name)
{
	return parse_file_found(path, name, name);
}

int
parse_file_found(const char *path, const char *name, const char *found)
{
	struct reader r;

	memset(&r, 0, sizeof(r));
	sb_init(&r.line);
	sb_init(&r.raw);
	sb_init(&r.doc);
	r.posix_lines = parse_result.posix;
	if (lex_open(&r.lx, path, name) < 0)
		return -1;
	if (r.lx.len >= 3 && !memcmp(r.lx.buf, "\xef\xbb\xbf", 3)) {
		r.lx.pos = 3;	/* a UTF-8 BOM, as GNU make skips it */
		debug_say(DEBUG_BASIC, 0, "Skipping UTF-8 BOM in makefile "
		    "'%s'", name);
	}
	r.loc.file = name;
	add_makefile_list(found, name);
	note_file(found, false, including_optional, NULL);
	including_optional = false;	/* not for what it includes */
	read_lines(&r);
	reader_free(&r);
	return 0;
}

void
parse_eval(const char *text, size_t len, const struct loc *loc,
    bool one_line, const struct scope *sc)
{
	struct reader r;
	const struct scope *was = read_scope;

	memset(&r, 0, sizeof(r));
	sb_init(&r.line);
	sb_init(&r.raw);
	sb_init(&r.doc);
	r.posix_lines = parse_result.posix;
	lex_init_mem(&r.lx, loc ? loc->file : NULL, text, len,
	    loc ? loc->line : 0);
	r.lx.one_line = one_line;
	r.loc.file = loc ? loc->file : NULL;
	read_scope = sc ? sc : &scope_global;
	read_lines(&r);
	read_scope = was;
	reader_free(&r);
}

/* ---- after reading ---- */

static const char *
arena_concat(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	char *s = arena_alloc(na + nb + 1);

	memcpy(s, a, na);
	memcpy(s + na, b, nb);
	s[na + nb] = '\0';
	return s;
}

/* The suffix rule n (".SRC.DST", or ".SRC" with dst "") as the pattern
 * rule "%DST: %SRC".  GNU make 4.3 ignores a suffix rule's prerequisites,
 * with a warning at its recipe. */
static void
convert_suffix_rule(struct node *n, const char *src, const char *dst)
{
	struct pattern_rule *pat;

	pat = arena_alloc(sizeof(*pat));
	pat->targets = arena_alloc(sizeof(*pat->targets));
	pat->targets[0] = arena_concat("%", dst);
	pat->ntargets = 1;
	pat->deps = arena_alloc(sizeof(*pat->deps));
	pat->deps[0] = arena_concat("%", src);
	pat->ndeps = 1;
	pat->recipe = n->rules->recipe;
	pat->loc = n->rules->loc;
	/* Built-in suffix rules have no location; they never replace a
	 * pattern rule of the makefile. */
	pat->builtin = n->rules->loc.file == NULL;
	graph_add_pattern(pat);
}

/* The suffix rule named src + dst, if there is one with a recipe. */
static void
try_suffix_rule(const char *src, const char *dst)
{
	char *name = xasprintf("%s%s", src, dst);
	struct node *n = graph_find(name, strlen(name));

	free(name);
	if (!n || !n->rules || !n->rules->recipe || n->rules->recipe->nlines
	    == 0)
		return;
	if (*dst && (n->rules->deps || n->rules->order_only)) {
		/* POSIX: no suffix rule; GNU make: one without them, said
		 * each time the pair comes up in .SUFFIXES (a suffix
		 * named twice makes it twice), at the recipe (none for a
		 * built-in one) */
		if (parse_result.posix)
			return;
		diag_warning(&n->rules->recipe->lines[0].loc, "ignoring "
		    "prerequisites on suffix rule definition");
	}
	if (n->suffix_done)
		return;
	n->suffix_done = true;
	convert_suffix_rule(n, src, dst);
}

void
parse_finish(void)
{
	const char *const *sfx;
	size_t nsfx, i, k;

	if (posix_vars_pending)
		posix_vars();
	applying_deferred = true;
	for (i = 0; i < ndeferred; i++) {
		struct deferred_special *d = &deferred[i];
		struct strbuf sb = STRBUF_INIT;

		expand(&sb, d->deps, strlen(d->deps), &scope_global, &d->loc);
		(void)do_special(d->name, sb.buf, sb.len, &d->loc);
		sb_release(&sb);
	}
	applying_deferred = false;
	free(deferred);
	deferred = NULL;
	ndeferred = adeferred = 0;
	nsfx = suffix_list(&sfx);

	/* As GNU make: in .SUFFIXES order of the source suffix, so that
	 * of two rules for one target, the earlier suffix wins. */
	for (i = 0; i < nsfx; i++) {
		try_suffix_rule(sfx[i], "");
		for (k = 0; k < nsfx; k++)
			try_suffix_rule(sfx[i], sfx[k]);
	}
}

const char *
parse_command_var(const char *arg)
{
	const char *end = arg + strlen(arg), *name_end, *value;
	enum assign_op op;
	struct loc loc = { NULL, 0 };
	struct strbuf name = STRBUF_INIT;
	struct var *v;

	arg = skip_blanks(arg, end);	/* " V=1" is V=1, as GNU make */
	if (!find_assignment(arg, end, &name_end, &op, &value))
		return NULL;
	expand_name_at(&name, arg, name_end, &loc, true, true,
	    &scope_global);
	value = skip_blanks(value, end);
	v = expand_assign(var_global, name.buf, name.len, op, value,
	    (size_t)(end - value), VAR_ORIGIN_COMMAND, 0, &scope_global,
	    &loc);
	if (!v)		/* (ignored: an assignment all the same) */
		v = varset_find(var_global, name.buf, name.len);
	sb_release(&name);
	return v ? v->name : "";
}
