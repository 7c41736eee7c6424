/*
 * suffix.h - the known suffixes (.SUFFIXES): one list for the whole run,
 * as GNU make keeps it in the prerequisites of .SUFFIXES.  It starts as
 * the built-in list (empty with -r), ".SUFFIXES: .x" appends to it and
 * ".SUFFIXES:" with no prerequisites empties it.  The parser turns suffix
 * rules into pattern rules by it; the executor and secondary expansion
 * take $* of a target without a pattern from it.
 */
#ifndef DMAKE_SUFFIX_H
#define DMAKE_SUFFIX_H

#include <stdbool.h>
#include <stddef.h>

/* Append the words of text[0..len) to the list, in order; text with no
 * word empties the list. */
void suffix_add(const char *text, size_t len);

/* The list in .SUFFIXES order.  *v points into the module's array, valid
 * until the next suffix_add. */
size_t suffix_list(const char *const **v);

/* The built-in list, which a makefile's -r empties unless a makefile
 * has changed the list since (as GNU make). */
void suffix_add_builtin(const char *text, size_t len);
/* Empty the list if it is still the built-in one. */
void suffix_drop_builtin(void);

/* If name ends in a suffix of the list and is longer than it, set
 * *stemlen to name's length less the first such suffix and return true
 * ($* of an explicit rule or .DEFAULT); otherwise return false. */
bool suffix_strip(const char *name, size_t *stemlen);

#endif
