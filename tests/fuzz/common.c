/*
 * common.c - the harnesses' shared run-time: catching diag_fatal(),
 * running an input with and without leak detection, and setting up and
 * tearing down dmake's global state as main() does.
 *
 * Interface (fuzz.h):
 *	fuzz_catch_fatal, fuzz_run_twice	run one input
 *	fuzz_state_init, fuzz_state_reset	global state
 *	fuzz_strndup, fuzz_fail			small helpers
 */
#include "config.h"

#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "builtin.h"
#include "diag.h"
#include "directive.h"
#include "expand.h"
#include "func.h"
#include "fuzz.h"
#include "graph.h"
#include "parse.h"
#include "rule.h"
#include "suffix.h"
#include "util.h"
#include "var.h"

/* Weak: the harnesses also build without LeakSanitizer. */
extern void __lsan_disable(void) __attribute__((weak));
extern void __lsan_enable(void) __attribute__((weak));

static jmp_buf fatal_env;
static bool catching;

/* diag_fatal() calls this after its message and before exit(2). */
static void
fatal_hook(void)
{
	if (catching) {
		catching = false;
		longjmp(fatal_env, 1);
	}
}

bool
fuzz_catch_fatal(void (*fn)(void *), void *arg)
{
	diag_fatal_hook = fatal_hook;
	if (setjmp(fatal_env))
		return true;
	catching = true;
	fn(arg);
	catching = false;
	return false;
}

bool
fuzz_run_twice(void (*fn)(void *), void *arg)
{
	bool fatal;

	fuzz_sandbox_enter();
	if (__lsan_disable)
		__lsan_disable();
	fuzz_state_init();
	fatal = fuzz_catch_fatal(fn, arg);
	fuzz_state_reset();
	if (__lsan_enable)
		__lsan_enable();
	if (!fatal) {
		fuzz_state_init();
		if (fuzz_catch_fatal(fn, arg))
			fuzz_fail("the second run stopped on an error the "
			    "first did not meet: some state outlived "
			    "fuzz_state_reset()");
		fuzz_state_reset();
	}
	fuzz_sandbox_leave();
	return fatal;
}

static void
set(const char *name, const char *value, enum var_flavor flavor,
    enum var_origin origin)
{
	varset_set(var_global, name, strlen(name), value, strlen(value),
	    flavor, origin, NULL);
}

static void
eval_hook(const char *text, size_t len, const struct loc *loc,
    const struct scope *sc)
{
	parse_eval(text, len, loc, true, sc);
}

/* main.c's default_suffixes. */
static const char default_suffixes[] =
    ".out .a .ln .o .c .cc .C .cpp .p .f .F .m .r .y .l .ym .yl .s .S "
    ".mod .sym .def .h .info .dvi .tex .texinfo .texi .txinfo .w .ch "
    ".web .sh .elc .el";

/* What main() does before reading makefiles, without the environment
 * (fixed values instead, so a run does not depend on the machine). */
void
fuzz_state_init(void)
{
	const char *share = getenv("DMAKE_FUZZ_SHARE");

	var_init();
	expand_hooks.eval = eval_hook;
	if (share && *share)
		parse_add_data_dir(share);
	set("HOME", fuzz_sandbox_dir(), VAR_RECURSIVE, VAR_ORIGIN_ENV);
	set("PATH", "/usr/bin:/bin", VAR_RECURSIVE, VAR_ORIGIN_ENV);
	set("SHELL", "/bin/sh", VAR_RECURSIVE, VAR_ORIGIN_FILE);
	set(".SHELLFLAGS", "-c", VAR_RECURSIVE, VAR_ORIGIN_DEFAULT);
	set("MAKE", "$(MAKE_COMMAND)", VAR_RECURSIVE, VAR_ORIGIN_DEFAULT);
	set("MAKE_COMMAND", "dmake", VAR_RECURSIVE, VAR_ORIGIN_DEFAULT);
	set("MAKE_VERSION", "4.3", VAR_RECURSIVE, VAR_ORIGIN_DEFAULT);
	set("MAKE_HOST", "x86_64-pc-linux-gnu", VAR_RECURSIVE,
	    VAR_ORIGIN_DEFAULT);
	set(".RECIPEPREFIX", "", VAR_RECURSIVE, VAR_ORIGIN_DEFAULT);
	set(".DEFAULT_GOAL", "", VAR_RECURSIVE, VAR_ORIGIN_FILE);
	set(".FEATURES", "target-specific order-only second-expansion "
	    "else-if shortest-stem undefine oneshell nocomment "
	    "grouped-target", VAR_RECURSIVE, VAR_ORIGIN_DEFAULT);
	set(".INCLUDE_DIRS", "", VAR_RECURSIVE, VAR_ORIGIN_DEFAULT);
	set("CURDIR", fuzz_sandbox_dir(), VAR_SIMPLE, VAR_ORIGIN_FILE);
	set("MAKELEVEL", "0", VAR_RECURSIVE, VAR_ORIGIN_ENV);
	builtin_define_vars();
	set("MAKEFLAGS", "", VAR_RECURSIVE, VAR_ORIGIN_FILE);
	suffix_add(default_suffixes, strlen(default_suffixes));
	set("SUFFIXES", default_suffixes, VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	set("MAKECMDGOALS", "", VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
}

/* main.c's free_node_vars(). */
static void
free_node_vars(void)
{
	struct node *n;
	struct pattern_var *pv;

	for (n = graph_first(); n; n = n->all_next) {
		if (n->more) {
			varset_free(n->more->vars);
			n->more->vars = NULL;
			varset_free(n->more->pat_vars);
			n->more->pat_vars = NULL;
		}
	}
	for (pv = graph_pattern_vars; pv; pv = pv->next) {
		varset_free(pv->vars);
		pv->vars = NULL;
	}
}

/* main()'s clean-up at exit, then what a process that exits never
 * needs to reset. */
void
fuzz_state_reset(void)
{
	free_node_vars();
	func_cleanup();
	directive_cleanup();
	rule_cleanup();
	rule_vpath_clear(NULL, 0);	/* an arena list */
	var_cleanup();
	graph_free_all();
	arena_free_all();
	suffix_add("", 0);	/* no word: empties the list */
	fuzz_parse_reset();
	fuzz_expand_reset();
	var_env_overrides = false;
	var_warn_undefined = false;
	expand_hooks.eval = NULL;
}

char *
fuzz_strndup(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* A copy of stderr taken before libFuzzer's -close_fd_mask=2 closes
 * it, so fuzz_fail()'s message reaches the log with the stack. */
static int report_fd = 2;

__attribute__((constructor)) static void
keep_stderr(void)
{
	int fd = fcntl(2, F_DUPFD_CLOEXEC, 3);

	if (fd >= 0)
		report_fd = fd;
}

void
fuzz_fail(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	dprintf(report_fd, "fuzz: ");
	va_start(ap, fmt);
	vdprintf(report_fd, fmt, ap);
	va_end(ap);
	dprintf(report_fd, "\n");
	abort();
}
