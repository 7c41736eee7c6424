/*
 * expand.c - the one expander: each reference is parsed into an
 * expression record (variable, substitution reference or function
 * call), then evaluated, appending to a caller-owned strbuf.  Also
 * assignment with make's operators and origin rules, and the
 * environment of child processes.
 *
 * Locations follow GNU make 4.3: syntax, argument and recursion errors
 * point at the innermost recursive variable being expanded (where it
 * was defined), $(error) and friends at the text being read.
 *
 * Interface:
 *	expand, expand_str, expand_var	expand text / a variable
 *	expand_skip_ref			find the end of a reference
 *	expand_assign			NAME OP VALUE
 *	expand_environ, expand_environ_free	child environments
 *	expand_ctx_text, expand_ctx_var	(func.h) for builtin handlers
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "expand.h"
#include "func.h"
#include "strbuf.h"
#include "util.h"
#include "var.h"

/* Nesting of expansions (references in references, variables, calls):
 * past EXPAND_MAX_DEPTH levels, or past stack_allowance(), stop with
 * an error rather than overflow the stack. */
#define EXPAND_MAX_DEPTH 10000
#define EXPAND_MAX_NEST 1000

struct expand_hooks expand_hooks;

/* Runaway-recursion guard shared by all expansions of the process
 * ($(eval) re-enters through the parser): the depth, and the stack
 * address and budget of the outermost expansion. */
static unsigned depth;
static uintptr_t stack_base;
static size_t stack_budget;

enum expr_kind {
	EXPR_VAR,		/* $x $(name) ${name} */
	EXPR_SUBST_REF,		/* $(name:a=b) */
	EXPR_FUNC,		/* $(func args) */
};

/* One parsed reference. */
struct expr {
	enum expr_kind kind;
	const char *name;	/* variable name (raw text or namebuf) */
	size_t nlen;
	const char *pat, *rep;	/* substitution reference parts */
	size_t plen, rlen;
	const struct func *func;
	const char *args;	/* raw argument text of a call */
	size_t alen;
	char open, close;
	const char *end;	/* just past the reference */
	struct strbuf namebuf;	/* a computed name, owned */
};

static void
enter(const struct expand_ctx *cx)
{
	uintptr_t here = (uintptr_t)__builtin_frame_address(0);

	diag_check_signals();	/* a long expansion dies of SIGTERM too */
	if (depth++ == 0) {
		stack_base = here;
		if (!stack_budget)
			stack_budget = stack_allowance();
	}
	if (depth > EXPAND_MAX_DEPTH || (here < stack_base &&
	    stack_base - here > stack_budget))
		diag_fatal(cx->varloc, "expansion nested too deeply");
}

static void
leave(void)
{
	depth--;
}

static struct expand_ctx
ctx_make(const struct scope *sc, const struct loc *loc)
{
	struct expand_ctx cx;

	cx.sc = sc ? sc : &scope_global;
	cx.reading = loc;
	cx.varloc = loc;
	cx.call_nargs = 0;
	cx.nest = 0;
	return cx;
}

/* The first unmatched close of [p, end), counting open/close pairs. */
static const char *
find_close(const char *p, const char *end, char open, char close)
{
	int count = 0;

	for (; p < end; p++) {
		if (*p == open)
			count++;
		else if (*p == close && --count < 0)
			return p;
	}
	return NULL;
}

/* A builtin call: "$(NAME " with NAME in the table (GNU: the name is
 * followed by whitespace or the end of the text). */
static bool
parse_func(struct expr *e, const char *beg, const char *end,
    const struct expand_ctx *cx)
{
	const char *p = beg, *close;

	while (p < end && ((*p >= 'a' && *p <= 'z') || *p == '-'))
		p++;
	if (p == beg || (p < end && !is_space((unsigned char)*p)))
		return false;
	e->func = func_lookup(beg, (size_t)(p - beg));
	if (!e->func)
		return false;
	while (p < end && is_space((unsigned char)*p))
		p++;
	close = find_close(p, end, e->open, e->close);
	if (!close)
		diag_fatal(cx->varloc,
		    "unterminated call to function '%s': missing '%c'",
		    e->func->name, e->close);
	e->kind = EXPR_FUNC;
	e->args = p;
	e->alen = (size_t)(close - p);
	e->end = close + 1;
	return true;
}

