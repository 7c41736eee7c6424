/*
 * arena.h - bump allocator for makefile-lifetime objects (nodes, rules,
 * variables, names, locations).  Everything is freed at once by
 * arena_free_all() at exit; nothing is freed one by one.
 */
#ifndef DMAKE_ARENA_H
#define DMAKE_ARENA_H

#include <stddef.h>

void *arena_alloc(size_t n);	/* zeroed, aligned for any type */
/* A struct of head bytes ending in a char array of tail bytes: only
 * head + tail bytes are taken, not the struct's trailing padding. */
void *arena_alloc_tail(size_t head, size_t tail);
char *arena_strdup(const char *s);
char *arena_strndup(const char *s, size_t n);
void arena_free_all(void);

#endif
