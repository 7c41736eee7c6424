/*
 * emit.c - dmake --emit-makefile (DESIGN section 5).
 *
 * The Deployfile's text is copied line by line; only directive lines
 * change.  Each directive becomes one recipe line that runs emit-lib.sh
 * (share/dmake, copied into the output as the exported variable
 * DMAKE_LIB) with the host list and, per host, the directive's text.
 * Those texts stay make text, expanded by make when the recipe runs:
 * the unexpanded text goes into a variable (a define, so '#' and
 * parentheses are safe), and the recipe line expands it once per host
 * inside $(foreach HOST,...) -- that is dmake's per-host expansion --
 * and quotes it for the shell with the file's dmake_q function.
 *
 * Included makefiles are copied in when GNU make could not find them
 * (dmake's data directory: "include dmake/deploy.mk") or when they hold
 * directives or dmake's regex functions; other include lines stay.
 * $(regex-filter ...) and $(regex-subst ...) become calls of functions
 * the output defines.
 *
 * What cannot be translated faithfully stops with an error at the
 * Deployfile's line: a directive made by $(eval) or after ';', a remote
 * block holding a conditional, a non-tab .RECIPEPREFIX, or
 * a directive text that would end its define.  The
 * whole output is built in memory and written only when complete.
 *
 * Interface: see emit.h.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "directive.h"
#include "emit.h"
#include "exec.h"
#include "graph.h"
#include "lex.h"
#include "parse.h"
#include "strbuf.h"
#include "util.h"
#include "var.h"

/* An include line's reading, from parse_include_hook. */
struct include_rec {
	const char *from;		/* the including file */
	unsigned long line;
	const char *path;		/* the file read */
	const char *name;		/* as the include line wrote it */
	bool data_dir;
};

/* A recipe line the reader holds as a directive (or a block's line). */
struct directive_rec {
	const char *file;
	unsigned long line;
	const struct node *node;	/* NULL: a pattern rule's */
	bool translated;
};

static struct include_rec *incs;
static size_t nincs, aincs;
static struct directive_rec *dirs;
static size_t ndirs, adirs;
static unsigned long counter;		/* directives translated */

struct emitter {
	struct strbuf defs;		/* variables of the directives */
	struct strbuf body;		/* the translated makefiles */
	int depth;			/* include nesting */
};

static void
on_include(const struct loc *at, const char *path, const char *name,
    bool data_dir)
{
	XGROW(incs, nincs + 1, aincs);
	incs[nincs].from = at->file ? at->file : "";
	incs[nincs].line = at->line;
	incs[nincs].path = path;
	incs[nincs].name = name;
	incs[nincs].data_dir = data_dir;
	nincs++;
}

void
emit_start(void)
{
	parse_include_hook = on_include;
}

/* ---- what the reader holds ---- */

static void
note_recipe(const struct recipe *rc, const struct node *n)
{
	size_t i;
	bool in_block = false;

	for (i = 0; rc && i < rc->nlines; i++) {
		unsigned f;
		const char *rest;
		enum directive_kind k = directive_kind(rc->lines[i].text, &f,
		    &rest);
		const char *colon;

		if (k == DIRECTIVE_NONE && !in_block)
			continue;
		if (k == DIRECTIVE_END)
			in_block = false;
		else if (k == DIRECTIVE_REMOTE &&
		    (colon = directive_host_colon(rest)) != NULL &&
		    !*skip_space(colon + 1))
			in_block = true;
		XGROW(dirs, ndirs + 1, adirs);
		dirs[ndirs].file = rc->lines[i].loc.file ?
		    rc->lines[i].loc.file : "";
		dirs[ndirs].line = rc->lines[i].loc.line;
		dirs[ndirs].node = n;
		dirs[ndirs].translated = false;
		ndirs++;
	}
}

static void
collect_directives(void)
{
	const struct node *n;
	const struct rule *r;
	const struct pattern_rule *pr;

	for (n = graph_first(); n; n = n->all_next)
		for (r = n->rules; r; r = r->next)
			note_recipe(r->recipe, n);
	for (pr = graph_patterns; pr; pr = pr->next)
		if (!pr->builtin)
			note_recipe(pr->recipe, NULL);
}

