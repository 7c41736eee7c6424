/*
 * func-text.c - the text builtins: subst, patsubst (and substitution
 * references), strip, findstring, filter, filter-out, sort, word,
 * wordlist, words, firstword, lastword, dir, notdir, suffix, basename,
 * addprefix, addsuffix, join, regex-filter, regex-subst.
 *
 * Word splitting, spacing quirks and messages follow GNU make 4.3.
 *
 * Interface (func.h):
 *	func_subst ... func_regex_subst		handlers
 *	func_patsubst_words, func_subst_ref	patsubst for the expander
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "func.h"
#include "re.h"
#include "strbuf.h"
#include "util.h"

#define PCT_NONE ((size_t)-1)

/* A pattern with GNU's escapes undone: pct is the index of the one
 * wildcard '%', or PCT_NONE. */
struct pat {
	struct strbuf s;
	size_t pct;
};

/* GNU's find_percent: before a '%', n backslashes become n / 2; an odd
 * n makes that '%' literal.  Only the first unescaped '%' counts. */
static void
pat_parse(struct pat *pt, const char *p, size_t len)
{
	size_t i;

	sb_init(&pt->s);
	pt->pct = PCT_NONE;
	for (i = 0; i < len; i++) {
		size_t n = 0;

		if (p[i] != '%') {
			sb_addc(&pt->s, p[i]);
			continue;
		}
		while (n < pt->s.len && pt->s.buf[pt->s.len - 1 - n] == '\\')
			n++;
		sb_setlen(&pt->s, pt->s.len - n + n / 2);
		if (n % 2 == 0) {
			pt->pct = pt->s.len;
			sb_add(&pt->s, p + i, len - i);
			return;
		}
		sb_addc(&pt->s, '%');
	}
}

static bool
pat_match(const struct pat *pt, const char *w, size_t len)
{
	size_t pre, post;

	if (pt->pct == PCT_NONE)
		return len == pt->s.len && memcmp(w, pt->s.buf, len) == 0;
	pre = pt->pct;
	post = pt->s.len - pre - 1;
	return len >= pre + post && memcmp(w, pt->s.buf, pre) == 0 &&
	    memcmp(w + len - post, pt->s.buf + pre + 1, post) == 0;
}

/* GNU's subst_expand by word: replace whole-word occurrences of s,
 * keeping the text's spacing; an empty s matches at each word's end. */
static void
subst_words(struct strbuf *out, const char *text, size_t len,
    const char *s, size_t slen, const char *r, size_t rlen)
{
	const char *t = text, *end = text + len, *p;

	do {
		if (!slen) {
			for (p = t; p < end && is_space((unsigned char)*p); p++)
				;
			while (p < end && !is_space((unsigned char)*p))
				p++;
		} else {
			p = memmem(t, (size_t)(end - t), s, slen);
			if (!p) {
				sb_add(out, t, (size_t)(end - t));
				return;
			}
		}
		sb_add(out, t, (size_t)(p - t));
		if ((p > text && !is_space((unsigned char)p[-1])) ||
		    (p + slen < end && !is_space((unsigned char)p[slen])))
			sb_add(out, s, slen);
		else
			sb_add(out, r, rlen);
		t = p + slen;
	} while (t < end);
}

/* GNU's patsubst_expand_pat, pattern with a '%'. */
static void
pat_words(struct strbuf *out, const char *text, size_t len,
    const struct pat *pt, const struct pat *rp)
{
	const char *p = text, *end = text + len, *w;
	size_t wl, pre = pt->pct, post = pt->s.len - pt->pct - 1;
	size_t rpre = rp->pct == PCT_NONE ? rp->s.len : rp->pct;
	bool any = false;

	while ((w = next_word(&p, end, &wl))) {
		bool fail = !pat_match(pt, w, wl);

		if (fail) {
			sb_add(out, w, wl);
		} else {
			sb_add(out, rp->s.buf, rpre);
			if (rp->pct != PCT_NONE) {
				sb_add(out, w + pre, wl - pre - post);
				sb_add(out, rp->s.buf + rpre + 1,
				    rp->s.len - rpre - 1);
			}
		}
		/* No space after a word replaced by nothing. */
		if (fail || rpre > 0 || rp->pct != PCT_NONE) {
			sb_addc(out, ' ');
			any = true;
		}
	}
	if (any)
		sb_setlen(out, out->len - 1);
}

