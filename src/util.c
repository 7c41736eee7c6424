/*
 * util.c - allocators that die on exhaustion, small string helpers.
 *
 * Interface:
 *	xmalloc, xcalloc, xrealloc, xreallocarray, xstrdup, xstrndup,
 *	xasprintf	allocate or die with GNU make's message
 *	skip_space	skip whitespace
 *	next_word	iterate over whitespace-separated words
 *	next_name, name_unescape	words of file names, "\ " kept
 *	str_hash	FNV-1a string hash
 *	json_fputs	write a JSON string literal
 */
#include "config.h"

#include <errno.h>
#include <glob.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "util.h"

const char *progname = "dmake";

static void
oom(void)
{
	static const char msg[] = ": *** virtual memory exhausted\n";

	/* No allocation here: stdio may itself need memory. */
	(void)!write(2, progname, strlen(progname));
	(void)!write(2, msg, sizeof(msg) - 1);
	_exit(2);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		oom();
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (!p)
		oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *
xreallocarray(void *p, size_t nmemb, size_t size)
{
	if (size && nmemb > SIZE_MAX / size)
		oom();
	return xrealloc(p, nmemb * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	p = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

const char *
skip_space(const char *p)
{
	while (is_space((unsigned char)*p))
		p++;
	return p;
}

const char *
next_word(const char **pp, const char *end, size_t *len)
{
	const char *p = *pp, *start;

	while (p < end && is_space((unsigned char)*p))
		p++;
	if (p == end) {
		*pp = p;
		return NULL;
	}
	start = p;
	while (p < end && !is_space((unsigned char)*p))
		p++;
	*len = (size_t)(p - start);
	*pp = p;
	return start;
}

size_t
stack_allowance(void)
{
	const size_t cap = (size_t)256 << 20;
	struct rlimit rl;

	if (getrlimit(RLIMIT_STACK, &rl) < 0 || rl.rlim_cur == RLIM_INFINITY ||
	    rl.rlim_cur / 2 > cap)
		return cap;
	return (size_t)rl.rlim_cur / 2;
}

/* The run of backslashes that ends right before p, back to start. */
static size_t
backslashes_before(const char *start, const char *p)
{
	const char *b = p;

	while (b > start && b[-1] == '\\')
		b--;
	return (size_t)(p - b);
}

const char *
next_name(const char **pp, const char *end, size_t *len)
{
	const char *p = *pp, *start;

	while (p < end && is_space((unsigned char)*p))
		p++;
	if (p == end) {
		*pp = p;
		return NULL;
	}
	start = p;
	for (;;) {
		/* as GNU make's file names: a newline (from a define'd
		 * variable) is part of one, only blanks end it */
		while (p < end && !is_blank((unsigned char)*p))
			p++;
		/* most words end without a backslash before the blank */
		if (p == end || p[-1] != '\\' || !is_blank((unsigned char)*p))
			break;
		if (backslashes_before(start, p) % 2 == 0)
			break;
		p++;
	}
	*len = (size_t)(p - start);
	*pp = p;
	return start;
}

const char *
name_unescape(const char *w, size_t *len, const char *end, char **buf)
{
	size_t n = *len, i = 0, o = 0;
	bool blank_after = w + n < end && is_blank((unsigned char)w[n]);
	char *out;

	if (!memchr(w, '\\', n))
		return w;
	out = *buf = xrealloc(*buf, n + 1);
	while (i < n) {
		size_t k = 0;
		bool halve;

		while (i + k < n && w[i + k] == '\\')
			k++;
		if (k == 0) {
			out[o++] = w[i++];
			continue;
		}
		i += k;
		/* a run before a blank (that ending the word too) */
		halve = i < n ? is_blank((unsigned char)w[i]) : blank_after;
		if (halve)
			k /= 2;
		memset(out + o, '\\', k);
		o += k;
	}
	out[o] = '\0';
	*len = o;
	return out;
}

const char *
prereq_split(const char *text, size_t len, size_t *normal_len,
    const char **oo, size_t *oo_len, char **buf)
{
	const char *p = text, *end = text + len, *bar, *stop = end;
	bool copy = false;
	size_t o = 0, i;
	char *out;

	while ((bar = memchr(p, '|', (size_t)(end - p))) != NULL) {
		size_t k = backslashes_before(text, bar);

		copy = copy || k > 0;
		if (k % 2 == 0) {
			stop = bar;
			break;
		}
		p = bar + 1;
	}
	*oo = stop < end ? stop + 1 : end;
	*oo_len = (size_t)(end - *oo);
	*normal_len = (size_t)(stop - text);
	if (!copy)
		return text;
	out = *buf = xrealloc(*buf, *normal_len + 1);
	for (i = 0; i < *normal_len;) {
		size_t k = 0;

		if (text[i] != '\\') {
			out[o++] = text[i++];
			continue;
		}
		while (i + k < *normal_len && text[i + k] == '\\')
			k++;
		i += k;
		/* a run before a '|', or before the one that ends the text */
		if (i < *normal_len ? text[i] == '|' : stop < end)
			k /= 2;
		memset(out + o, '\\', k);
		o += k;
	}
	out[o] = '\0';
	*normal_len = o;
	return out;
}

char *
tilde_expand(const char *w, size_t n, const char *home)
{
	const char *slash, *dir = NULL;
	char user[256], buf[4096];
	struct passwd pw, *res = NULL;
	size_t ulen;

	if (!n || *w != '~')
		return NULL;
	slash = memchr(w, '/', n);
	ulen = (size_t)((slash ? slash : w + n) - (w + 1));
	if (ulen >= sizeof(user))
		return NULL;
	if (!ulen) {
		if (home && *home)
			dir = home;
		else if ((dir = getenv("HOME")) != NULL && !*dir)
			dir = NULL;
		/* (the _r forms: a thread may look up users too) */
		if (!dir && getpwuid_r(getuid(), &pw, buf, sizeof(buf),
		    &res) == 0 && res)
			dir = res->pw_dir;
	} else {
		memcpy(user, w + 1, ulen);
		user[ulen] = '\0';
		if (getpwnam_r(user, &pw, buf, sizeof(buf), &res) == 0 && res)
			dir = res->pw_dir;
	}
	if (!dir)
		return NULL;
	return xasprintf("%s%.*s", dir, (int)(n - 1 - ulen), w + 1 + ulen);
}

void
strip_dot_slash(const char **p, size_t *len)
{
	while (*len > 2 && (*p)[0] == '.' && (*p)[1] == '/') {
		*p += 2;
		*len -= 2;
		while (*len > 1 && **p == '/') {
			(*p)++;
			(*len)--;
		}
	}
}

const char *
cmdline_file_name(const char *name)
{
	while (name[0] == '.' && name[1] == '/') {
		name += 2;
		while (*name == '/')
			name++;
	}
	return *name ? name : "./";
}

size_t
str_hash(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return (size_t)(h ^ (h >> 29));
}

static size_t
ptr_hash(const void *p)
{
	uint64_t h = (uint64_t)(uintptr_t)p;

	h ^= h >> 4;
	h *= 0x9e3779b97f4a7c15ULL;
	return (size_t)(h ^ (h >> 32));
}

void
ptrset_init(struct ptrset *s, size_t most)
{
	s->size = 16;
	while (s->size < 2 * most)
		s->size *= 2;
	s->v = xcalloc(s->size, sizeof(*s->v));
	s->n = 0;
}

size_t
ptrset_slot(const struct ptrset *s, const void *p)
{
	size_t i = ptr_hash(p) & (s->size - 1);

	while (s->v[i] && s->v[i] != p)
		i = (i + 1) & (s->size - 1);
	return i;
}

bool
ptrset_add(struct ptrset *s, const void *p)
{
	size_t i;

	if (2 * (s->n + 1) > s->size) {
		struct ptrset old = *s;
		size_t k;

		ptrset_init(s, old.size ? old.size : 8);
		for (k = 0; k < old.size; k++)
			if (old.v[k])
				s->v[ptrset_slot(s, old.v[k])] = old.v[k];
		s->n = old.n;
		free(old.v);
	}
	i = ptrset_slot(s, p);
	if (s->v[i])
		return false;
	s->v[i] = p;
	s->n++;
	return true;
}

bool
ptrset_has(const struct ptrset *s, const void *p)
{
	return s->size && s->v[ptrset_slot(s, p)];
}

void
ptrset_free(struct ptrset *s)
{
	free(s->v);
	s->v = NULL;
	s->size = s->n = 0;
}

void
json_fputs(const char *s, FILE *f)
{
	putc('"', f);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"' || ch == '\\')
			fprintf(f, "\\%c", ch);
		else if (ch < 0x20)
			fprintf(f, "\\u%04x", ch);
		else
			putc(ch, f);
	}
	putc('"', f);
}

void
fd_spill(int fd, int out)
{
	char buf[65536];
	ssize_t n;

	if (lseek(fd, 0, SEEK_SET) < 0)
		return;
	while ((n = read(fd, buf, sizeof(buf))) > 0) {
		char *p = buf;

		while (n > 0) {
			ssize_t w = write(out, p, (size_t)n);

			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0)
				break;
			p += w;
			n -= w;
		}
	}
	if (ftruncate(fd, 0) < 0 || lseek(fd, 0, SEEK_SET) < 0)
		return;
}

bool
name_glob(const char *w, size_t n,
    void (*fn)(const char *name, size_t len, void *arg), void *arg)
{
	char *pat;
	glob_t g;
	size_t i;
	bool any;

	if (!memchr(w, '*', n) && !memchr(w, '?', n) && !memchr(w, '[', n))
		return false;
	pat = xstrndup(w, n);
	any = glob(pat, 0, NULL, &g) == 0;
	if (any) {
		for (i = 0; i < g.gl_pathc; i++) {
			const char *gp = g.gl_pathv[i];
			size_t gl = strlen(gp);

			strip_dot_slash(&gp, &gl);
			fn(gp, gl, arg);
		}
		globfree(&g);
	}
	free(pat);
	return any;
}