/* Mark the reader's directive lines at file:line translated; true when
 * the line is one of them. */
static bool
mark_translated(const char *file, unsigned long line, bool *silent)
{
	size_t i;
	bool found = false;

	for (i = 0; i < ndirs; i++) {
		if (dirs[i].line != line || strcmp(dirs[i].file, file))
			continue;
		dirs[i].translated = true;
		found = true;
		if (silent && dirs[i].node && (dirs[i].node->flags & NODE_SILENT))
			*silent = true;
	}
	return found;
}

/* ---- quoting ---- */

/* s as one single-quoted sh word inside a recipe: sb_add_sh_quoted()'s
 * word with each '$' doubled, so that make passes it on as it is. */
static void
add_make_sh_word(struct strbuf *sb, const char *s)
{
	struct strbuf q = STRBUF_INIT;
	const char *p;

	sb_add_sh_quoted(&q, s);
	for (p = q.buf; *p; p++) {
		if (*p == '$')
			sb_addc(sb, '$');
		sb_addc(sb, *p);
	}
	sb_release(&q);
}

/* text as the value of a ?= assignment: '$' doubled, '#' escaped. */
static void
add_make_value(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		if (*s == '$')
			sb_adds(sb, "$$");
		else if (*s == '#')
			sb_adds(sb, "\\#");
		else
			sb_addc(sb, *s);
	}
}

/* A comment line quoting a Deployfile line (its continuation lines
 * each get their own "#"). */
static void
add_comment(struct strbuf *sb, const char *file, unsigned long line,
    const char *text, size_t len)
{
	size_t i;

	sb_addf(sb, "# %s:%lu: ", file, line);
	for (i = 0; i < len; i++) {
		if (text[i] == '\n')
			sb_adds(sb, "\n#   ");
		else
			sb_addc(sb, text[i]);
	}
	sb_addc(sb, '\n');
}

/* ---- $(regex-filter ...) and $(regex-subst ...) ---- */

/* Where the reference opened at p (its '(' or '{') closes, or NULL. */
static const char *
ref_close(const char *p, const char *end)
{
	char open = *p, close = open == '(' ? ')' : '}';
	int depth = 0;

	for (p++; p < end; p++) {
		if (*p == open)
			depth++;
		else if (*p == close && depth-- == 0)
			return p;
	}
	return NULL;
}

/* Copy text to out with dmake's regex functions made calls of the
 * output's definitions.  A literal comma past the function's last
 * argument becomes $(dmake_comma), which call would otherwise split. */
static void
add_rewritten(struct strbuf *out, const char *text, size_t len,
    const char *file, unsigned long line)
{
	const char *p = text, *end = text + len;

	while (p < end) {
		static const struct { const char *name, *fn; int nargs; }
		    fns[] = {
			{ "regex-filter", "dmake_regex_filter", 2 },
			{ "regex-subst", "dmake_regex_subst", 3 },
		};
		const char *q, *close;
		size_t dollars = 0, i, nl;

		if (*p != '$') {
			sb_addc(out, *p++);
			continue;
		}
		for (q = p; q < end && *q == '$'; q++)
			dollars++;
		sb_add(out, p, dollars);
		p = q;
		if (dollars % 2 == 0 || p >= end || (*p != '(' && *p != '{'))
			continue;
		for (i = 0; i < countof(fns); i++) {
			nl = strlen(fns[i].name);
			if ((size_t)(end - p) > nl + 1 &&
			    !memcmp(p + 1, fns[i].name, nl) &&
			    (p[1 + nl] == ' ' || p[1 + nl] == '\t'))
				break;
		}
		if (i == countof(fns) || !(close = ref_close(p, end))) {
			continue;
		}
		{
			char open = *p, cl = *close;
			const char *a = skip_space(p + 1 + nl);
			int commas = 0, depth = 0;
			struct strbuf args = STRBUF_INIT;

			for (q = a; q < close; q++) {
				if (*q == '(' || *q == '{')
					depth++;
				else if (*q == ')' || *q == '}')
					depth--;
				if (*q == ',' && depth == 0 &&
				    ++commas >= fns[i].nargs) {
					sb_adds(&args, "$(dmake_comma)");
					continue;
				}
				sb_addc(&args, *q);
			}
			sb_addf(out, "%ccall %s,%s:%lu,", open, fns[i].fn,
			    file, line);
			add_rewritten(out, args.buf, args.len, file, line);
			sb_addc(out, cl);
			sb_release(&args);
			p = close + 1;
		}
	}
}