void
func_patsubst_words(struct strbuf *out, const char *text, size_t len,
    const char *pattern, size_t plen, const char *repl, size_t rlen)
{
	struct pat pt, rp;

	pat_parse(&pt, pattern, plen);
	pat_parse(&rp, repl, rlen);
	if (pt.pct == PCT_NONE)
		subst_words(out, text, len, pt.s.buf, pt.s.len, rp.s.buf,
		    rp.s.len);
	else
		pat_words(out, text, len, &pt, &rp);
	sb_release(&pt.s);
	sb_release(&rp.s);
}

void
func_subst_ref(struct strbuf *out, const char *text, size_t len,
    const char *pattern, size_t plen, const char *repl, size_t rlen)
{
	struct pat pt, rp;

	pat_parse(&pt, pattern, plen);
	if (pt.pct != PCT_NONE) {
		pat_parse(&rp, repl, rlen);
	} else {
		/* No '%': a suffix, as if written %PAT=%REP. */
		struct strbuf s = STRBUF_INIT;

		sb_addc(&s, '%');
		sb_add(&s, pt.s.buf, pt.s.len);
		sb_release(&pt.s);
		pt.s = s;
		pt.pct = 0;
		sb_init(&rp.s);
		sb_addc(&rp.s, '%');
		sb_add(&rp.s, repl, rlen);
		rp.pct = 0;
	}
	pat_words(out, text, len, &pt, &rp);
	sb_release(&pt.s);
	sb_release(&rp.s);
}

/* Append a word with a separating space before it unless first. */
static void
add_word(struct strbuf *out, const char *w, size_t len, bool *first)
{
	if (!*first)
		sb_addc(out, ' ');
	*first = false;
	sb_add(out, w, len);
}

void
func_subst(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	const char *t = argv[2].p, *end = t + argv[2].len, *p;
	size_t flen = argv[0].len;

	(void)name;
	(void)argc;
	(void)cx;
	if (!flen) {
		sb_add(out, t, argv[2].len);
		sb_add(out, argv[1].p, argv[1].len);
		return;
	}
	while ((p = memmem(t, (size_t)(end - t), argv[0].p, flen))) {
		sb_add(out, t, (size_t)(p - t));
		sb_add(out, argv[1].p, argv[1].len);
		t = p + flen;
	}
	sb_add(out, t, (size_t)(end - t));
}

void
func_patsubst(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	(void)name;
	(void)argc;
	(void)cx;
	func_patsubst_words(out, argv[2].p, argv[2].len, argv[0].p,
	    argv[0].len, argv[1].p, argv[1].len);
}

void
func_strip(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	const char *p = argv[0].p, *w;
	size_t len;
	bool first = true;

	(void)name;
	(void)argc;
	(void)cx;
	while ((w = next_word(&p, argv[0].p + argv[0].len, &len)))
		add_word(out, w, len, &first);
}

void
func_findstring(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	(void)name;
	(void)argc;
	(void)cx;
	if (memmem(argv[1].p, argv[1].len, argv[0].p, argv[0].len))
		sb_add(out, argv[0].p, argv[0].len);
}

/*
 * filter, filter-out: literal patterns go in a hash set, so long lists
 * stay linear.
 */

struct lits {
	struct lit {
		const char *s;
		size_t len;
	} *slot;
	size_t n;	/* power of two, or 0 */
};

