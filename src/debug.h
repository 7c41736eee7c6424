/*
 * debug.h - -d / --debug: GNU make's debugging output (what is
 * considered, what must be remade and why) at its levels.
 */
#ifndef DMAKE_DEBUG_H
#define DMAKE_DEBUG_H

#include <stdbool.h>

enum debug_level {
	DEBUG_BASIC = 1 << 0,		/* b: what is out of date, and why */
	DEBUG_VERBOSE = 1 << 1,		/* v: every target considered */
	DEBUG_IMPLICIT = 1 << 2,	/* i: the implicit-rule search */
	DEBUG_JOBS = 1 << 3,		/* j: commands started */
	DEBUG_MAKEFILES = 1 << 4,	/* m: remaking the makefiles too */
	DEBUG_ALL = (1 << 5) - 1,
};

/* The levels in force (0: none). */
extern unsigned debug_levels;

static inline bool
debug_on(unsigned level)
{
	return (debug_levels & level) != 0;
}

/* Add the levels of a --debug argument ("b", "basic,verbose", "a", "n"
 * for none again: the first letter of each word separated by commas or
 * blanks).  Returns false, having added nothing, and sets *bad to the
 * word not understood. */
bool debug_parse(const char *spec, const char **bad, unsigned *levels);

/* When a level of mask is on: indent spaces, the message, a newline, on
 * stdout (flushed, so that it stays in order with the recipes'). */
void debug_say(unsigned mask, int indent, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
