/*
 * re.h - thin PCRE2 wrapper for $(regex-filter) and $(regex-subst):
 * patterns are compiled once (UTF mode, invalid UTF-8 tolerated) and
 * cached by their text; match data is owned here.
 */
#ifndef DMAKE_RE_H
#define DMAKE_RE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "strbuf.h"

struct re;

/* The compiled form of pattern[0..len), cached for the run.  A bad
 * pattern is fatal at loc: "FUNC: bad pattern at offset N: TEXT".
 * The result is owned by the cache (freed by re_cleanup()). */
struct re *re_get(const char *pattern, size_t len, const char *func,
    const struct loc *loc);

/* Whether re matches somewhere in subject[0..len).  A match error
 * (match limit, ...) is fatal at loc. */
bool re_match(struct re *re, const char *subject, size_t len,
    const char *func, const struct loc *loc);

/* Append subject[0..len) to out with every match of re replaced by
 * repl[0..rlen), where \0..\9 name the match and its groups (an unset
 * group is empty) and \\ is one backslash; any other backslash is kept.
 * Empty matches are replaced too, and never loop. */
void re_subst(struct re *re, const char *subject, size_t len,
    const char *repl, size_t rlen, struct strbuf *out, const char *func,
    const struct loc *loc);

/* Free every cached pattern and the match data (at exit). */
void re_cleanup(void);

/* The PCRE2 library's version, e.g. "10.42 2022-12-11" (--version). */
const char *re_library_version(void);

#endif
