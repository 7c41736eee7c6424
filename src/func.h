/*
 * func.h - the builtin functions ($(subst ...), $(call ...), ...) and the
 * interface between them and the expander: one table of (name, min and
 * max argument counts, expand-arguments flag, handler), and the
 * expansion context handlers receive.
 *
 * Only expand.c and the func*.c files include this header.
 */
#ifndef DMAKE_FUNC_H
#define DMAKE_FUNC_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "strbuf.h"
#include "var.h"

/* One expansion in progress.  Copied, never changed, when a handler
 * needs another scope (foreach, call) or the expander enters a variable
 * (varloc). */
struct expand_ctx {
	const struct scope *sc;
	/* Where the text being expanded was read: $(error), $(warning),
	 * $(eval) and file-system errors are reported here (GNU's
	 * reading_file). */
	const struct loc *reading;
	/* The innermost recursive variable being expanded, else reading:
	 * syntax, argument and recursion errors (GNU's expanding_var). */
	const struct loc *varloc;
	/* $(call): how many $(N) the innermost call bound, so a nested
	 * call hides the outer ones it does not set. */
	unsigned call_nargs;
	/* References nested inside one another in the text being
	 * expanded (computed names, function arguments).  Finding where
	 * each ends scans the rest of the text, so this is kept well
	 * below the overall depth limit. */
	unsigned nest;
};

/* One argument: raw text for functions that expand their own arguments
 * (if, and, or, foreach), else the expansion, NUL-terminated. */
struct func_arg {
	const char *p;
	size_t len;
};

typedef void func_handler(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx);

struct func {
	const char *name;
	unsigned char min;	/* fewer arguments: fatal */
	unsigned char max;	/* 0: no limit; the last takes the rest */
	bool expand_args;	/* false: the handler expands (lazily) */
	func_handler *fn;
};

/* The builtin called name[0..len), or NULL. */
const struct func *func_lookup(const char *name, size_t len);

/* Run f on argc arguments, checking its minimum count first (GNU's
 * "insufficient number of arguments (N) to function 'NAME'"). */
void func_run(struct strbuf *out, const struct func *f,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx);

/* Run cmd[0..len) with $(SHELL) $(.SHELLFLAGS) (default /bin/sh -c) and
 * the process's environment (GNU 4.3 does not add exported variables),
 * append its output with newlines turned into spaces: all trailing
 * newlines dropped when trim_all ($(shell)), only the last one else
 * (!=).  Sets .SHELLSTATUS. */
void func_shell_run(struct strbuf *out, const char *cmd, size_t len,
    bool trim_all, const struct expand_ctx *cx);

/* Free the caches of the builtins (compiled regular expressions). */
void func_cleanup(void);

/*
 * Provided by expand.c for the handlers.
 */

/* Append the expansion of text[0..len) in cx. */
void expand_ctx_text(struct strbuf *out, const char *text, size_t len,
    const struct expand_ctx *cx);
/* Append the value of the variable v found at level found, as $(name)
 * would (append/conditional forms composed).  self_ok: do not treat an
 * expansion of v already in progress as a loop ($(call) may recurse). */
void expand_ctx_var(struct strbuf *out, struct var *v,
    const struct scope *found, bool self_ok, const struct expand_ctx *cx);

/*
 * Shared by the func*.c files.
 */

/* The handlers of func-text.c and func-file.c, in the table of func.c. */
func_handler func_subst, func_patsubst, func_strip, func_findstring,
    func_filter, func_sort, func_word, func_wordlist, func_words,
    func_firstword, func_lastword, func_dir, func_notdir, func_suffix,
    func_basename, func_addfix, func_join, func_wildcard, func_realpath,
    func_abspath, func_file, func_regex_filter, func_regex_subst;

/* patsubst: append text[0..len) with each word matching pattern (one
 * unescaped '%' at most, GNU's \% rules) replaced by replacement. */
void func_patsubst_words(struct strbuf *out, const char *text, size_t len,
    const char *pattern, size_t plen, const char *repl, size_t rlen);
/* $(v:a=b): like patsubst, but a pattern without '%' means a suffix. */
void func_subst_ref(struct strbuf *out, const char *text, size_t len,
    const char *pattern, size_t plen, const char *repl, size_t rlen);

#endif
