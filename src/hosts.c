/*
 * hosts.c - host-list words: splitting, pdsh-style range expansion and
 * [user@]host[:port] parsing, with duplicates dropped in first-seen
 * order.
 *
 * A text is cut into words (next_token), each word's brackets are
 * checked and its range groups counted before anything is generated
 * (word_count), so a bad group fails before any output and a huge
 * product fails without being built; then emit() walks the groups
 * recursively and add_host() parses and records each new word.
 *
 * Interface:
 *	hosts_split	text to an array of struct host_spec
 *	hosts_free	free that array
 */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "hosts.h"
#include "strbuf.h"
#include "util.h"

/* Longest number in a range: 18 digits stay below 2^63, so sums and
 * differences cannot overflow. */
#define NUM_DIGITS_MAX 18

enum group_kind {
	GROUP_BAD,
	GROUP_RANGE,	/* digits, ',' and '-' */
	GROUP_IPV6	/* holds a ':' */
};

/* One item of a range group: lo..hi, printed at least width wide. */
struct range {
	unsigned long long lo, hi;
	int width;
};

struct hostvec {
	struct host_spec *v;
	size_t n, alloc;
	size_t produced;	/* words expanded so far, duplicates too */
	size_t *slot;		/* hash set: index + 1 into v, 0 empty */
	size_t nslot;		/* a power of two, or 0 */
};

/*
 * Cut the next word of *pp into tok (reset first): it ends at
 * whitespace, or at a comma outside brackets.  Returns false when only
 * separators are left.
 */
static bool
next_token(const char **pp, struct strbuf *tok)
{
	const char *p = *pp;
	bool inside = false;

	while (*p && (is_space((unsigned char)*p) || *p == ','))
		p++;
	if (!*p)
		return false;
	sb_reset(tok);
	for (; *p && !is_space((unsigned char)*p); p++) {
		if (*p == ',' && !inside)
			break;
		if (*p == '[')
			inside = true;
		else if (*p == ']')
			inside = false;
		sb_addc(tok, *p);
	}
	*pp = p;
	return true;
}

/* Brackets must pair up and not nest. */
static int
check_brackets(const char *word, struct strbuf *err)
{
	const char *p;
	bool inside = false;

	for (p = word; *p; p++) {
		if (*p == '[' && inside) {
			sb_addf(err, "nested '[' in '%s'", word);
			return -1;
		}
		if (*p == ']' && !inside) {
			sb_addf(err, "unmatched ']' in '%s'", word);
			return -1;
		}
		if (*p == '[' || *p == ']')
			inside = *p == '[';
	}
	if (inside) {
		sb_addf(err, "unterminated '[' in '%s'", word);
		return -1;
	}
	return 0;
}

static enum group_kind
group_kind(const char *p, const char *end)
{
	enum group_kind kind = p < end ? GROUP_RANGE : GROUP_BAD;

	for (; p < end; p++) {
		if (*p == ':')
			return GROUP_IPV6;
		if (!strchr("0123456789,-", *p))
			kind = GROUP_BAD;
	}
	return kind;
}

/* Parse a run of 1..NUM_DIGITS_MAX digits at p; NULL if there is none
 * or it is too long. */
static const char *
parse_num(const char *p, unsigned long long *v)
{
	const char *start = p;

	*v = 0;
	while (*p >= '0' && *p <= '9') {
		if (p - start == NUM_DIGITS_MAX)
			return NULL;
		*v = *v * 10 + (unsigned)(*p - '0');
		p++;
	}
	return p == start ? NULL : p;
}

/*
 * Parse one item "N" or "N-M" of the range group [p, end) into r.
 * Returns the start of the next item (past the ',') or end, or NULL
 * when the item is bad.  The width is the lower bound's digit count,
 * as pdsh does: it pads only when the lower bound has leading zeros.
 */
static const char *
range_next(const char *p, const char *end, struct range *r)
{
	const char *q;

	q = parse_num(p, &r->lo);
	if (!q || q > end)
		return NULL;
	r->width = (int)(q - p);
	r->hi = r->lo;
	if (q < end && *q == '-') {
		p = q + 1;
		q = parse_num(p, &r->hi);
		if (!q || q > end)
			return NULL;
	}
	if (r->hi < r->lo)
		return NULL;
	if (q == end)
		return end;
	if (*q != ',' || q + 1 == end)
		return NULL;
	return q + 1;
}

/* Numbers in the range group [p, end), saturated at HOSTS_MAX + 1; -1
 * if the group is bad. */
