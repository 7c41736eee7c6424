/*
 * seam-expand.c - expand.c itself, compiled here so the harnesses can
 * reset its recursion guard: a diag_fatal() caught by longjmp skips the
 * leave() calls, and the depth it leaves behind would make every later
 * expansion "nested too deeply".  run.sh builds this instead of
 * src/expand.c.  An expand_reset() in src/ would make this file
 * unnecessary (README, "Test seams").
 *
 * Interface (fuzz.h):
 *	fuzz_expand_reset
 */
#include "expand.c"

#include "fuzz.h"

void
fuzz_expand_reset(void)
{
	depth = 0;
}