/* ---- directives ---- */

/* Whether a define body line would end or nest the define. */
static bool
ends_define(const char *s, size_t len)
{
	static const char *const words[] = {
		"override", "export", "private", "unexport", "define",
		"endef", "undefine",
	};
	const char *p = s, *end = s + len;
	size_t i;

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	for (i = 0; i < countof(words); i++) {
		size_t n = strlen(words[i]);

		if ((size_t)(end - p) >= n && !memcmp(p, words[i], n) &&
		    (p + n == end || p[n] == ' ' || p[n] == '\t' ||
		    p[n] == '#'))
			return true;
	}
	return false;
}

/* Define variable name as text, which becomes one line: each
 * backslash-newline (the recipe prefix after it dropped, as make drops
 * it) is written $(dmake_bsnl), because a define would join it. */
static void
add_define(struct emitter *em, const char *name, const char *text,
    size_t len, const struct loc *loc)
{
	struct strbuf v = STRBUF_INIT;
	size_t i;

	for (i = 0; i < len; i++) {
		if (text[i] == '\\' && i + 1 < len && text[i + 1] == '\n') {
			sb_adds(&v, "$(dmake_bsnl)");
			i++;
			if (i + 1 < len && text[i + 1] == '\t')
				i++;
			continue;
		}
		if (text[i] == '\n')
			diag_fatal(loc, "--emit-makefile: a newline in a "
			    "directive that make could not keep");
		sb_addc(&v, text[i]);
	}
	if (ends_define(v.buf, v.len))
		diag_fatal(loc, "--emit-makefile: cannot translate a "
		    "directive whose text begins with a make keyword");
	sb_addf(&em->defs, "define %s\n", name);
	add_rewritten(&em->defs, v.buf, v.len, loc->file, loc->line);
	sb_adds(&em->defs, "\nendef\n");
	sb_release(&v);
}

/* A logical line of a makefile, with where it came from. */
struct mline {
	struct strbuf raw;
	unsigned long first, last;
};

struct source {
	struct lexer lx;
	const char *file;
	struct mline pending;		/* pushed back */
	bool have_pending;
};

static bool
next_line(struct source *s, struct mline *m)
{
	unsigned long first;

	if (s->have_pending) {
		sb_reset(&m->raw);
		sb_add(&m->raw, s->pending.raw.buf, s->pending.raw.len);
		m->first = s->pending.first;
		m->last = s->pending.last;
		s->have_pending = false;
		return true;
	}
	if (!lex_logical(&s->lx, &m->raw, &first))
		return false;
	m->first = first;
	m->last = s->lx.line - 1;
	return true;
}

static void
push_back(struct source *s, const struct mline *m)
{
	sb_reset(&s->pending.raw);
	sb_add(&s->pending.raw, m->raw.buf, m->raw.len);
	s->pending.first = m->first;
	s->pending.last = m->last;
	s->have_pending = true;
}

/* The line as make reads a non-recipe line: joined, no comment, the
 * blanks at its start skipped (in line->buf). */
static const char *
clean_line(struct strbuf *line, const struct mline *m)
{
	sb_reset(line);
	sb_add(line, m->raw.buf, m->raw.len);
	lex_collapse(line, false);
	lex_strip_comment(line);
	return skip_space(line->buf);
}

static bool
is_word(const char *p, const char *w)
{
	size_t n = strlen(w);

	return !strncmp(p, w, n) && (!p[n] || p[n] == ' ' || p[n] == '\t' ||
	    p[n] == '(' || p[n] == '\'' || p[n] == '"');
}