static long
group_count(const char *p, const char *end)
{
	struct range r;
	unsigned long long total = 0;

	while (p < end) {
		p = range_next(p, end, &r);
		if (!p)
			return -1;
		if (total <= HOSTS_MAX)
			total += r.hi - r.lo + 1;
	}
	return total > HOSTS_MAX ? HOSTS_MAX + 1 : (long)total;
}

/*
 * Find the next range group at or after p: sets *open and *close to its
 * brackets and returns true, or returns false.  IPv6 groups are
 * skipped; brackets were checked, so each '[' has its ']'.
 */
static bool
next_group(const char *p, const char **open, const char **close)
{
	while ((p = strchr(p, '[')) != NULL) {
		*open = p;
		*close = strchr(p, ']');
		if (group_kind(p + 1, *close) == GROUP_RANGE)
			return true;
		p = *close + 1;
	}
	return false;
}

/* How many words word expands to, saturated at HOSTS_MAX + 1; -1 with
 * a message when a group is bad. */
static long
word_count(const char *word, struct strbuf *err)
{
	const char *p, *open, *close;
	long total = 1, c;

	if (check_brackets(word, err) < 0)
		return -1;
	for (p = word; (p = strchr(p, '[')) != NULL; p = close + 1) {
		close = strchr(p, ']');
		if (group_kind(p + 1, close) == GROUP_BAD)
			goto bad;
	}
	for (p = word; next_group(p, &open, &close); p = close + 1) {
		c = group_count(open + 1, close);
		if (c <= 0)	/* 0 cannot happen: groups are not empty */
			goto bad;
		total = total > HOSTS_MAX / c ? HOSTS_MAX + 1 : total * c;
	}
	return total;
bad:
	sb_addf(err, "bad host range '%s'", word);
	return -1;
}

static bool
is_ipv6_char(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F') || c == ':' || c == '.';
}

/* An IPv6 address as written in brackets: hex digits, ':' and '.' (for
 * an embedded IPv4 address), optionally "%zone" with a non-empty zone
 * of letters, digits, '.', '_' and '-'. */
static bool
ipv6_ok(const char *p, const char *end)
{
	const char *start = p;

	while (p < end && is_ipv6_char((unsigned char)*p))
		p++;
	if (p == start || !memchr(start, ':', (size_t)(p - start)))
		return false;
	if (p == end)
		return true;
	if (*p++ != '%' || p == end)
		return false;
	for (; p < end; p++)
		if (!strchr("abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-", *p))
			return false;
	return true;
}

/* Parse the port at p (the rest of the word) into *port. */
static bool
parse_port(const char *p, unsigned *port)
{
	unsigned long v = 0;

	if (!*p)
		return false;
	for (; *p; p++) {
		if (*p < '0' || *p > '9')
			return false;
		v = v * 10 + (unsigned)(*p - '0');
		if (v > 65535)
			return false;
	}
	*port = (unsigned)v;
	return v > 0;
}

/* The host part "[addr]" or "[addr]:port" at hp. */
static int
parse_bracketed(const char *word, const char *hp, struct host_spec *h,
    struct strbuf *err)
{
	const char *close = strchr(hp, ']');

	if (!ipv6_ok(hp + 1, close)) {
		sb_addf(err, "bad IPv6 address in '%s'", word);
		return -1;
	}
	if (close[1] && close[1] != ':') {
		sb_addf(err, "bad host word '%s'", word);
		return -1;
	}
	if (close[1] && !parse_port(close + 2, &h->port)) {
		sb_addf(err, "bad port in '%s'", word);
		return -1;
	}
	h->name = xstrndup(hp + 1, (size_t)(close - hp - 1));
	return 0;
}

/* The host part "name", "name:port" or a bare IPv6 address at hp. */
static int
parse_plain(const char *word, const char *hp, struct host_spec *h,
    struct strbuf *err)
{
	const char *colon = strchr(hp, ':');

	if (strpbrk(hp, "[]")) {
		sb_addf(err, "bad host word '%s'", word);
		return -1;
	}
	if (!colon || strchr(colon + 1, ':')) {
		if (!*hp) {
			sb_addf(err, "empty host name in '%s'", word);
			return -1;
		}
		h->name = xstrdup(hp);
		return 0;
	}
	if (colon == hp) {
		sb_addf(err, "empty host name in '%s'", word);
		return -1;
	}
	if (!parse_port(colon + 1, &h->port)) {
		sb_addf(err, "bad port in '%s'", word);
		return -1;
	}
	h->name = xstrndup(hp, (size_t)(colon - hp));
	return 0;
}