/* Split "name:pat=rep" when it is a substitution reference. */
static void
parse_subst_ref(struct expr *e)
{
	const char *colon = memchr(e->name, ':', e->nlen), *eq;
	const char *nend = e->name + e->nlen;

	if (!colon)
		return;
	eq = memchr(colon + 1, '=', (size_t)(nend - colon - 1));
	if (!eq)
		return;
	e->kind = EXPR_SUBST_REF;
	e->pat = colon + 1;
	e->plen = (size_t)(eq - colon - 1);
	e->rep = eq + 1;
	e->rlen = (size_t)(nend - eq - 1);
	e->nlen = (size_t)(colon - e->name);
}

/* $( or ${ at d: a function call, or a variable or substitution
 * reference whose name may itself hold references. */
static void
parse_paren(struct expr *e, const char *d, const char *end,
    const struct expand_ctx *cx)
{
	const char *beg = d + 2, *c1, *close;
	struct expand_ctx sub = *cx;

	if (++sub.nest > EXPAND_MAX_NEST)
		diag_fatal(cx->varloc, "expansion nested too deeply");
	e->open = d[1];
	e->close = e->open == '(' ? ')' : '}';
	if (parse_func(e, beg, end, cx))
		return;
	c1 = memchr(beg, e->close, (size_t)(end - beg));
	if (!c1)
		diag_fatal(cx->varloc, "unterminated variable reference");
	e->kind = EXPR_VAR;
	e->name = beg;
	e->nlen = (size_t)(c1 - beg);
	e->end = c1 + 1;
	if (memchr(beg, '$', (size_t)(c1 - beg))) {
		close = find_close(beg, end, e->open, e->close);
		if (close) {
			expand_ctx_text(&e->namebuf, beg,
			    (size_t)(close - beg), &sub);
			e->name = e->namebuf.buf;
			e->nlen = e->namebuf.len;
			e->end = close + 1;
		} else {
			/* GNU: "$($(a)" names "$(a" and ends the text. */
			e->end = end;
		}
	}
	parse_subst_ref(e);
}

/* Parse the reference starting at the '$' at d (d + 1 < end). */
static void
parse_ref(struct expr *e, const char *d, const char *end,
    const struct expand_ctx *cx)
{
	memset(e, 0, sizeof(*e));
	sb_init(&e->namebuf);
	if (d[1] == '(' || d[1] == '{') {
		parse_paren(e, d, end, cx);
		return;
	}
	e->kind = EXPR_VAR;
	e->name = d + 1;
	e->nlen = 1;
	e->end = d + 2;
}

/* Arguments of a call: split at commas outside nested parens of the
 * call's own kind, the last one taking the rest past f->max. */
static size_t
split_args(const struct expr *e, struct func_arg **argv, size_t *alloc)
{
	const char *p = e->args, *end = e->args + e->alen;
	size_t n = 0;
	int count = 0;

	for (;;) {
		const char *q = p;

		if (!e->func->max || n + 1 < e->func->max) {
			for (; q < end; q++) {
				if (*q == e->open)
					count++;
				else if (*q == e->close)
					count--;
				else if (*q == ',' && !count)
					break;
			}
		} else {
			q = end;
		}
		XGROW(*argv, n + 1, *alloc);
		(*argv)[n].p = p;
		(*argv)[n++].len = (size_t)(q - p);
		if (q >= end)
			return n;
		p = q + 1;
	}
}

static void
eval_func(struct strbuf *out, const struct expr *e,
    const struct expand_ctx *cx)
{
	struct func_arg *argv = NULL;
	size_t alloc = 0, argc = split_args(e, &argv, &alloc), i;
	struct strbuf vals = STRBUF_INIT;
	struct expand_ctx sub = *cx;
	size_t *offs;

	/* The arguments are nested in the text: one level deeper. */
	sub.nest++;
	cx = &sub;
	if (!e->func->expand_args) {
		func_run(out, e->func, argv, argc, cx);
		free(argv);
		return;
	}
	/* One buffer for every expanded argument, each NUL-terminated. */
	offs = xreallocarray(NULL, argc, sizeof(*offs));
	for (i = 0; i < argc; i++) {
		offs[i] = vals.len;
		expand_ctx_text(&vals, argv[i].p, argv[i].len, cx);
		argv[i].len = vals.len - offs[i];
		sb_addc(&vals, '\0');
	}
	for (i = 0; i < argc; i++)
		argv[i].p = vals.buf + offs[i];
	func_run(out, e->func, argv, argc, cx);
	free(offs);
	free(argv);
	sb_release(&vals);
}

