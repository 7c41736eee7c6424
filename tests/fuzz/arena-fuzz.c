/*
 * arena-fuzz.c - arena.h for the fuzzers: every object its own malloc()
 * block, so AddressSanitizer sees an overrun of one arena object into
 * the next (in a bump chunk it would go unnoticed) and a use after
 * arena_free_all().  run.sh builds this instead of src/arena.c unless
 * FUZZ_ARENA=bump.
 *
 * Interface (arena.h):
 *	arena_alloc, arena_alloc_tail, arena_strdup, arena_strndup,
 *	arena_free_all
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "util.h"

struct block {
	struct block *next;
	/* the object follows, aligned as malloc() aligns */
	union {
		long double ld;
		long long ll;
		void *p;
		void (*fn)(void);
	} data[];
};

static struct block *blocks;

void *
arena_alloc(size_t n)
{
	struct block *b;

	if (n > (size_t)-1 / 2)
		n = (size_t)-1 / 2;	/* let xcalloc report it */
	b = xcalloc(1, sizeof(*b) + n);
	b->next = blocks;
	blocks = b;
	return b->data;
}

void *
arena_alloc_tail(size_t head, size_t tail)
{
	if (tail > (size_t)-1 / 2 - head)
		tail = (size_t)-1 / 2 - head;	/* let xcalloc report it */
	return arena_alloc(head + tail);
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
	while (blocks) {
		struct block *next = blocks->next;

		free(blocks);
		blocks = next;
	}
}