static bool
is_conditional(const char *p)
{
	return is_word(p, "ifeq") || is_word(p, "ifneq") ||
	    is_word(p, "ifdef") || is_word(p, "ifndef") ||
	    is_word(p, "else") || is_word(p, "endif");
}

static const char *
kind_word(enum directive_kind k)
{
	return k == DIRECTIVE_PUT ? "put" : k == DIRECTIVE_GET ? "get" :
	    k == DIRECTIVE_END ? "end" : "remote";
}

/* The recipe line of a directive: "\t@" and the make prefixes, the
 * helper's verb, location, target and flags. */
static void
start_recipe_line(struct strbuf *sb, unsigned flags, bool silent,
    const char *verb, const struct loc *loc)
{
	char *where = xasprintf("%s:%lu", loc->file, loc->line);

	sb_adds(sb, "\t@");
	if ((flags & STEP_IGNORE) && !parse_result.oneshell)
		sb_addc(sb, '-');
	if (flags & STEP_ALWAYS)
		sb_addc(sb, '+');
	sb_addf(sb, "$(DMAKE_RUN) %s ", verb);
	add_make_sh_word(sb, where);
	sb_adds(sb, " $(call dmake_q,$@) '");
	if (silent || (flags & STEP_SILENT))
		sb_addc(sb, 's');
	if (flags & STEP_IGNORE)
		sb_addc(sb, 'i');
	sb_adds(sb, "$(dmake_s)'");
	free(where);
}

/* The $(foreach ...) of the per-host arguments: each host, then the
 * variables vars (names "dmake_c_N_I") expanded for it. */
/* Under .ONESHELL make runs the recipe as one script and honours the
 * prefixes of its first line only: a directive's line then ends the
 * script when it fails, unless ignored, as dmake's own steps do. */
static void
add_foreach(struct strbuf *sb, unsigned long id, size_t nvars,
    const struct loc *loc, enum directive_kind k, unsigned flags)
{
	char *what = xasprintf("%s:%lu: @%s", loc->file, loc->line,
	    kind_word(k));
	const char *p;
	size_t i;

	sb_addf(sb, " $(foreach HOST,$(call dmake_hostlist,$(dmake_h_%lu),",
	    id);
	for (p = what; *p; p++) {
		if (*p == '$')
			sb_addc(sb, '$');
		if (*p != ',' && *p != '(' && *p != ')')
			sb_addc(sb, *p);
	}
	free(what);
	sb_adds(sb, "),$(call dmake_q,$(HOST))");
	for (i = 1; i <= nvars; i++)
		sb_addf(sb, " $(call dmake_q,$(dmake_c_%lu_%zu))", id, i);
	sb_adds(sb, ")");
	if (parse_result.oneshell)
		sb_adds(sb, flags & STEP_IGNORE ? " || :" : " || exit $$?");
	sb_addc(sb, '\n');
}

static void translate_file(struct emitter *em, const char *path,
    const char *shown);

/* Translate the directive in m (a recipe line; text past the prefix,
 * kind k, its prefixes flags, rest past the word). */
