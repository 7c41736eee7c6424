/*
 * t-suffix.c - unit tests of src/suffix.c, the known-suffix list: how
 * ".SUFFIXES" lines build it (append; none empties) and how a name's
 * $* is taken from it (the first suffix in list order that the name
 * ends in and is longer than).
 */
#include "config.h"

#include <string.h>

#include "arena.h"
#include "suffix.h"
#include "tap.h"

#define ADD(text) suffix_add((text), strlen(text))

/* The list as one string, words joined by spaces. */
static const char *
listed(void)
{
	static char buf[256];
	const char *const *v;
	size_t n = suffix_list(&v), i;

	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		if (i)
			strcat(buf, " ");
		strcat(buf, v[i]);
	}
	return buf;
}

/* name's stem length, or -1 when no suffix matches. */
static long
stem(const char *name)
{
	size_t len = 999;

	return suffix_strip(name, &len) ? (long)len : -1;
}

static void
test_list(void)
{
	check_str(listed(), "");
	ADD(".c .o");
	check_str(listed(), ".c .o");
	ADD("  .y\t.c  ");	/* appended as given, duplicates too */
	check_str(listed(), ".c .o .y .c");
	ADD("");			/* ".SUFFIXES:" */
	check_str(listed(), "");
	ADD(".x");
	ADD(" \t ");			/* blanks only: no word, empties */
	check_str(listed(), "");
	suffix_add(".a .b", 2);		/* only the first len bytes */
	check_str(listed(), ".a");
	ADD("");
}

static void
test_strip(void)
{
	check_int(stem("foo.c"), -1);	/* empty list */
	ADD(".c .o .long.x .x");
	check_int(stem("foo.c"), 3);
	check_int(stem("foo.o"), 3);
	check_int(stem("foo.c.o"), 5);	/* only the last suffix goes */
	check_int(stem(".c"), -1);	/* not longer than the suffix */
	check_int(stem("a.c"), 1);
	check_int(stem("foo.h"), -1);
	check_int(stem("foo.long.x"), 3);	/* .long.x is listed first */
	ADD("");
	ADD(".x .long.x");
	check_int(stem("foo.long.x"), 8);	/* now .x is */
	ADD("");
	check_int(stem("foo.x"), -1);
}

int
main(void)
{
	test_list();
	test_strip();
	arena_free_all();
	return test_done();
}
