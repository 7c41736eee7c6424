/*
 * arena.c - bump allocator for makefile-lifetime objects.
 *
 * Interface:
 *	arena_alloc, arena_alloc_tail, arena_strdup, arena_strndup
 *						allocate for the run
 *	arena_free_all					release everything
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "util.h"

#define ARENA_CHUNK (64 * 1024)

/* The strictest alignment of the types dmake stores in the arena (no
 * long double there): 8 bytes, not malloc's 16, so small objects waste
 * less. */
union align {
	long long ll;
	double d;
	void *p;
	void (*fn)(void);
};

struct chunk {
	struct chunk *next;
	size_t used, size;
	union align pad;	/* data starts aligned after this */
	unsigned char data[];
};

static struct chunk *chunks;

/* n bytes aligned to align (a power of two), zeroed.  Strings ask for
 * no alignment: names are short and most of their padding went. */
static void *
alloc_aligned(size_t n, size_t align)
{
	struct chunk *c = chunks;
	size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
	void *p;

	if (!c || at > c->size || c->size - at < n) {
		size_t size = n > ARENA_CHUNK / 4 ? n : ARENA_CHUNK;

		c = xmalloc(sizeof(*c) + size);
		c->size = size;
		c->used = 0;
		at = 0;
		if (size == ARENA_CHUNK || !chunks) {
			c->next = chunks;
			chunks = c;
		} else {
			/* A big one-off: keep the current chunk on top. */
			c->next = chunks->next;
			chunks->next = c;
		}
	}
	p = c->data + at;
	c->used = at + n;
	memset(p, 0, n);
	return p;
}

void *
arena_alloc(size_t n)
{
	return alloc_aligned(n, sizeof(union align));
}

void *
arena_alloc_tail(size_t head, size_t tail)
{
	return alloc_aligned(head + tail, sizeof(union align));
}

char *
arena_strndup(const char *s, size_t n)
{
	char *p = alloc_aligned(n + 1, 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(const char *s)
{
	return arena_strndup(s, strlen(s));
}

void
arena_free_all(void)
{
	while (chunks) {
		struct chunk *next = chunks->next;

		free(chunks);
		chunks = next;
	}
}