static size_t
hash_bytes(const char *s, size_t len)
{
	size_t h = 5381, i;

	for (i = 0; i < len; i++)
		h = h * 33 + (unsigned char)s[i];
	return h;
}

static struct lit *
lits_slot(const struct lits *l, const char *s, size_t len)
{
	size_t i;

	for (i = hash_bytes(s, len) & (l->n - 1); l->slot[i].s;
	    i = (i + 1) & (l->n - 1))
		if (l->slot[i].len == len && memcmp(l->slot[i].s, s, len) == 0)
			break;
	return &l->slot[i];
}

void
func_filter(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	bool keep_match = strcmp(name, "filter") == 0, first = true;
	struct pat *pats = NULL;
	size_t npats = 0, alloc = 0, len, i;
	struct lits lits = { NULL, 0 };
	const char *p = argv[0].p, *end = p + argv[0].len, *w;

	(void)argc;
	(void)cx;
	while ((w = next_word(&p, end, &len))) {
		XGROW(pats, npats + 1, alloc);
		pat_parse(&pats[npats++], w, len);
	}
	for (lits.n = 16; lits.n < npats * 2; lits.n *= 2)
		;
	lits.slot = xcalloc(lits.n, sizeof(*lits.slot));
	for (i = 0; i < npats; i++) {
		if (pats[i].pct == PCT_NONE) {
			struct lit *l = lits_slot(&lits, pats[i].s.buf,
			    pats[i].s.len);

			l->s = pats[i].s.buf;
			l->len = pats[i].s.len;
		}
	}
	p = argv[1].p;
	end = p + argv[1].len;
	while ((w = next_word(&p, end, &len))) {
		bool m = lits_slot(&lits, w, len)->s != NULL;

		for (i = 0; !m && i < npats; i++)
			m = pats[i].pct != PCT_NONE && pat_match(&pats[i], w, len);
		if (m == keep_match)
			add_word(out, w, len, &first);
	}
	for (i = 0; i < npats; i++)
		sb_release(&pats[i].s);
	free(pats);
	free(lits.slot);
}

/*
 * sort
 */

struct word {
	const char *p;
	size_t len;
};

static int
word_cmp(const void *a, const void *b)
{
	const struct word *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->p, y->p, n);

	if (c)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

void
func_sort(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	struct word *ws = NULL;
	size_t n = 0, alloc = 0, i, len;
	const char *p = argv[0].p, *w;
	bool first = true;

	(void)name;
	(void)argc;
	(void)cx;
	while ((w = next_word(&p, argv[0].p + argv[0].len, &len))) {
		XGROW(ws, n + 1, alloc);
		ws[n].p = w;
		ws[n++].len = len;
	}
	if (n)
		qsort(ws, n, sizeof(*ws), word_cmp);
	for (i = 0; i < n; i++)
		if (i == 0 || word_cmp(&ws[i - 1], &ws[i]) != 0)
			add_word(out, ws[i].p, ws[i].len, &first);
	free(ws);
}

/*
 * word, wordlist, words, firstword, lastword
 */

/* A 32-bit int from the low 32 bits of v, as a two's complement
 * machine converts. */
static int
int32_of(int64_t v)
{
	uint32_t u = (uint32_t)v;

	return u <= INT32_MAX ? (int)u : -(int)(UINT32_MAX - u) - 1;
}

/* GNU's check_numeric (digits, maybe surrounded by whitespace, or
 * whitespace alone), then its atoi(): the value saturates at LONG_MAX,
 * as strtol()'s, and is cut to an int, so that 4294967297 is 1 and
 * 2147483648 negative. */