static void
eval_subst_ref(struct strbuf *out, const struct expr *e,
    const struct expand_ctx *cx)
{
	const struct scope *found;
	struct var *v = var_lookup(cx->sc, e->name, e->nlen, &found);
	struct strbuf val = STRBUF_INIT;

	if (!v && var_warn_undefined)
		diag_warning(cx->reading, "undefined variable '%.*s'",
		    (int)e->nlen, e->name);
	if (!v || !v->len)
		return;
	expand_ctx_var(&val, v, found, false, cx);
	func_subst_ref(out, val.buf, val.len, e->pat, e->plen, e->rep,
	    e->rlen);
	sb_release(&val);
}

/* $(.VARIABLES): the global variables' names (GNU make: "defined so
 * far", in no particular order; here sorted). */
static void
add_name(struct var *v, void *arg)
{
	struct strbuf *names = arg;

	sb_add(names, v->name, strlen(v->name));
	sb_addc(names, '\0');
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void
list_variables(struct strbuf *out)
{
	struct strbuf names = STRBUF_INIT;
	const char **v;
	size_t n = 0, i, off;

	varset_foreach(var_global, add_name, &names);
	for (off = 0; off < names.len; off += strlen(names.buf + off) + 1)
		n++;
	v = xcalloc(n + 1, sizeof(*v));
	for (off = 0, i = 0; off < names.len;
	    off += strlen(names.buf + off) + 1)
		v[i++] = names.buf + off;
	if (n)
		qsort(v, n, sizeof(*v), cmp_str);
	for (i = 0; i < n; i++) {
		if (i)
			sb_addc(out, ' ');
		sb_adds(out, v[i]);
	}
	free(v);
	sb_release(&names);
}

static void
eval_expr(struct strbuf *out, const struct expr *e,
    const struct expand_ctx *cx)
{
	const struct scope *found;
	struct var *v;

	switch (e->kind) {
	case EXPR_VAR:
		v = var_lookup(cx->sc, e->name, e->nlen, &found);
		if (v && v->origin == VAR_ORIGIN_DEFAULT && e->nlen == 10 &&
		    !memcmp(e->name, ".VARIABLES", 10))
			list_variables(out);
		else if (v)
			expand_ctx_var(out, v, found, false, cx);
		else if (var_warn_undefined)
			diag_warning(cx->reading, "undefined variable '%.*s'",
			    (int)e->nlen, e->name);
		break;
	case EXPR_SUBST_REF:
		eval_subst_ref(out, e, cx);
		break;
	case EXPR_FUNC:
		eval_func(out, e, cx);
		break;
	}
}

/* Expand the reference at the '$' at d; return where the text goes on. */
static const char *
expand_dollar(struct strbuf *out, const char *d, const char *end,
    const struct expand_ctx *cx)
{
	struct expr e;

	if (d + 1 == end) {
		sb_addc(out, '$');	/* a '$' that ends the text stays */
		return end;
	}
	if (d[1] == '$') {
		sb_addc(out, '$');
		return d + 2;
	}
	parse_ref(&e, d, end, cx);
	eval_expr(out, &e, cx);
	sb_release(&e.namebuf);
	return e.end;
}

void
expand_ctx_text(struct strbuf *out, const char *text, size_t len,
    const struct expand_ctx *cx)
{
	const char *p = text, *end = text + len;

	enter(cx);
	while (p < end) {
		const char *d = memchr(p, '$', (size_t)(end - p));

		if (!d) {
			sb_add(out, p, (size_t)(end - p));
			break;
		}
		sb_add(out, p, (size_t)(d - p));
		p = expand_dollar(out, d, end, cx);
	}
	leave();
}

/* A variable's own text: copied when simple, expanded when recursive
 * (with the loop check unless self_ok). */
static void
own_value(struct strbuf *out, struct var *v, bool self_ok,
    const struct expand_ctx *cx)
{
	struct expand_ctx sub = *cx;
	bool was = v->expanding;

	if (v->flavor == VAR_SIMPLE) {
		sb_add(out, v->value, v->len);
		return;
	}
	if (was && !self_ok)
		diag_fatal(v->loc.file ? &v->loc : cx->varloc,
		    "Recursive variable '%s' references itself (eventually)",
		    v->name);
	sub.nest = 0;		/* a text of its own */
	if (v->loc.file) {
		sub.varloc = &v->loc;
		if (!sub.reading || !sub.reading->file)
			sub.reading = &v->loc;
	}
	v->expanding = true;
	expand_ctx_text(out, v->value, v->len, &sub);
	v->expanding = was;
}

/* GNU's variable_append: the value of name seen from level on, where an
 * append variable adds its own text after the outer value and a
 * space.  hidden: a parent target's level has been passed. */
static void
append_from(struct strbuf *out, const char *name, size_t nlen,
    const struct scope *level, bool hidden, const struct expand_ctx *cx)
{
	struct var *v = NULL;
	size_t start = out->len;

	for (; level; level = level->parent) {
		hidden = hidden || level->inherited;
		v = varset_find(level->vars, name, nlen);
		if (v && !(hidden && v->is_private))
			break;
	}
	if (!level)
		return;
	if (v->append)
		append_from(out, name, nlen, level->parent, hidden, cx);
	if (out->len > start)
		sb_addc(out, ' ');
	/* as GNU make's variable_append: without the loop check (a
	 * pattern's += met again in a parent target's level is the same
	 * variable here, GNU make copies it for each target; a real loop
	 * is still caught when the text refers to the variable being
	 * expanded), and in the context of the variable that is (its
	 * line for errors, cx's) */
	if (v->flavor == VAR_SIMPLE) {
		sb_add(out, v->value, v->len);
	} else {
		struct expand_ctx sub = *cx;

		sub.nest = 0;
		expand_ctx_text(out, v->value, v->len, &sub);
	}
}

/* Whether a level up to and including found is a parent target's. */
static bool
hidden_at(const struct scope *sc, const struct scope *found)
{
	for (; sc; sc = sc->parent) {
		if (sc->inherited)
			return true;
		if (sc == found)
			break;
	}
	return false;
}

void
expand_ctx_var(struct strbuf *out, struct var *v, const struct scope *found,
    bool self_ok, const struct expand_ctx *cx)
{
	size_t start = out->len;
	bool was;

	if (!v->append) {
		own_value(out, v, self_ok, cx);
		return;
	}
	was = v->expanding;
	if (was && !self_ok)
		diag_fatal(v->loc.file ? &v->loc : cx->varloc,
		    "Recursive variable '%s' references itself (eventually)",
		    v->name);
	v->expanding = true;
	{
		/* the values before its own are expanded as at its line */
		struct expand_ctx sub = *cx;

		if (v->loc.file) {
			sub.varloc = &v->loc;
			if (!sub.reading || !sub.reading->file)
				sub.reading = &v->loc;
		}
		append_from(out, v->name, strlen(v->name),
		    found ? found->parent : NULL, hidden_at(cx->sc, found),
		    &sub);
	}
	if (out->len > start)
		sb_addc(out, ' ');
	own_value(out, v, true, cx);
	v->expanding = was;
}

void
expand(struct strbuf *out, const char *text, size_t len,
    const struct scope *sc, const struct loc *loc)
{
	struct expand_ctx cx = ctx_make(sc, loc);

	expand_ctx_text(out, text, len, &cx);
}

char *
expand_str(const char *text, const struct scope *sc, const struct loc *loc)
{
	struct strbuf sb = STRBUF_INIT;

	expand(&sb, text, strlen(text), sc, loc);
	return sb_detach(&sb, NULL);
}

void
expand_var(struct strbuf *out, const char *name, size_t len,
    const struct scope *sc, const struct loc *loc)
{
	struct expand_ctx cx = ctx_make(sc, loc);
	const struct scope *found;
	struct var *v = var_lookup(cx.sc, name, len, &found);

	if (v)
		expand_ctx_var(out, v, found, false, &cx);
}

const char *
expand_skip_ref(const char *p, const char *end)
{
	const char *close;

	if (p + 1 >= end)
		return end;
	if (p[1] != '(' && p[1] != '{')
		return p + 2;
	close = find_close(p + 2, end, p[1], p[1] == '(' ? ')' : '}');
	return close ? close + 1 : end;
}

/*
 * Assignment.
 */

static void
apply_flags(struct var *v, unsigned flags)
{
	if (flags & ASSIGN_EXPORT)
		v->export = VAR_EXPORT_YES;
	if (flags & ASSIGN_UNEXPORT)
		v->export = VAR_EXPORT_NO;
	if (flags & ASSIGN_TARGET) {
		/* as GNU's record_target_var: each line says both again
		 * ("t: export V = 1" then "t: V = 2" is not exported) */
		v->is_private = (flags & ASSIGN_PRIVATE) != 0;
		if (!(flags & ASSIGN_EXPORT))
			v->export = VAR_EXPORT_DEFAULT;
	} else if (flags & ASSIGN_PRIVATE) {
		v->is_private = true;
	}
}

/* What GNU make 4.3 does to a global that a target's or a pattern's
 * '?=' without 'export' finds: its 'export' or 'unexport' is taken
 * away, so that it is passed to recipes only as an unmarked variable
 * is (from the command line, or under .EXPORT_ALL_VARIABLES); and one
 * whose name is in make's environment is not passed at all, until an
 * "export V" says so again (found by trying: tests/diff/cases/1178). */
void
expand_unmark_export(struct var *v)
{
	v->export = getenv(v->name) ? VAR_EXPORT_NO : VAR_EXPORT_DEFAULT;
}

/* Define in set unless a variable there has a higher-priority origin
 * (GNU: a later origin replaces only an equal or lower one). */
static struct var *
define(struct varset *set, const char *name, size_t nlen, const char *value,
    size_t vlen, enum var_flavor flavor, enum var_origin origin,
    unsigned flags, const struct loc *loc)
{
	struct var *v = varset_find(set, name, nlen);

	/* Under -e the environment's value wins over a makefile's, and
	 * the variable's origin becomes "environment override". */
	if (v && var_env_overrides && v->origin == VAR_ORIGIN_ENV &&
	    origin == VAR_ORIGIN_FILE)
		v->origin = VAR_ORIGIN_ENV_OVERRIDE;
	if (v && origin < v->origin) {
		apply_flags(v, flags);
		return NULL;
	}
	v = varset_set(set, name, nlen, value, vlen, flavor, origin, loc);
	v->append = false;
	apply_flags(v, flags);
	return v;
}

struct var *
expand_define(struct varset *set, const char *name, size_t nlen,
    const char *value, size_t vlen, enum var_flavor flavor,
    enum var_origin origin, unsigned flags, const struct loc *loc)
{
	return define(set, name, nlen, value, vlen, flavor, origin, flags,
	    loc);
}

/* A target-specific variable not marked override takes the value of a
 * command-line (or -e environment) global, as GNU's record_target_var
 * does, and its flavor.  A pattern's line keeps its kind all the same
 * (struct pattern_var's op: GNU make sets up a target's variable from
 * the line's kind and this value later, "%.o: V += x" under V=c gives
 * "c c"); -p shows the flavor. */
static void
target_cmdline(struct var *v)
{
	struct var *gv;

	if (!v || v->origin == VAR_ORIGIN_OVERRIDE)
		return;
	gv = varset_find(var_global, v->name, strlen(v->name));
	if (!gv || gv == v || (gv->origin != VAR_ORIGIN_COMMAND &&
	    gv->origin != VAR_ORIGIN_ENV_OVERRIDE))
		return;
	var_set_value(v, gv->value, gv->len);
	v->origin = gv->origin;
	v->flavor = gv->flavor;
	v->append = false;
}

/* The variable name refers to for '+=' and '?=' (not a target's '+='):
 * GNU's lookup_variable() in the context the line is read in, which
 * holds the set assigned to (the globals at the top of a makefile; in
 * an $(eval) that a recipe runs, the target's variables come first,
 * and a private global is out of sight). */
static struct var *
assign_old(const char *name, size_t nlen, const struct scope *sc)
{
	return var_lookup(sc, name, nlen, NULL);
}

static struct var *
assign_append(struct varset *set, const char *name, size_t nlen,
    const char *value, size_t vlen, enum var_origin origin, unsigned flags,
    const struct expand_ctx *cx, const struct loc *defloc)
{
	bool target = flags & ASSIGN_TARGET;
	struct var *old, *v;
	struct strbuf nv = STRBUF_INIT, add = STRBUF_INIT;
	enum var_flavor flavor;

	old = target ? varset_find(set, name, nlen) :
	    assign_old(name, nlen, cx->sc);
	if (!old) {
		v = define(set, name, nlen, value, vlen, VAR_RECURSIVE,
		    origin, flags, defloc);
		if (v)
			v->append = target;
		return v;
	}
	/* Copy what is needed of old first: expanding the new text may
	 * $(eval) it away. */
	flavor = old->flavor;
	target = target && old->append;
	sb_add(&nv, old->value, old->len);
	if (flavor == VAR_RECURSIVE)
		sb_add(&add, value, vlen);
	else
		expand_ctx_text(&add, value, vlen, cx);
	/* as GNU make: nothing to add, nothing changes (neither the
	 * origin nor where the variable is from); its modifiers do */
	if (!add.len) {
		sb_release(&add);
		sb_release(&nv);
		/* (found again: the expansion may have changed it) */
		old = target ? varset_find(set, name, nlen) :
		    assign_old(name, nlen, cx->sc);
		if (old)
			apply_flags(old, flags);
		return old;
	}
	/* GNU adds the space only when both parts are non-empty. */
	if (nv.len && add.len)
		sb_addc(&nv, ' ');
	sb_add(&nv, add.buf, add.len);
	sb_release(&add);
	v = define(set, name, nlen, nv.buf, nv.len, flavor, origin, flags,
	    defloc);
	if (v)
		v->append = target;
	sb_release(&nv);
	return v;
}

static struct var *
assign_conditional(struct varset *set, const char *name, size_t nlen,
    const char *value, size_t vlen, enum var_origin origin, unsigned flags,
    const struct expand_ctx *cx, const struct loc *defloc)
{
	struct var *old;

	/* a pattern's is decided for each target, as GNU make decides it
	 * when it first sets up a target's variables: by then the line
	 * may have a global one after it */
	if (flags & ASSIGN_PATTERN)
		return define(set, name, nlen, value, vlen, VAR_RECURSIVE,
		    origin, flags, defloc);
	old = assign_old(name, nlen, cx->sc);
	/* (a target's: a private one outside its own set is not seen) */
	if (old && (flags & ASSIGN_TARGET) && old->is_private &&
	    old != varset_find(set, name, nlen))
		old = NULL;
	/* GNU decides when the line is read, for target variables too. */
	if (old) {
		/* as GNU make, whose target '?=' finds the global variable
		 * and marks that one: "t: private V ?= 1" makes a global
		 * V private, "t: export V ?= 1" exports it (a pattern's
		 * does not: see ASSIGN_PATTERN) */
		if (old == varset_find(set, name, nlen) ||
		    ((flags & ASSIGN_TARGET) && cx->sc->vars == set))
			apply_flags(old, flags);
		if ((flags & ASSIGN_TARGET) && !(flags & ASSIGN_EXPORT) &&
		    old != varset_find(set, name, nlen))
			expand_unmark_export(old);
		return NULL;
	}
	return define(set, name, nlen, value, vlen, VAR_RECURSIVE, origin,
	    flags, defloc);
}

struct var *
expand_assign(struct varset *set, const char *name, size_t nlen,
    enum assign_op op, const char *value, size_t vlen,
    enum var_origin origin, unsigned flags, const struct scope *sc,
    const struct loc *loc)
{
	return expand_assign_at(set, name, nlen, op, value, vlen, origin,
	    flags, sc, loc, loc);
}

struct var *
expand_assign_at(struct varset *set, const char *name, size_t nlen,
    enum assign_op op, const char *value, size_t vlen,
    enum var_origin origin, unsigned flags, const struct scope *sc,
    const struct loc *loc, const struct loc *at)
{
	struct expand_ctx cx = ctx_make(sc, at);
	struct strbuf sb = STRBUF_INIT, cmd = STRBUF_INIT;
	struct var *v = NULL;

	if (!nlen)
		diag_fatal(loc, "empty variable name");
	if (flags & ASSIGN_OVERRIDE)
		origin = VAR_ORIGIN_OVERRIDE;
	switch (op) {
	case ASSIGN_RECURSIVE:
		v = define(set, name, nlen, value, vlen, VAR_RECURSIVE, origin,
		    flags, loc);
		break;
	case ASSIGN_SIMPLE:
		expand_ctx_text(&sb, value, vlen, &cx);
		v = define(set, name, nlen, sb.buf, sb.len, VAR_SIMPLE, origin,
		    flags, loc);
		break;
	case ASSIGN_SHELL:
		if (flags & ASSIGN_PATTERN) {
			/* run for each target (rule_init_vars()); kept
			 * as GNU make keeps it, shown by -p as ':=' */
			v = define(set, name, nlen, value, vlen, VAR_SIMPLE,
			    origin, flags, loc);
			break;
		}
		expand_ctx_text(&cmd, value, vlen, &cx);
		func_shell_run(&sb, cmd.buf, cmd.len, false, &cx);
		v = define(set, name, nlen, sb.buf, sb.len, VAR_RECURSIVE,
		    origin, flags, loc);
		break;
	case ASSIGN_CONDITIONAL:
		v = assign_conditional(set, name, nlen, value, vlen, origin,
		    flags, &cx, loc);
		break;
	case ASSIGN_APPEND:
		v = assign_append(set, name, nlen, value, vlen, origin, flags,
		    &cx, loc);
		break;
	}
	sb_release(&sb);
	sb_release(&cmd);
	if ((flags & ASSIGN_TARGET) && !(flags & ASSIGN_SETUP))
		target_cmdline(v);
	return v;
}

/*
 * Child environments.
 */

#define ENV_NONE ((size_t)-1)

/* Names seen, by pointer (names are interned, so equal names are the
 * same pointer), with their index in the environment or ENV_NONE. */
struct name_map {
	struct name_ent {
		const char *name;
		size_t idx;
		size_t item;	/* 1 + its env_item, or 0 */
		bool seen;
	} *ent;
	size_t n;		/* power of two */
};

struct env_item {
	struct var *v;
	const struct scope *level;
	size_t idx;
	bool exported;
};

/* The environment being built. */
struct env {
	char **v;		/* "NAME=VALUE", NULL when removed */
	size_t n, alloc;
	struct name_map map;
	struct env_item *items;
	size_t nitems, items_alloc;
	const struct scope *level;
	bool export_all;
};

static struct name_ent *
map_get(struct name_map *m, const char *name)
{
	size_t h = (size_t)name, i;

	h ^= h >> 17;
	for (i = h & (m->n - 1); m->ent[i].name; i = (i + 1) & (m->n - 1))
		if (m->ent[i].name == name)
			return &m->ent[i];
	m->ent[i].name = name;
	m->ent[i].idx = ENV_NONE;
	return &m->ent[i];
}

static bool
shell_name(const char *s)
{
	if (!(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
		return false;
	for (s++; *s; s++)
		if (!(*s == '_' || (*s >= 'a' && *s <= 'z') ||
		    (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

/* GNU 4.3's target_environment: export YES always, NO never, else
 * command-line and environment variables (GNU's main marks everything
 * imported from the environment exported, which in_env stands for), or
 * all under export_all.  SHELL is not passed unless exported. */
static bool
exported(const struct var *v, const struct scope *level, bool in_env,
    bool export_all)
{
	enum var_export ex = v->export;
	const struct var *gv = v;

	/* A target's variable not marked either way follows the global
	 * one (GNU's per_target rule). */
	if (level->vars != var_global) {
		gv = varset_find(var_global, v->name, strlen(v->name));
		if (gv && ex == VAR_EXPORT_DEFAULT)
			ex = gv->export;
	}
	/* the name is passed on as the environment's only while the
	 * global variable made of it lives (not after an undefine) */
	in_env = in_env && gv && gv->from_env;
	switch (ex) {
	case VAR_EXPORT_YES:
		return true;
	case VAR_EXPORT_NO:
		return false;
	case VAR_EXPORT_DEFAULT:
		break;
	}
	if (v->origin == VAR_ORIGIN_DEFAULT || v->origin == VAR_ORIGIN_AUTOMATIC)
		return false;
	if (!shell_name(v->name) || strcmp(v->name, "SHELL") == 0)
		return false;
	return export_all || in_env || v->origin == VAR_ORIGIN_COMMAND ||
	    v->origin == VAR_ORIGIN_ENV || v->origin == VAR_ORIGIN_ENV_OVERRIDE;
}

/* First pass: note the variables that touch the environment.  A private
 * one counts too, a global or a parent target's: GNU make's
 * target_environment() does not look at 'private'.  Values are expanded
 * later: an expansion may add to these very sets. */
static void
env_note(struct var *v, void *arg)
{
	struct env *env = arg;
	struct name_ent *e;
	struct env_item *it;
	bool ex;

	e = map_get(&env->map, v->name);
	if (e->seen)
		return;
	if (!*v->name || strchr(v->name, '=')) {
		e->seen = true;
		return;
	}
	ex = exported(v, env->level, e->idx != ENV_NONE, env->export_all);
	/* An unexported SHELL keeps the environment's value, as in GNU. */
	if (!ex && strcmp(v->name, "SHELL") == 0) {
		e->seen = true;
		return;
	}
	if (!ex) {
		/* GNU's target_environment() leaves it out, so that an
		 * outer level's variable of the name may still be passed
		 * (a target's "override B := a" does not hide the command
		 * line's exported B); if none is, the name goes */
		if (e->idx == ENV_NONE || e->item)
			return;
	} else {
		e->seen = true;
		if (e->item) {
			it = &env->items[e->item - 1];
			it->v = v;
			it->level = env->level;
			it->exported = true;
			return;
		}
	}
	XGROW(env->items, env->nitems + 1, env->items_alloc);
	it = &env->items[env->nitems++];
	it->v = v;
	it->level = env->level;
	it->idx = e->idx;
	it->exported = ex;
	e->item = env->nitems;
}

static void
env_apply(struct env *env, const struct env_item *it,
    const struct expand_ctx *cx)
{
	struct strbuf sb = STRBUF_INIT;
	struct var *v = it->v;
	size_t i = it->idx;

	if (strcmp(v->name, "MAKELEVEL") == 0)
		return;		/* expand_environ() puts it in */
	if (!it->exported) {
		free(env->v[i]);
		env->v[i] = NULL;
		return;
	}
	sb_adds(&sb, v->name);
	sb_addc(&sb, '=');
	if (!v->append && (v->flavor == VAR_SIMPLE ||
	    v->origin == VAR_ORIGIN_ENV || v->origin == VAR_ORIGIN_ENV_OVERRIDE))
		sb_add(&sb, v->value, v->len);
	else if (v->append) {
		/* as GNU's target_environment(): composed from the
		 * recipe's innermost variable of the name out, so a
		 * target's own value, exported or not, comes first (a
		 * pattern's "C = $@" under a parent's "export C += x"
		 * passes C=$@ alone); v itself is being expanded, for
		 * the self-reference check */
		bool was = v->expanding;

		v->expanding = true;
		append_from(&sb, v->name, strlen(v->name), cx->sc, false, cx);
		v->expanding = was;
	} else
		expand_ctx_var(&sb, v, it->level, false, cx);
	if (i == ENV_NONE) {
		XGROW(env->v, env->n + 1, env->alloc);
		i = env->n++;
	} else {
		free(env->v[i]);
	}
	env->v[i] = sb_detach(&sb, NULL);
}

static void
env_init(struct env *env, const struct scope *sc)
{
	const struct scope *l;
	size_t want = 0;
	char **ep;

	for (ep = environ; *ep; ep++)
		want++;
	for (l = sc; l; l = l->parent)
		want += varset_count(l->vars);
	for (env->map.n = 16; env->map.n < want * 2; env->map.n *= 2)
		;
	env->map.ent = xcalloc(env->map.n, sizeof(*env->map.ent));
	for (ep = environ; *ep; ep++) {
		const char *eq = strchr(*ep, '=');
		struct name_ent *e;

		XGROW(env->v, env->n + 1, env->alloc);
		env->v[env->n] = xstrdup(*ep);
		if (eq) {
			e = map_get(&env->map,
			    var_intern(*ep, (size_t)(eq - *ep)));
			if (e->idx == ENV_NONE)
				e->idx = env->n;
		}
		env->n++;
	}
}

long expand_makelevel;
bool expand_oneshell;

char **
expand_environ(const struct scope *sc, bool export_all)
{
	struct expand_ctx cx = ctx_make(sc, NULL);
	struct env env;
	char **out;
	size_t i, n = 0;

	memset(&env, 0, sizeof(env));
	env.export_all = export_all;
	env_init(&env, cx.sc);
	for (env.level = cx.sc; env.level; env.level = env.level->parent)
		varset_foreach(env.level->vars, env_note, &env);
	/* GNU make makes the environment of its variables alone: a name
	 * of make's environment that no variable has now (undefined) is
	 * not passed; SHELL, never a variable, keeps its value */
	for (i = 0; i < env.map.n; i++) {
		struct name_ent *e = &env.map.ent[i];

		if (e->name && e->idx != ENV_NONE && !e->seen && !e->item &&
		    strcmp(e->name, "SHELL") != 0) {
			free(env.v[e->idx]);
			env.v[e->idx] = NULL;
		}
	}
	for (i = 0; i < env.nitems; i++)
		env_apply(&env, &env.items[i], &cx);
	{
		/* a child make runs one level deeper */
		struct name_ent *e = map_get(&env.map,
		    var_intern("MAKELEVEL", 9));

		if (e->idx == ENV_NONE || !env.v[e->idx]) {
			XGROW(env.v, env.n + 1, env.alloc);
			e->idx = env.n++;
		} else {
			free(env.v[e->idx]);
		}
		env.v[e->idx] = xasprintf("MAKELEVEL=%ld",
		    expand_makelevel + 1);
	}
	out = xreallocarray(NULL, env.n + 1, sizeof(*out));
	for (i = 0; i < env.n; i++)
		if (env.v[i])
			out[n++] = env.v[i];
	out[n] = NULL;
	free(env.v);
	free(env.items);
	free(env.map.ent);
	return out;
}

void
expand_environ_free(char **envp)
{
	char **p;

	if (!envp)
		return;
	for (p = envp; *p; p++)
		free(*p);
	free(envp);
}
