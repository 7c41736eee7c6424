/*
 * lex.c - physical lines to logical lines.
 *
 * Interface:
 *	lex_open, lex_init_mem, lex_close	input
 *	lex_logical				next raw logical line
 *	lex_collapse, lex_strip_comment		non-recipe line clean-up
 *	lex_find_unref				find a char outside $(...)
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "expand.h"
#include "lex.h"
#include "util.h"

int
lex_open(struct lexer *lx, const char *path, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	char tmp[65536];
	ssize_t n;
	int fd, saved;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	while ((n = read(fd, tmp, sizeof(tmp))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			saved = errno;
			close(fd);
			sb_release(&sb);
			errno = saved;
			return -1;
		}
		sb_add(&sb, tmp, (size_t)n);
	}
	close(fd);
	lx->buf = sb_detach(&sb, &lx->len);
	lx->pos = 0;
	lx->file = name;
	lx->line = 1;
	lx->one_line = false;
	return 0;
}

void
lex_init_mem(struct lexer *lx, const char *name, const char *text,
    size_t len, unsigned long line)
{
	lx->buf = xstrndup(text, len);
	lx->len = len;
	lx->pos = 0;
	lx->file = name;
	lx->line = line;
	lx->one_line = false;
}

void
lex_close(struct lexer *lx)
{
	free(lx->buf);
	lx->buf = NULL;
}

/* Does [start, end) end in an odd number of backslashes? */
static bool
odd_backslashes(const char *start, const char *end)
{
	size_t n = 0;

	while (end > start && end[-1] == '\\') {
		n++;
		end--;
	}
	return n % 2 == 1;
}

bool
lex_logical(struct lexer *lx, struct strbuf *out, unsigned long *first)
{
	sb_reset(out);
	if (lx->pos >= lx->len)
		return false;
	*first = lx->line;
	for (;;) {
		const char *p = lx->buf + lx->pos;
		const char *end = lx->buf + lx->len;
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *stop = nl ? nl : end;
		/* GNU make reads lines as C strings: a NUL ends the line's
		 * text (and names never hold one). */
		const char *nul = memchr(p, '\0', (size_t)(stop - p));
		const char *text_end = nul ? nul : stop;

		/* A CR before the newline is dropped, as GNU make does. */
		if (!nul && stop > p && stop[-1] == '\r')
			sb_add(out, p, (size_t)(stop - 1 - p));
		else
			sb_add(out, p, (size_t)(text_end - p));
		lx->pos = (size_t)(stop - lx->buf) + (nl ? 1 : 0);
		if (!lx->one_line)
			lx->line++;
		if (!nl || !odd_backslashes(out->buf, out->buf + out->len))
			return true;
		sb_addc(out, '\n');
	}
}

void
lex_collapse(struct strbuf *sb, bool posix)
{
	char *r = sb->buf, *w = sb->buf, *end = sb->buf + sb->len;

	if (!memchr(sb->buf, '\n', sb->len))
		return;
	while (r < end) {
		if (*r == '\\') {
			char *s = r;
			size_t n;

			while (r < end && *r == '\\')
				r++;
			n = (size_t)(r - s);
			if (r < end && *r == '\n' && n % 2 == 1) {
				/* Half of the escaped backslashes stay. */
				memset(w, '\\', n / 2);
				w += n / 2;
				while (!posix && w > sb->buf &&
				    is_blank((unsigned char)w[-1]))
					w--;
				r++;
				while (r < end && is_blank((unsigned char)*r))
					r++;
				*w++ = ' ';
				continue;
			}
			memmove(w, s, n);
			w += n;
			continue;
		}
		*w++ = *r++;
	}
	sb_setlen(sb, (size_t)(w - sb->buf));
}

void
lex_strip_comment(struct strbuf *sb)
{
	char *p = sb->buf, *end = sb->buf + sb->len;

	for (;;) {
		size_t n = 0;

		/* GNU make 4.3: a '#' in a reference is no comment,
		 * "$(shell echo '#')" */
		while (p < end && *p != '#')
			p = *p == '$' ? (char *)expand_skip_ref(p, end) : p + 1;
		if (p >= end)
			return;

		while (p - n > sb->buf && p[-(ptrdiff_t)n - 1] == '\\')
			n++;
		if (n % 2 == 0) {
			/* A comment: the backslashes before it are halved. */
			char *cut = p - n + n / 2;

			sb_setlen(sb, (size_t)(cut - sb->buf));
			return;
		}
		/* Escaped: (n - 1) / 2 backslashes and the '#' stay. */
		{
			char *s = p - n;

			memmove(s + n / 2, p, (size_t)(end - p));
			end -= n - n / 2;
			sb->len = (size_t)(end - sb->buf);
			sb->buf[sb->len] = '\0';
			p = s + n / 2 + 1;
		}
	}
}

const char *
lex_find_unref(const char *p, const char *end, char c)
{
	while (p < end) {
		if (*p == '\\') {
			const char *q = p;

			while (q < end && *q == '\\')
				q++;
			/* "\:" is a literal colon, "\\:" a backslash and
			 * a colon: an odd run escapes c */
			p = q < end && *q == c && (q - p) % 2 == 1 ? q + 1 : q;
			continue;
		}
		if (*p == c)
			return p;
		if (*p == '$' && p + 1 < end) {
			p = expand_skip_ref(p, end);
			continue;
		}
		p++;
	}
	return NULL;
}