static int
numeric(const struct func_arg *a, const char *msg,
    const struct expand_ctx *cx)
{
	const char *p = a->p, *end = a->p + a->len;
	int64_t n = 0;

	while (p < end && is_space((unsigned char)*p))
		p++;
	while (end > p && is_space((unsigned char)end[-1]))
		end--;
	/* (GNU make lets blanks alone through, as 0; nothing is refused) */
	if (p == end && a->len == 0)
		diag_fatal(cx->varloc, "%s: '%s'", msg, a->p);
	for (; p < end; p++) {
		if (*p < '0' || *p > '9')
			diag_fatal(cx->varloc, "%s: '%s'", msg, a->p);
		n = n > (INT64_MAX - 9) / 10 ? INT64_MAX :
		    n * 10 + (*p - '0');
	}
	return int32_of(n);
}

/* The n-th word (from 1) of a, or NULL; *pp is left after it. */
static const char *
nth_word(const char **pp, const char *end, unsigned long n, size_t *len)
{
	const char *w = NULL;

	while (n-- > 0 && (w = next_word(pp, end, len)))
		;
	return w;
}

void
func_word(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	int n = numeric(&argv[0],
	    "non-numeric first argument to 'word' function", cx);
	const char *p = argv[1].p, *w;
	size_t len;

	(void)name;
	(void)argc;
	if (!n)
		diag_fatal(cx->varloc,
		    "first argument to 'word' function must be greater than 0");
	if (n < 0)
		return;		/* (GNU make counts down to 0: never) */
	w = nth_word(&p, argv[1].p + argv[1].len, (unsigned long)n, &len);
	if (w)
		sb_add(out, w, len);
}

void
func_wordlist(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	int start = numeric(&argv[0],
	    "non-numeric first argument to 'wordlist' function", cx);
	int stop = numeric(&argv[1],
	    "non-numeric second argument to 'wordlist' function", cx);
	const char *p = argv[2].p, *end = p + argv[2].len, *w, *last;
	size_t len;
	int count;

	(void)name;
	(void)argc;
	if (start < 1)
		diag_fatal(cx->varloc,
		    "invalid first argument to 'wordlist' function: '%d'",
		    start);
	/* (in GNU make's int, wrapping as it does) */
	count = int32_of((int64_t)stop - start + 1);
	if (count <= 0)
		return;
	w = nth_word(&p, end, (unsigned long)start, &len);
	if (!w)
		return;
	last = w + len;
	/* The words between keep their spacing, as in GNU. */
	while (--count > 0 && (nth_word(&p, end, 1, &len)))
		last = p;
	sb_add(out, w, (size_t)(last - w));
}

void
func_words(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	const char *p = argv[0].p;
	size_t n = 0, len;

	(void)name;
	(void)argc;
	(void)cx;
	while (next_word(&p, argv[0].p + argv[0].len, &len))
		n++;
	sb_addf(out, "%zu", n);
}

void
func_firstword(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	const char *p = argv[0].p, *w;
	size_t len;

	(void)name;
	(void)argc;
	(void)cx;
	if ((w = next_word(&p, argv[0].p + argv[0].len, &len)))
		sb_add(out, w, len);
}

void
func_lastword(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	const char *p = argv[0].p, *w, *last = NULL;
	size_t len, lastlen = 0;

	(void)name;
	(void)argc;
	(void)cx;
	while ((w = next_word(&p, argv[0].p + argv[0].len, &len))) {
		last = w;
		lastlen = len;
	}
	if (last)
		sb_add(out, last, lastlen);
}

/*
 * dir, notdir, suffix, basename
 */

/* The last '/' (or, with dot, '/' or '.') in w, or NULL. */
static const char *
last_stop(const char *w, size_t len, bool dot)
{
	const char *p = w + len;

	while (p > w) {
		p--;
		if (*p == '/' || (dot && *p == '.'))
			return p;
	}
	return NULL;
}

