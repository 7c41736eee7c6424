/*
 * arena.c - bump allocator for makefile-lifetime objects.
 *
 * Interface:
 *	arena_alloc, arena_strdup, arena_strndup	allocate for the run
 *	arena_free_all					release everything
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "util.h"

#define ARENA_CHUNK (64 * 1024)

/* The strictest alignment of the types dmake stores (C99 has no
 * max_align_t). */
union align {
	long double ld;
	long long ll;
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

void *
arena_alloc(size_t n)
{
	const size_t align = sizeof(union align);
	struct chunk *c = chunks;
	void *p;

	n = (n + align - 1) & ~(align - 1);
	if (!c || c->size - c->used < n) {
		size_t size = n > ARENA_CHUNK / 4 ? n : ARENA_CHUNK;

		c = xmalloc(sizeof(*c) + size);
		c->size = size;
		c->used = 0;
		if (size == ARENA_CHUNK || !chunks) {
			c->next = chunks;
			chunks = c;
		} else {
			/* A big one-off: keep the current chunk on top. */
			c->next = chunks->next;
			chunks->next = c;
		}
	}
	p = c->data + c->used;
	c->used += n;
	memset(p, 0, n);
	return p;
}

char *
arena_strndup(const char *s, size_t n)
{
	char *p = arena_alloc(n + 1);

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
