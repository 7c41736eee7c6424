/*
 * suffix.c - the known suffixes (.SUFFIXES), read by the parser (suffix
 * rules), the executor and secondary expansion ($* without a pattern).
 *
 * Interface:
 *	suffix_add	append words; none empties the list
 *	suffix_list	the list, in order
 *	suffix_add_builtin, suffix_drop_builtin	the built-in list
 *	suffix_strip	$* of a name: it less its first known suffix
 */
#include "config.h"

#include <string.h>

#include "arena.h"
#include "suffix.h"
#include "util.h"

static const char **suffixes;
static size_t nsuffixes, suffixes_alloc;
static bool builtin;		/* the list is the built-in one */

void
suffix_add(const char *text, size_t len)
{
	const char *p = text, *end = text + len, *w;
	size_t n;
	bool any = false;

	while ((w = next_word(&p, end, &n)) != NULL) {
		XGROW(suffixes, nsuffixes + 1, suffixes_alloc);
		suffixes[nsuffixes++] = arena_strndup(w, n);
		any = true;
	}
	if (!any)
		nsuffixes = 0;
	builtin = false;
}

void
suffix_add_builtin(const char *text, size_t len)
{
	suffix_add(text, len);
	builtin = true;
}

void
suffix_drop_builtin(void)
{
	if (builtin)
		nsuffixes = 0;
}

size_t
suffix_list(const char *const **v)
{
	*v = suffixes;
	return nsuffixes;
}

bool
suffix_strip(const char *name, size_t *stemlen)
{
	size_t len = strlen(name), i;

	for (i = 0; i < nsuffixes; i++) {
		size_t sl = strlen(suffixes[i]);

		if (sl < len && !strcmp(name + len - sl, suffixes[i])) {
			*stemlen = len - sl;
			return true;
		}
	}
	return false;
}