static void
translate_directive(struct emitter *em, struct source *src,
    struct mline *m, enum directive_kind k, unsigned flags,
    const char *rest)
{
	struct loc loc = { src->file, m->first };
	const char *text = m->raw.buf + 1;
	const char *colon, *cmd;
	unsigned long id = ++counter;
	char *name;
	bool silent = false;

	if (k == DIRECTIVE_END)
		diag_fatal(&loc, "'@end' without a remote block");
	colon = directive_host_colon(rest);
	if (!colon)
		diag_fatal(&loc, "'@%s' needs a ':' after its hosts",
		    kind_word(k));
	cmd = skip_space(colon + 1);
	if (!*cmd && k != DIRECTIVE_REMOTE)
		diag_fatal(&loc, "'@%s' needs sources and a destination "
		    "after its hosts", kind_word(k));
	if (!mark_translated(src->file, m->first, &silent))
		diag_fatal(&loc, "--emit-makefile: this directive is not "
		    "part of any rule dmake read");
	if (parse_result.silent_all)
		silent = true;

	add_comment(&em->body, src->file, m->first, text, m->raw.len - 1);
	sb_addf(&em->defs, "# %s:%lu\n", src->file, m->first);
	name = xasprintf("dmake_h_%lu", id);
	add_define(em, name, rest, (size_t)(colon - rest), &loc);
	free(name);

	if (*cmd) {
		name = xasprintf("dmake_c_%lu_1", id);
		add_define(em, name, cmd, strlen(cmd), &loc);
		free(name);
		start_recipe_line(&em->body, flags, silent, kind_word(k), &loc);
		add_foreach(&em->body, id, 1, &loc, k, flags);
		return;
	}

	/* A remote block: the recipe lines up to @end or the recipe's end. */
	{
		struct mline l = { STRBUF_INIT, 0, 0 };
		struct strbuf clean = STRBUF_INIT, nums = STRBUF_INIT;
		size_t n = 0;

		while (next_line(src, &l)) {
			struct loc lloc = { src->file, l.first };
			const char *p;
			unsigned f2;
			const char *rest2;

			if (l.raw.buf[0] == '\t') {
				enum directive_kind k2 = directive_kind(
				    l.raw.buf + 1, &f2, &rest2);

				add_comment(&em->body, src->file, l.first,
				    l.raw.buf + 1, l.raw.len - 1);
				mark_translated(src->file, l.first, NULL);
				if (k2 == DIRECTIVE_END)
					break;
				if (k2 != DIRECTIVE_NONE)
					diag_fatal(&lloc, "'@%s' inside a remote "
					    "block (opened at line %lu)",
					    kind_word(k2), m->first);
				n++;
				name = xasprintf("dmake_c_%lu_%zu", id, n);
				add_define(em, name, l.raw.buf + 1,
				    l.raw.len - 1, &lloc);
				free(name);
				sb_addf(&nums, " %lu", l.first);
				continue;
			}
			p = clean_line(&clean, &l);
			if (!*p)
				continue;	/* blank or a comment */
			if (is_conditional(p))
				diag_fatal(&lloc, "--emit-makefile: a "
				    "conditional inside a remote block (opened "
				    "at line %lu) cannot be translated",
				    m->first);
			push_back(src, &l);
			break;
		}
		start_recipe_line(&em->body, flags, silent, "block", &loc);
		sb_addf(&em->body, " %zu%s", n, nums.buf ? nums.buf : "");
		add_foreach(&em->body, id, n, &loc, k, flags);
		sb_release(&l.raw);
		sb_release(&clean);
		sb_release(&nums);
	}
}

/* Whether an included file must be copied in: GNU make would not find
 * it, or it holds something to translate. */
static bool
needs_copy(const struct include_rec *r)
{
	struct lexer lx;
	struct strbuf raw = STRBUF_INIT;
	unsigned long first;
	bool need = r->data_dir;

	if (need || lex_open(&lx, r->path, r->path) < 0)
		return need;
	while (!need && lex_logical(&lx, &raw, &first)) {
		unsigned f;
		const char *rest;

		if ((raw.buf[0] == '\t' &&
		    directive_kind(raw.buf + 1, &f, &rest) != DIRECTIVE_NONE) ||
		    strstr(raw.buf, "regex-filter") ||
		    strstr(raw.buf, "regex-subst"))
			need = true;
	}
	lex_close(&lx);
	sb_release(&raw);
	return need;
}

/* An include line at file:m: copy the files it read in, or keep it. */
static void
translate_include(struct emitter *em, const char *file, struct mline *m,
    const char *clean)
{
	struct loc loc = { file, m->first };
	size_t i;
	bool copy = false;

	for (i = 0; i < nincs; i++)
		if (incs[i].line == m->first && !strcmp(incs[i].from, file) &&
		    needs_copy(&incs[i]))
			copy = true;
	if (!copy) {
		add_rewritten(&em->body, m->raw.buf, m->raw.len, file,
		    m->first);
		sb_addc(&em->body, '\n');
		return;
	}
	if (strchr(clean, '$'))
		diag_fatal(&loc, "--emit-makefile: an include whose file name "
		    "is made of variables cannot be copied in");
	if (++em->depth > 50)
		diag_fatal(&loc, "--emit-makefile: includes nested too deep");
	add_comment(&em->body, file, m->first, m->raw.buf, m->raw.len);
	for (i = 0; i < nincs; i++) {
		if (incs[i].line != m->first || strcmp(incs[i].from, file))
			continue;
		sb_addf(&em->body, "# --- %s (copied in by dmake) ---\n",
		    incs[i].path);
		translate_file(em, incs[i].path, incs[i].name);
		sb_addf(&em->body, "# --- end of %s ---\n", incs[i].path);
	}
	em->depth--;
}

