/*
 * strbuf.c - growable byte buffer.
 *
 * Interface:
 *	sb_init, sb_release, sb_detach	lifetime
 *	sb_grow, sb_setlen		size
 *	sb_add, sb_adds, sb_addc, sb_addf, sb_vaddf	append
 *	sb_rtrim			trim trailing whitespace
 *	sb_add_sh_quoted		append a word quoted for /bin/sh
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"
#include "util.h"

char strbuf_empty[1];

void
sb_init(struct strbuf *sb)
{
	sb->buf = strbuf_empty;
	sb->len = 0;
	sb->alloc = 0;
}

void
sb_release(struct strbuf *sb)
{
	if (sb->alloc)
		free(sb->buf);
	sb_init(sb);
}

char *
sb_detach(struct strbuf *sb, size_t *len)
{
	char *p;

	if (len)
		*len = sb->len;
	p = sb->alloc ? sb->buf : xstrdup("");
	sb_init(sb);
	return p;
}

void
sb_grow(struct strbuf *sb, size_t n)
{
	size_t want;

	if (n > (size_t)-1 - sb->len - 1)
		BUG("strbuf overflow");
	want = sb->len + n + 1;
	if (want <= sb->alloc)
		return;
	if (want < sb->alloc * 2)
		want = sb->alloc * 2;
	if (want < 32)
		want = 32;
	if (!sb->alloc) {
		sb->buf = xmalloc(want);
		sb->buf[0] = '\0';
	} else {
		sb->buf = xrealloc(sb->buf, want);
	}
	sb->alloc = want;
}

void
sb_setlen(struct strbuf *sb, size_t len)
{
	if (!sb->alloc && len == 0)
		return;
	if (len >= sb->alloc)
		BUG("sb_setlen(%zu) beyond allocation %zu", len, sb->alloc);
	sb->len = len;
	sb->buf[len] = '\0';
}

void
sb_add(struct strbuf *sb, const void *p, size_t n)
{
	if (!n)
		return;
	sb_grow(sb, n);
	memcpy(sb->buf + sb->len, p, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

void
sb_adds(struct strbuf *sb, const char *s)
{
	sb_add(sb, s, strlen(s));
}

void
sb_addc(struct strbuf *sb, int c)
{
	sb_grow(sb, 1);
	sb->buf[sb->len++] = (char)c;
	sb->buf[sb->len] = '\0';
}

void
sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		BUG("vsnprintf failed");
	sb_grow(sb, (size_t)n);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void
sb_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vaddf(sb, fmt, ap);
	va_end(ap);
}

void
sb_rtrim(struct strbuf *sb)
{
	size_t n = sb->len;

	while (n > 0 && is_space((unsigned char)sb->buf[n - 1]))
		n--;
	sb_setlen(sb, n);
}

void
sb_add_sh_quoted(struct strbuf *sb, const char *s)
{
	size_t n;

	sb_addc(sb, '\'');
	for (;;) {
		n = strcspn(s, "'");
		sb_add(sb, s, n);
		if (!s[n])
			break;
		sb_adds(sb, "'\\''");
		s += n + 1;
	}
	sb_addc(sb, '\'');
}
