/*
 * debug.c - -d / --debug levels and their output.
 *
 *	debug_parse	a --debug argument into levels
 *	debug_say	one line of debugging output, indented
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "debug.h"

unsigned debug_levels;

bool
debug_parse(const char *spec, const char **bad, unsigned *levels)
{
	unsigned l = *levels;
	const char *p = spec;

	while (*p) {
		size_t n = strcspn(p, ", \t");

		if (n) {
			switch (*p) {
			case 'a': l |= DEBUG_ALL; break;
			case 'b': l |= DEBUG_BASIC; break;
			case 'v': l |= DEBUG_BASIC | DEBUG_VERBOSE; break;
			case 'i': l |= DEBUG_BASIC | DEBUG_IMPLICIT; break;
			case 'j': l |= DEBUG_JOBS; break;
			case 'm': l |= DEBUG_BASIC | DEBUG_MAKEFILES; break;
			case 'n': l = 0; break;
			default:
				*bad = p;
				return false;
			}
		}
		p += n;
		if (*p)
			p++;
	}
	*levels = l;
	return true;
}

void
debug_say(unsigned mask, int indent, const char *fmt, ...)
{
	va_list ap;

	if (!debug_on(mask))
		return;
	printf("%*s", indent, "");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
}