static void
translate_source(struct emitter *em, struct source *src)
{
	struct mline m = { STRBUF_INIT, 0, 0 };
	struct strbuf clean = STRBUF_INIT;
	int in_define = 0;

	while (next_line(src, &m)) {
		const char *p;

		if (m.raw.buf[0] == '\t' && !in_define) {
			unsigned f;
			const char *rest;
			enum directive_kind k = directive_kind(m.raw.buf + 1,
			    &f, &rest);

			if (k != DIRECTIVE_NONE) {
				translate_directive(em, src, &m, k, f, rest);
				continue;
			}
		}
		if (m.raw.buf[0] != '\t') {
			p = clean_line(&clean, &m);
			while (is_word(p, "override") || is_word(p, "export") ||
			    is_word(p, "private") || is_word(p, "unexport")) {
				p = skip_space(p + strcspn(p, " \t"));
			}
			if (is_word(p, "define")) {
				in_define++;
			} else if (in_define && is_word(p, "endef")) {
				in_define--;
			} else if (!in_define && (is_word(p, "include") ||
			    is_word(p, "-include") || is_word(p, "sinclude"))) {
				translate_include(em, src->file, &m, p);
				continue;
			}
		}
		add_rewritten(&em->body, m.raw.buf, m.raw.len, src->file,
		    m.first);
		sb_addc(&em->body, '\n');
	}
	sb_release(&m.raw);
	sb_release(&clean);
}

static void
translate_file(struct emitter *em, const char *path, const char *shown)
{
	struct source src;

	memset(&src, 0, sizeof(src));
	if (lex_open(&src.lx, path, shown) < 0) {
		int e = errno;

		diag_fatal(NULL, "--emit-makefile: %s: %s", path, strerror(e));
	}
	src.file = shown;
	sb_init(&src.pending.raw);
	/* as make does on reading it: $(lastword $(MAKEFILE_LIST)) */
	sb_adds(&em->body, "MAKEFILE_LIST += ");
	add_make_value(&em->body, path);
	sb_addc(&em->body, '\n');
	translate_source(em, &src);
	lex_close(&src.lx);
	sb_release(&src.pending.raw);
}

/* ---- the output ---- */

static const char *const reserved[] = {
	"SSH_CONFIG", "SSH_IDENTITY", "SSH_HOST_KEYS", "SSH_CONNECT_TIMEOUT",
	"DMAKE_FORKS", "DMAKE_LIMIT", "DMAKE_LIB", "DMAKE_RUN",
};

static void
check_reserved(void)
{
	size_t i;

	for (i = 0; i < countof(reserved); i++) {
		const struct var *v = varset_find(var_global, reserved[i],
		    strlen(reserved[i]));

		if (v && (v->origin == VAR_ORIGIN_FILE ||
		    v->origin == VAR_ORIGIN_OVERRIDE))
			diag_fatal(NULL, "--emit-makefile: the makefile sets "
			    "%s, which the emitted file uses for dmake's "
			    "options", reserved[i]);
	}
}

/* The run-time library, '$' doubled for a define. */
static void
add_library(struct strbuf *sb)
{
	char *path = parse_find_data_file("dmake/emit-lib.sh");
	struct lexer lx;
	size_t i;

	if (!path)
		diag_fatal(NULL, "--emit-makefile: dmake/emit-lib.sh not found "
		    "in dmake's data directory");
	if (lex_open(&lx, path, path) < 0) {
		int e = errno;

		diag_fatal(NULL, "%s: %s", path, strerror(e));
	}
	sb_adds(sb, "define DMAKE_LIB\n");
	for (i = 0; i < lx.len; i++) {
		if (lx.buf[i] == '$')
			sb_addc(sb, '$');
		sb_addc(sb, lx.buf[i]);
	}
	if (lx.len && lx.buf[lx.len - 1] != '\n')
		sb_addc(sb, '\n');
	sb_adds(sb, "endef\nexport DMAKE_LIB\n");
	lex_close(&lx);
	free(path);
}

