/*
 * t-lex.c - the reader's line handling: logical lines, continuation
 * collapsing, comment removal, reference-aware character search.
 */
#include "config.h"

#include <string.h>

#include "lex.h"
#include "strbuf.h"
#include "tap.h"

static void
logical_lines(void)
{
	static const char text[] =
	    "a = 1 \\\n  2\n"
	    "\tcmd \\\n\tmore\n"
	    "even \\\\\n"
	    "last";
	struct lexer lx;
	struct strbuf sb = STRBUF_INIT;
	unsigned long first;

	lex_init_mem(&lx, "t", text, sizeof(text) - 1, 1);
	check(lex_logical(&lx, &sb, &first));
	check_str(sb.buf, "a = 1 \\\n  2");
	check_int(first, 1);
	check(lex_logical(&lx, &sb, &first));
	check_str(sb.buf, "\tcmd \\\n\tmore");
	check_int(first, 3);
	/* An even number of backslashes does not continue the line. */
	check(lex_logical(&lx, &sb, &first));
	check_str(sb.buf, "even \\\\");
	check_int(first, 5);
	check(lex_logical(&lx, &sb, &first));
	check_str(sb.buf, "last");
	check_int(first, 6);
	check(!lex_logical(&lx, &sb, &first));
	lex_close(&lx);
	sb_release(&sb);
}

static void
crlf(void)
{
	struct lexer lx;
	struct strbuf sb = STRBUF_INIT;
	unsigned long first;

	lex_init_mem(&lx, "t", "a\r\nb\r\n", 6, 1);
	check(lex_logical(&lx, &sb, &first));
	check_str(sb.buf, "a");
	check(lex_logical(&lx, &sb, &first));
	check_str(sb.buf, "b");
	check(!lex_logical(&lx, &sb, &first));
	lex_close(&lx);
	sb_release(&sb);
}

static void
collapse_mode(const char *in, bool posix, const char *want)
{
	struct strbuf sb = STRBUF_INIT;

	sb_adds(&sb, in);
	lex_collapse(&sb, posix);
	check_str(sb.buf, want);
	sb_release(&sb);
}

static void
collapse_one(const char *in, const char *want)
{
	collapse_mode(in, false, want);
}

static void
collapse(void)
{
	collapse_one("a = 1  \\\n   b", "a = 1 b");
	collapse_one("a = 1  \\\n\\\n   b", "a = 1 b");
	/* Three backslashes: one escapes the newline, two make one. */
	collapse_one("x\\\\\\\n y", "x\\ y");
	collapse_one("no newline \\", "no newline \\");
	/* POSIX keeps the blanks before the backslash, not after. */
	collapse_mode("a = 1  \\\n   b", true, "a = 1   b");
}

static void
comment_one(const char *in, const char *want)
{
	struct strbuf sb = STRBUF_INIT;

	sb_adds(&sb, in);
	lex_strip_comment(&sb);
	check_str(sb.buf, want);
	sb_release(&sb);
}

static void
comments(void)
{
	comment_one("x = a # c", "x = a ");
	comment_one("x = a \\# b", "x = a # b");
	comment_one("x = a \\\\# b", "x = a \\");
	comment_one("x = a \\\\\\# b # c", "x = a \\# b ");
	comment_one("# all", "");
	comment_one("none", "none");
	/* GNU make 4.3: no comment inside a reference */
	comment_one("x := $(shell echo '#') # c", "x := $(shell echo '#') ");
	comment_one("x = ${a #} $(b $(c #)) # c", "x = ${a #} $(b $(c #)) ");
	comment_one("x = $(a \\#b)", "x = $(a \\#b)");
	comment_one("x = $# y", "x = $# y");
	comment_one("x = $$# y", "x = $$");
	comment_one("x = $(a # unterminated", "x = $(a # unterminated");
	comment_one("x = $", "x = $");
}

static void
find_unref(void)
{
	const char *s = "$(a:b=c) x:y";
	const char *p = lex_find_unref(s, s + strlen(s), ':');

	check(p == s + 10);
	s = "${x:y}";
	check(lex_find_unref(s, s + strlen(s), ':') == NULL);
	s = "$$:";
	check(lex_find_unref(s, s + strlen(s), ':') == s + 2);
}

int
main(void)
{
	logical_lines();
	crlf();
	collapse();
	comments();
	find_unref();
	return test_done();
}