/* kind: 'd' dir, 'n' notdir, 's' suffix, 'b' basename. */
static void
path_parts(struct strbuf *out, const struct func_arg *a, int kind)
{
	const char *p = a->p, *w, *s;
	size_t len, start = out->len;

	while ((w = next_word(&p, a->p + a->len, &len))) {
		s = last_stop(w, len, kind == 's' || kind == 'b');
		if (kind == 'd')
			sb_add(out, w, s ? (size_t)(s + 1 - w) : 0);
		if (kind == 'd' && !s)
			sb_adds(out, "./");
		if (kind == 'n')
			sb_add(out, s ? s + 1 : w, s ? len - (size_t)(s + 1 - w) :
			    len);
		if (kind == 's' && (!s || *s != '.'))
			continue;	/* no suffix: no word, no space */
		if (kind == 's')
			sb_add(out, s, len - (size_t)(s - w));
		if (kind == 'b')
			sb_add(out, w, s && *s == '.' ? (size_t)(s - w) : len);
		sb_addc(out, ' ');
	}
	if (out->len > start)
		sb_setlen(out, out->len - 1);
}

void
func_dir(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	(void)name;
	(void)argc;
	(void)cx;
	path_parts(out, &argv[0], 'd');
}

void
func_notdir(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	(void)name;
	(void)argc;
	(void)cx;
	path_parts(out, &argv[0], 'n');
}

void
func_suffix(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	(void)name;
	(void)argc;
	(void)cx;
	path_parts(out, &argv[0], 's');
}

void
func_basename(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	(void)name;
	(void)argc;
	(void)cx;
	path_parts(out, &argv[0], 'b');
}

/*
 * addprefix, addsuffix, join
 */

void
func_addfix(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	bool prefix = name[3] == 'p';
	const char *p = argv[1].p, *w;
	size_t len, start = out->len;

	(void)argc;
	(void)cx;
	while ((w = next_word(&p, argv[1].p + argv[1].len, &len))) {
		if (prefix)
			sb_add(out, argv[0].p, argv[0].len);
		sb_add(out, w, len);
		if (!prefix)
			sb_add(out, argv[0].p, argv[0].len);
		sb_addc(out, ' ');
	}
	if (out->len > start)
		sb_setlen(out, out->len - 1);
}

void
func_join(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	const char *p1 = argv[0].p, *p2 = argv[1].p, *w1, *w2;
	const char *e1 = p1 + argv[0].len, *e2 = p2 + argv[1].len;
	size_t l1, l2, start = out->len;

	(void)name;
	(void)argc;
	(void)cx;
	for (;;) {
		w1 = next_word(&p1, e1, &l1);
		w2 = next_word(&p2, e2, &l2);
		if (!w1 && !w2)
			break;
		if (w1)
			sb_add(out, w1, l1);
		if (w2)
			sb_add(out, w2, l2);
		sb_addc(out, ' ');
	}
	if (out->len > start)
		sb_setlen(out, out->len - 1);
}

/*
 * regex-filter, regex-subst (dmake's own, DESIGN §1): word by word, so
 * ^ and $ anchor a word.
 */

void
func_regex_filter(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	struct re *re = re_get(argv[0].p, argv[0].len, name, cx->varloc);
	const char *p = argv[1].p, *w;
	size_t len;
	bool first = true;

	(void)argc;
	while ((w = next_word(&p, argv[1].p + argv[1].len, &len)))
		if (re_match(re, w, len, name, cx->varloc))
			add_word(out, w, len, &first);
}

void
func_regex_subst(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	struct re *re = re_get(argv[0].p, argv[0].len, name, cx->varloc);
	const char *p = argv[2].p, *w;
	size_t len, mark, sep;
	bool first = true;

	(void)argc;
	while ((w = next_word(&p, argv[2].p + argv[2].len, &len))) {
		mark = out->len;
		if (!first)
			sb_addc(out, ' ');
		sep = out->len;
		re_subst(re, w, len, argv[1].p, argv[1].len, out, name,
		    cx->varloc);
		/* A word replaced by nothing leaves no extra space. */
		if (out->len == sep)
			sb_setlen(out, mark);
		else
			first = false;
	}
}