static void
add_header(struct strbuf *sb, const char *const *files, size_t nfiles,
    const struct emit_opts *o)
{
	size_t i;

	sb_addf(sb, "# Made by %s --emit-makefile (dmake %s) from",
	    o->program ? o->program : "dmake", PACKAGE_VERSION);
	for (i = 0; i < nfiles; i++)
		sb_addf(sb, " %s", files[i]);
	sb_adds(sb,
	    ".\n"
	    "# Run it with GNU make and OpenSSH's client; dmake is not needed:\n"
	    "#   make -f THIS-FILE [TARGET...] [SSH_CONFIG=FILE] ...\n"
	    "# Each directive line became one recipe line running DMAKE_LIB "
	    "(below) once,\n"
	    "# with a comment above it quoting the Deployfile's line.  One "
	    "ssh connection\n"
	    "# per host and make run is shared (ControlMaster, sockets in a "
	    "private\n"
	    "# directory, closed when make ends).  Transfers always copy "
	    "(dmake skips\n"
	    "# unchanged files).\n"
	    "\n"
	    "# dmake's options, to override on make's command line:\n"
	    "# ssh_config file (empty: OpenSSH's own), an extra private key,\n"
	    "# StrictHostKeyChecking (empty: as ssh_config says), connect "
	    "timeout,\n"
	    "# hosts at once per directive, PCRE of the hosts to act on.\n");
	sb_adds(sb, "SSH_CONFIG ?= ");
	if (o->ssh_config)
		add_make_value(sb, o->ssh_config);
	sb_adds(sb, "\nSSH_IDENTITY ?= ");
	if (o->identity)
		add_make_value(sb, o->identity);
	sb_addf(sb, "\nSSH_HOST_KEYS ?= %s\n", o->accept_new ?
	    "accept-new" : "");
	sb_addf(sb, "SSH_CONNECT_TIMEOUT ?= %ld\n", o->connect_timeout > 0 ?
	    o->connect_timeout : 10);
	sb_addf(sb, "DMAKE_FORKS ?= %ld\n", o->forks > 0 ? o->forks : 16);
	sb_adds(sb, "DMAKE_LIMIT ?= ");
	if (o->limit)
		add_make_value(sb, o->limit);
	sb_adds(sb,
	    "\n\n"
	    "export DMAKE_SSH_CONFIG = $(SSH_CONFIG)\n"
	    "export DMAKE_SSH_IDENTITY = $(SSH_IDENTITY)\n"
	    "export DMAKE_SSH_HOST_KEYS = $(SSH_HOST_KEYS)\n"
	    "export DMAKE_SSH_CONNECT_TIMEOUT = $(SSH_CONNECT_TIMEOUT)\n"
	    "export DMAKE_FORKS\n"
	    "export DMAKE_LIMIT\n"
	    "# user and process of this make: the ssh sockets live while "
	    "it does\n"
	    "DMAKE_RUNID := $(shell echo \"$$(id -u).$$PPID\")\n"
	    "export DMAKE_RUNID\n"
	    "DMAKE_RUN = /bin/sh -c \"$$DMAKE_LIB\" dmake\n"
	    "\n"
	    "# Quoting: dmake_sq TEXT is TEXT as one sh word; dmake_q also "
	    "writes each\n"
	    "# backslash as \\\\ and each newline as \\n (make would split "
	    "a recipe line\n"
	    "# at a newline); DMAKE_LIB decodes them.\n"
	    "define dmake_nl\n\n\nendef\n"
	    "dmake_comma := ,\n"
	    "dmake_bs := $(strip \\ )\n"
	    "dmake_bsnl := $(dmake_bs)$(dmake_nl)\n"
	    "dmake_sq = '$(subst ','\\'',$1)'\n"
	    "dmake_q = '$(subst ','\\'',$(subst $(dmake_nl),\\n,"
	    "$(subst \\,\\\\,$1)))'\n"
	    "dmake_s = $(if $(findstring s,$(firstword -$(MAKEFLAGS))),s)\n"
	    "dmake_lib = /bin/sh -c $(call dmake_sq,$(DMAKE_LIB)) dmake\n"
	    "# Host lists: blanks and commas separate, web[01-03] is a range, "
	    "each host once;\n"
	    "# an empty list means $(HOSTS).\n"
	    "dmake_uniq = $(if $1,$(firstword $1) $(call dmake_uniq,"
	    "$(filter-out $(firstword $1),$1)))\n"
	    "dmake_hosts = $(call dmake_uniq,$(if $(findstring [,$1),"
	    "$(shell $(dmake_lib) hosts $(call dmake_sq,$1)),"
	    "$(subst $(dmake_comma), ,$1)))\n"
	    "dmake_hostlist = $(or $(strip $(call dmake_hosts,$1)),"
	    "$(strip $(call dmake_hosts,$(HOSTS))),$(error $2: no hosts given "
	    "and HOSTS is empty))\n"
	    "# dmake's PCRE2 functions, here with perl's regular "
	    "expressions.\n"
	    "dmake_regex_filter = $(shell $(dmake_lib) regex-filter "
	    "$(call dmake_sq,$2) $(call dmake_sq,$3))$(if $(filter 0,"
	    "$(.SHELLSTATUS)),,$(error $1: regex-filter failed))\n"
	    "dmake_regex_subst = $(shell $(dmake_lib) regex-subst "
	    "$(call dmake_sq,$2) $(call dmake_sq,$3) $(call dmake_sq,$4))"
	    "$(if $(filter 0,$(.SHELLSTATUS)),,$(error $1: regex-subst "
	    "failed))\n\n");
	add_library(sb);
	sb_adds(sb, "\n");
}

