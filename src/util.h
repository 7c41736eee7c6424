/*
 * util.h - allocators that never fail for their callers, and small helpers.
 */
#ifndef DMAKE_UTIL_H
#define DMAKE_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define countof(a) (sizeof(a) / sizeof((a)[0]))

/* Allocators: on exhaustion print "dmake: *** virtual memory exhausted"
 * and exit 2, as GNU make does.  Results are owned by the caller. */
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
/* xreallocarray: realloc for nmemb * size with an overflow check. */
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* xasprintf: a malloc'd formatted string. */
char *xasprintf(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* Grow an array x of *alloc elements so it holds at least n. */
#define XGROW(x, n, alloc) do { \
	if ((n) > (alloc)) { \
		size_t xg_new_ = (alloc) ? (alloc) * 2 : 8; \
		while (xg_new_ < (n)) xg_new_ *= 2; \
		(x) = xreallocarray((x), xg_new_, sizeof(*(x))); \
		(alloc) = xg_new_; \
	} \
} while (0)

/* Blank as make means it: space or tab. */
static inline bool
is_blank(int c)
{
	return c == ' ' || c == '\t';
}

/* Whitespace as make's word splitting means it. */
static inline bool
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' ||
	    c == '\f' || c == '\r';
}

/* Return p advanced past whitespace. */
const char *skip_space(const char *p);

/* Next whitespace-separated word of [*pp, end): sets *len and returns
 * its start, advancing *pp past it; NULL when none is left. */
const char *next_word(const char **pp, const char *end, size_t *len);

/* Next word of a list of file names in [*pp, end), as next_word but
 * a blank (space or tab) after an odd run of backslashes belongs to
 * the word ("a\ b.c" is one word), as GNU make reads targets,
 * prerequisites, include and $(wildcard).  The word is returned as
 * written; name_unescape() gives the name it stands for. */
const char *next_name(const char **pp, const char *end, size_t *len);

/* The name the word [w, w + *len) of next_name() in text ending at end
 * stands for: of each run of backslashes before a blank, half stay
 * (rounded down), also before the blank that ends the word.  Returns w
 * when nothing changes, else the name in *buf, a scratch buffer the
 * caller owns (NULL at first, xrealloc'ed here, freed by the caller);
 * *len is updated. */
const char *name_unescape(const char *w, size_t *len, const char *end,
    char **buf);

/* Split a rule line's prerequisites [text, text + len) as GNU make
 * does: the first '|' after an even run of backslashes (or none) ends
 * the normal ones, wherever it stands in a word ("a|b" is a and
 * order-only b); *oo and *oo_len are the text after it (empty when
 * there is no such '|'), read as plain names.  Before each '|' up to
 * there half of the run of backslashes stays, rounded down: "a\|b"
 * names a|b.  Returns the normal text, of *normal_len bytes: text
 * itself when nothing changes, else *buf (as for name_unescape()). */
const char *prereq_split(const char *text, size_t len, size_t *normal_len,
    const char **oo, size_t *oo_len, char **buf);

/* Strip leading "./" (and the slashes after it) from the file name
 * [*p, *p + *len), as GNU make does with the names it reads and the
 * command line's goals, -o and -W; "./" alone is kept. */
void strip_dot_slash(const char **p, size_t *len);
/* When the file name [w, w + n) has a wildcard ('*', '?', '[') that
 * matches files: call fn for each, in glob(3)'s order and without a
 * leading "./", and return true.  Otherwise false: the name stands for
 * itself. */
bool name_glob(const char *w, size_t n,
    void (*fn)(const char *name, size_t len, void *arg), void *arg);
/* The file name [w, w + n) with a leading "~" or "~/" made home (the
 * caller's, or the password file's home of the current user when home
 * is NULL or empty) and "~user" that user's home directory, as GNU make
 * expands them; NULL when w starts with no '~' or the user is unknown.
 * The result is the caller's to free. */
char *tilde_expand(const char *w, size_t n, const char *home);
/* A file name from the command line (-f, -I, -o, -W, -C, a goal) as
 * GNU make takes it: without its leading "./"s (and the slashes after
 * each: ".//a" is "a"); "./" if nothing else is left.  Points into
 * name, or is "./". */
const char *cmdline_file_name(const char *name);
/* How much stack a recursion (nested expansions, nested includes) may
 * use before it stops with an error: half the limit, at most 256 MiB. */
size_t stack_allowance(void);

/* FNV-1a hash of (s, len), for the hash tables. */
size_t str_hash(const char *s, size_t len);

/* A set of pointers (nodes, deps), open-addressed with linear probing;
 * grows to keep at most half its slots used.  Zero-initialised
 * (PTRSET_INIT) it is empty.  A slot index (ptrset_slot) stays valid
 * until the next ptrset_add() that grows the set; ptrset_init() with
 * the most the set will hold makes sure none does. */
struct ptrset {
	const void **v;
	size_t size, n;
};
#define PTRSET_INIT { NULL, 0, 0 }

void ptrset_init(struct ptrset *s, size_t most);
/* p's slot in s, or the empty slot it would take (s not empty-sized). */
size_t ptrset_slot(const struct ptrset *s, const void *p);
/* Add p; false if it was there already. */
bool ptrset_add(struct ptrset *s, const void *p);
bool ptrset_has(const struct ptrset *s, const void *p);
void ptrset_free(struct ptrset *s);

/* Write s to f as a JSON string literal, quotes included: '"' and the
 * backslash escaped by a backslash, control characters as \u00XX, other
 * bytes as they are (so s should be UTF-8 for valid JSON).  Write
 * errors are left in f's error indicator (ferror). */
void json_fputs(const char *s, FILE *f);

/* Copy what file fd holds, from its start, to out, then empty it (-O's
 * temporary files). */
void fd_spill(int fd, int out);

/* The program name used in messages: "dmake", or "dmake[N]" at
 * MAKELEVEL N > 0.  Set once by main. */
extern const char *progname;

#endif
