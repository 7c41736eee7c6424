/*
 * strbuf.h - growable byte buffer.
 *
 * Invariants: buf is never NULL and buf[len] == '\0'.  A strbuf that was
 * only initialised points at a shared empty string and owns no memory.
 */
#ifndef DMAKE_STRBUF_H
#define DMAKE_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *buf;
	size_t len;
	size_t alloc;
};

extern char strbuf_empty[];
#define STRBUF_INIT { strbuf_empty, 0, 0 }

void sb_init(struct strbuf *sb);
/* Free the memory; sb is left initialised (empty, reusable). */
void sb_release(struct strbuf *sb);
/* Hand the malloc'd string to the caller; sb is left initialised. */
char *sb_detach(struct strbuf *sb, size_t *len);
/* Make room for n more bytes beyond len. */
void sb_grow(struct strbuf *sb, size_t n);
/* Truncate (or extend into already grown space) to len; BUG past alloc. */
void sb_setlen(struct strbuf *sb, size_t len);
#define sb_reset(sb) sb_setlen((sb), 0)

void sb_add(struct strbuf *sb, const void *p, size_t n);
void sb_adds(struct strbuf *sb, const char *s);
void sb_addc(struct strbuf *sb, int c);
void sb_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
/* Remove trailing whitespace. */
void sb_rtrim(struct strbuf *sb);
/* Append s as one word for /bin/sh: always inside single quotes (so ''
 * for an empty s), each ' written as '\''.  Nothing in s is special to
 * the shell afterwards.  s is a C string because a shell word cannot
 * hold a NUL byte. */
void sb_add_sh_quoted(struct strbuf *sb, const char *s);

#endif