void
emit_makefile(const char *const *files, size_t nfiles,
    const char *const *evals, size_t nevals, const struct emit_opts *o,
    FILE *out)
{
	struct emitter em;
	struct strbuf head = STRBUF_INIT;
	const char *rp = var_global_raw(".RECIPEPREFIX");
	size_t i;

	memset(&em, 0, sizeof(em));
	sb_init(&em.defs);
	sb_init(&em.body);
	if (rp && *rp && strcmp(rp, "\t"))
		diag_fatal(NULL, "--emit-makefile: a .RECIPEPREFIX other than "
		    "a tab cannot be translated");
	check_reserved();
	collect_directives();
	for (i = 0; i < nevals; i++) {
		sb_adds(&em.body, "# --eval\n");
		add_rewritten(&em.body, evals[i], strlen(evals[i]), "--eval",
		    1);
		sb_addc(&em.body, '\n');
	}
	for (i = 0; i < nfiles; i++) {
		if (!strcmp(files[i], "-"))
			diag_fatal(NULL, "--emit-makefile: a makefile read from "
			    "standard input cannot be translated");
		sb_addf(&em.body, "# --- %s ---\n", files[i]);
		translate_file(&em, files[i], files[i]);
	}
	for (i = 0; i < ndirs; i++) {
		struct loc loc = { dirs[i].file, dirs[i].line };

		if (!dirs[i].translated)
			diag_fatal(&loc, "--emit-makefile: a directive made by "
			    "$(eval) or written after ';' cannot be translated");
	}
	add_header(&head, files, nfiles, o);
	if (em.defs.len) {
		sb_adds(&head, "# The directives' texts, expanded by make "
		    "for each host ($(HOST)).\n");
		sb_add(&head, em.defs.buf, em.defs.len);
		sb_addc(&head, '\n');
	}
	fwrite(head.buf, 1, head.len, out);
	fwrite(em.body.buf, 1, em.body.len, out);
	sb_release(&head);
	sb_release(&em.defs);
	sb_release(&em.body);
	free(incs);
	free(dirs);
	incs = NULL;
	dirs = NULL;
	nincs = ndirs = aincs = adirs = 0;
}
