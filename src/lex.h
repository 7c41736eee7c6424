/*
 * lex.h - physical lines to logical lines: backslash-newline joining,
 * continuation collapsing for non-recipe lines, comment removal.
 */
#ifndef DMAKE_LEX_H
#define DMAKE_LEX_H

#include <stdbool.h>
#include <stddef.h>

#include "strbuf.h"

struct lexer {
	char *buf;		/* whole file, malloc'd, owned */
	size_t len;
	size_t pos;
	const char *file;	/* makefile-lifetime name for locations */
	unsigned long line;	/* number of the next physical line */
	bool one_line;		/* every line is numbered line: $(eval) */
};

/* Open path and read it whole.  Returns -1 with errno set on failure. */
int lex_open(struct lexer *lx, const char *path, const char *name);
/* Lex a copy of text (for --eval, $(eval) and -f -); first line is
 * line.  Set lx->one_line after for text that GNU make numbers with
 * the line of its $(eval). */
void lex_init_mem(struct lexer *lx, const char *name, const char *text,
    size_t len, unsigned long line);
void lex_close(struct lexer *lx);

/* Read the next logical line raw into out (reset first): physical lines
 * are joined while one ends in an odd number of backslashes, and the
 * backslash-newline pairs are kept.  *first is the number of its first
 * physical line.  Returns false at end of input. */
bool lex_logical(struct lexer *lx, struct strbuf *out, unsigned long *first);

/* For non-recipe lines: turn each backslash-newline (with the blanks
 * around it) into one space, as GNU make does outside recipes.  posix
 * (after .POSIX:) keeps the blanks before the backslash. */
void lex_collapse(struct strbuf *sb, bool posix);
/* Remove a comment: from the first '#' not escaped by a backslash nor
 * inside a reference ($(...), ${...}, $X) to the end; "\#" becomes "#"
 * (outside references only). */
void lex_strip_comment(struct strbuf *sb);

/* Find c in [p, end) outside $(...) and ${...} references and not
 * escaped by an odd run of backslashes; NULL if none. */
const char *lex_find_unref(const char *p, const char *end, char c);

#endif