/* Parse an expanded word into h (zeroed first); on failure h owns
 * nothing. */
static int
parse_word(const char *word, struct host_spec *h, struct strbuf *err)
{
	const char *at = strrchr(word, '@');
	const char *hp = at ? at + 1 : word;
	int r;

	memset(h, 0, sizeof(*h));
	if (at == word) {
		sb_addf(err, "empty user name in '%s'", word);
		return -1;
	}
	if (at && strpbrk(word, "[]") && strpbrk(word, "[]") < at) {
		sb_addf(err, "bad host word '%s'", word);
		return -1;
	}
	if (*hp == '[')
		r = parse_bracketed(word, hp, h, err);
	else
		r = parse_plain(word, hp, h, err);
	if (r < 0)
		return -1;
	h->word = xstrdup(word);
	h->user = at ? xstrndup(word, (size_t)(at - word)) : NULL;
	return 0;
}

/* The slot of word in the hash set: where it is, or the empty slot
 * where it would go.  nslot is a power of two above n. */
static size_t *
seen_slot(const struct hostvec *hv, const char *word)
{
	size_t mask = hv->nslot - 1;
	size_t i = str_hash(word, strlen(word)) & mask;

	while (hv->slot[i] && strcmp(hv->v[hv->slot[i] - 1].word, word))
		i = (i + 1) & mask;
	return &hv->slot[i];
}

/* Make room for one more entry: keep the load factor at most 1/2. */
static void
seen_grow(struct hostvec *hv)
{
	size_t i;

	if (2 * (hv->n + 1) <= hv->nslot)
		return;
	free(hv->slot);
	hv->nslot = hv->nslot ? 2 * hv->nslot : 64;
	hv->slot = xcalloc(hv->nslot, sizeof(*hv->slot));
	for (i = 0; i < hv->n; i++)
		*seen_slot(hv, hv->v[i].word) = i + 1;
}

/* Record word unless it is a duplicate. */
static int
add_host(struct hostvec *hv, const char *word, struct strbuf *err)
{
	size_t *slot;

	seen_grow(hv);
	slot = seen_slot(hv, word);
	if (*slot)
		return 0;
	XGROW(hv->v, hv->n + 1, hv->alloc);
	if (parse_word(word, &hv->v[hv->n], err) < 0)
		return -1;
	*slot = ++hv->n;
	return 0;
}

/*
 * Expand the word from p on, acc holding the expansion of what came before:
 * substitute each number of the next range group in turn and recurse
 * on the rest.  word_count() has checked every group.
 */
static int
emit(struct hostvec *hv, const char *p, struct strbuf *acc,
    struct strbuf *err)
{
	const char *open, *close, *q;
	struct range r;
	unsigned long long v;
	size_t base;

	if (!next_group(p, &open, &close)) {
		sb_adds(acc, p);
		return add_host(hv, acc->buf, err);
	}
	sb_add(acc, p, (size_t)(open - p));
	base = acc->len;
	for (q = open + 1; q < close; ) {
		q = range_next(q, close, &r);
		if (!q)
			BUG("range group not checked by word_count()");
		for (v = r.lo; v <= r.hi; v++) {
			sb_setlen(acc, base);
			sb_addf(acc, "%0*llu", r.width, v);
			if (emit(hv, close + 1, acc, err) < 0)
				return -1;
		}
	}
	return 0;
}

static int
expand(struct hostvec *hv, const char *word, struct strbuf *err)
{
	struct strbuf acc = STRBUF_INIT;
	long count;
	int r;

	count = word_count(word, err);
	if (count < 0)
		return -1;
	if ((size_t)count > HOSTS_MAX - hv->produced) {
		sb_addf(err, "too many hosts (over %d) in '%s'", HOSTS_MAX,
		    word);
		return -1;
	}
	hv->produced += (size_t)count;
	r = emit(hv, word, &acc, err);
	sb_release(&acc);
	return r;
}

int
hosts_split(const char *text, struct host_spec **out, size_t *n,
    struct strbuf *err)
{
	struct hostvec hv = { 0 };
	struct strbuf tok = STRBUF_INIT;
	int r = 0;

	while (r == 0 && next_token(&text, &tok))
		r = expand(&hv, tok.buf, err);
	sb_release(&tok);
	free(hv.slot);
	if (r < 0) {
		hosts_free(hv.v, hv.n);
		hv.v = NULL;
		hv.n = 0;
	}
	*out = hv.v;
	*n = hv.n;
	return r;
}

void
hosts_free(struct host_spec *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].word);
		free(v[i].user);
		free(v[i].name);
	}
	free(v);
}
