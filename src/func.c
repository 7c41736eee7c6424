/*
 * func.c - the table of builtin functions, and the control, variable,
 * message and shell functions.  Text functions live in func-text.c,
 * file functions in func-file.c.
 *
 * Messages and argument rules are GNU make 4.3's (src/function.c).
 *
 * Interface:
 *	func_lookup	the builtin of a name
 *	func_run	check the argument count, call the handler
 *	func_shell_run	$(shell) and '!='
 *	func_cleanup	free caches at exit
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"
#include "expand.h"
#include "func.h"
#include "job.h"
#include "re.h"
#include "strbuf.h"
#include "util.h"
#include "var.h"

static func_handler func_if, func_or, func_and, func_foreach, func_call,
    func_value, func_eval, func_origin, func_flavor, func_error,
    func_shell;

/* Name, min and max argument counts (max 0: no limit), expand the
 * arguments before the call, handler.  As GNU's function_table. */
static const struct func table[] = {
	{ "abspath",      0, 1, true,  func_abspath },
	{ "addprefix",    2, 2, true,  func_addfix },
	{ "addsuffix",    2, 2, true,  func_addfix },
	{ "and",          1, 0, false, func_and },
	{ "basename",     0, 1, true,  func_basename },
	{ "call",         1, 0, true,  func_call },
	{ "dir",          0, 1, true,  func_dir },
	{ "error",        0, 1, true,  func_error },
	{ "eval",         0, 1, true,  func_eval },
	{ "file",         1, 2, true,  func_file },
	{ "filter",       2, 2, true,  func_filter },
	{ "filter-out",   2, 2, true,  func_filter },
	{ "findstring",   2, 2, true,  func_findstring },
	{ "firstword",    0, 1, true,  func_firstword },
	{ "flavor",       0, 1, true,  func_flavor },
	{ "foreach",      3, 3, false, func_foreach },
	{ "if",           2, 3, false, func_if },
	{ "info",         0, 1, true,  func_error },
	{ "join",         2, 2, true,  func_join },
	{ "lastword",     0, 1, true,  func_lastword },
	{ "notdir",       0, 1, true,  func_notdir },
	{ "or",           1, 0, false, func_or },
	{ "origin",       0, 1, true,  func_origin },
	{ "patsubst",     3, 3, true,  func_patsubst },
	{ "realpath",     0, 1, true,  func_realpath },
	{ "regex-filter", 2, 2, true,  func_regex_filter },
	{ "regex-subst",  3, 3, true,  func_regex_subst },
	{ "shell",        0, 1, true,  func_shell },
	{ "sort",         0, 1, true,  func_sort },
	{ "strip",        0, 1, true,  func_strip },
	{ "subst",        3, 3, true,  func_subst },
	{ "suffix",       0, 1, true,  func_suffix },
	{ "value",        0, 1, true,  func_value },
	{ "warning",      0, 1, true,  func_error },
	{ "wildcard",     0, 1, true,  func_wildcard },
	{ "word",         2, 2, true,  func_word },
	{ "wordlist",     3, 3, true,  func_wordlist },
	{ "words",        0, 1, true,  func_words },
};

const struct func *
func_lookup(const char *name, size_t len)
{
	size_t lo = 0, hi = countof(table);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		size_t tlen = strlen(table[mid].name);
		int c = memcmp(table[mid].name, name, tlen < len ? tlen : len);

		/* Lengths compared, not a NUL looked for: a name holding a
		 * NUL byte ($(shell) output) must not read past the entry. */
		if (c == 0 && tlen == len)
			return &table[mid];
		if (c == 0)
			c = tlen < len ? -1 : 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void
func_run(struct strbuf *out, const struct func *f,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	if (argc < f->min)
		diag_fatal(cx->varloc,
		    "insufficient number of arguments (%zu) to function '%s'",
		    argc, f->name);
	if (!argc)
		return;
	f->fn(out, f->name, argv, argc, cx);
}

void
func_cleanup(void)
{
	re_cleanup();
}

/* arg without leading and trailing whitespace. */
static struct func_arg
strip(struct func_arg a)
{
	while (a.len && is_space((unsigned char)a.p[0])) {
		a.p++;
		a.len--;
	}
	while (a.len && is_space((unsigned char)a.p[a.len - 1]))
		a.len--;
	return a;
}

/*
 * Conditionals: their arguments are expanded only when taken.
 */

static void
func_if(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	struct func_arg c = strip(argv[0]);
	struct strbuf sb = STRBUF_INIT;
	bool taken = false;

	(void)name;
	if (c.len) {
		expand_ctx_text(&sb, c.p, c.len, cx);
		taken = sb.len > 0;
		sb_release(&sb);
	}
	if (taken)
		expand_ctx_text(out, argv[1].p, argv[1].len, cx);
	else if (argc > 2)
		expand_ctx_text(out, argv[2].p, argv[2].len, cx);
}

static void
func_or(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	size_t i, start = out->len;

	(void)name;
	for (i = 0; i < argc; i++) {
		struct func_arg a = strip(argv[i]);

		expand_ctx_text(out, a.p, a.len, cx);
		if (out->len > start)
			return;
	}
}

static void
func_and(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	(void)name;
	for (i = 0; i < argc; i++) {
		struct func_arg a = strip(argv[i]);

		sb_reset(&sb);
		if (!a.len)
			break;
		expand_ctx_text(&sb, a.p, a.len, cx);
		if (!sb.len)
			break;
		if (i + 1 == argc)
			sb_add(out, sb.buf, sb.len);
	}
	sb_release(&sb);
}

/*
 * foreach and call: bindings in a level of their own in front of the
 * caller's scope.
 */

static void
func_foreach(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	struct strbuf var = STRBUF_INIT, list = STRBUF_INIT;
	struct scope level = { varset_new(), cx->sc, false, true };
	struct expand_ctx sub = *cx;
	const char *p, *end, *w, *vp, *vend = NULL;
	struct var *v;
	size_t len, start = out->len;

	(void)name;
	(void)argc;
	expand_ctx_text(&var, argv[0].p, argv[0].len, cx);
	expand_ctx_text(&list, argv[1].p, argv[1].len, cx);
	vp = var.buf;
	vp = next_word(&vp, var.buf + var.len, &len);
	if (vp)
		vend = vp + len;
	else
		vp = vend = var.buf;
	v = varset_set(level.vars, vp, (size_t)(vend - vp), "", 0,
	    VAR_SIMPLE, VAR_ORIGIN_AUTOMATIC, NULL);
	sub.sc = &level;
	p = list.buf;
	end = list.buf + list.len;
	while ((w = next_word(&p, end, &len))) {
		var_set_value(v, w, len);
		expand_ctx_text(out, argv[2].p, argv[2].len, &sub);
		sb_addc(out, ' ');
	}
	if (out->len > start)
		sb_setlen(out, out->len - 1);
	varset_free(level.vars);
	sb_release(&var);
	sb_release(&list);
}

/* $(call NAME,...) of a builtin: the arguments, already expanded once,
 * go to it as they are (GNU does the same). */
static void
call_builtin(struct strbuf *out, const struct func *f,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	if (argc < f->min)
		func_run(out, f, argv, argc, cx);
	else if (argc)
		f->fn(out, f->name, argv, argc, cx);
}

static void
func_call(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	struct func_arg fn = strip(argv[0]);
	const struct func *f;
	const struct scope *found;
	struct scope level;
	struct expand_ctx sub = *cx;
	struct var *v;
	size_t i;
	char num[24];

	(void)name;
	if (!fn.len)
		return;
	if ((f = func_lookup(fn.p, fn.len))) {
		call_builtin(out, f, argv + 1, argc - 1, cx);
		return;
	}
	v = var_lookup(cx->sc, fn.p, fn.len, NULL);
	if (!v || !v->len)
		return;
	level.vars = varset_new();
	level.parent = cx->sc;
	level.inherited = false;
	level.func = true;
	varset_set(level.vars, "0", 1, fn.p, fn.len, VAR_SIMPLE,
	    VAR_ORIGIN_AUTOMATIC, NULL);
	for (i = 1; i < argc || i < cx->call_nargs; i++) {
		int n = snprintf(num, sizeof(num), "%zu", i);

		varset_set(level.vars, num, (size_t)n, i < argc ? argv[i].p : "",
		    i < argc ? argv[i].len : 0, VAR_SIMPLE,
		    VAR_ORIGIN_AUTOMATIC, NULL);
	}
	sub.sc = &level;
	sub.call_nargs = argc > cx->call_nargs ? (unsigned)argc :
	    cx->call_nargs;
	v = var_lookup(sub.sc, fn.p, fn.len, &found);
	if (v)
		expand_ctx_var(out, v, found, true, &sub);
	varset_free(level.vars);
}

/*
 * Variables.
 */

static void
func_value(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	struct var *v = var_lookup(cx->sc, argv[0].p, argv[0].len, NULL);

	(void)name;
	(void)argc;
	if (v)
		sb_add(out, v->value, v->len);
}

static void
func_origin(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	struct var *v = var_lookup(cx->sc, argv[0].p, argv[0].len, NULL);

	(void)name;
	(void)argc;
	sb_adds(out, v ? var_origin_name(v->origin) : "undefined");
}

static void
func_flavor(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	struct var *v = var_lookup(cx->sc, argv[0].p, argv[0].len, NULL);

	(void)name;
	(void)argc;
	if (!v)
		sb_adds(out, "undefined");
	else
		sb_adds(out, v->flavor == VAR_SIMPLE ? "simple" : "recursive");
}

static void
func_eval(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	(void)out;
	(void)name;
	(void)argc;
	if (!expand_hooks.eval)
		diag_fatal(cx->reading, "$(eval) is not available here");
	expand_hooks.eval(argv[0].p, argv[0].len, cx->reading, cx->sc);
}

/* error, warning and info. */
static void
func_error(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	(void)out;
	(void)argc;
	switch (name[0]) {
	case 'e':
		diag_fatal(cx->reading, "%s", argv[0].p);
	case 'w':
		diag_warn(cx->reading, "%s", argv[0].p);
		break;
	default:
		diag_info(argv[0].p, argv[0].len);
		break;
	}
}

/*
 * shell
 */

static void
func_shell(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	(void)name;
	(void)argc;
	func_shell_run(out, argv[0].p, argv[0].len, true, cx);
}

/* GNU's fold_newlines: "\r\n" and "\n" become a space; then drop every
 * trailing newline (trim_all) or just the last one. */
static void
fold_newlines(struct strbuf *out, const char *s, size_t len, bool trim_all)
{
	size_t i, start = out->len, keep = start;

	for (i = 0; i < len; i++) {
		if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
			continue;
		if (s[i] == '\n') {
			sb_addc(out, ' ');
		} else {
			sb_addc(out, s[i]);
			keep = out->len;
		}
	}
	if (!trim_all && keep + 1 < out->len)
		keep = out->len - 1;
	sb_setlen(out, keep);
}

/* argv for $(SHELL) $(.SHELLFLAGS) cmd, split as for a recipe
 * (job_shell_argv); free with job_argv_free(). */
static char **
shell_argv(const char *cmd, const struct expand_ctx *cx)
{
	struct strbuf shell = STRBUF_INIT, flags = STRBUF_INIT;
	const struct scope *found;
	struct var *v;
	char **av;

	v = var_lookup(cx->sc, "SHELL", 5, &found);
	if (v)
		expand_ctx_var(&shell, v, found, false, cx);
	v = var_lookup(cx->sc, ".SHELLFLAGS", 11, &found);
	if (v)
		expand_ctx_var(&flags, v, found, false, cx);
	else
		sb_adds(&flags, "-c");
	av = job_shell_argv(shell.buf, flags.buf, expand_oneshell, cmd, NULL);
	sb_release(&shell);
	sb_release(&flags);
	return av;
}

/* As GNU make: under the default /bin/sh -c (or -ec) and a plain IFS,
 * a simple command runs without the shell (see job_fast_argv).  av is
 * shell_argv()'s; *fav gets the words to exec. */
static bool
shell_fast(char **av, const struct expand_ctx *cx, char ***fav)
{
	const struct scope *found;
	struct strbuf ifs = STRBUF_INIT;
	struct var *v;
	bool plain;

	if (!av[1] || !av[2] || av[3])	/* the shell, one flag word, cmd */
		return false;
	/* looked up, not referenced: an undefined IFS is no warning */
	v = var_lookup(cx->sc, "IFS", 3, &found);
	if (v)
		expand_ctx_var(&ifs, v, found, false, cx);
	plain = job_shell_plain(av[0], av[1], ifs.buf);
	sb_release(&ifs);
	return plain && job_fast_argv(av[2], fav);
}

/* While dmake waits for a $(shell) command, a fatal signal is acted on
 * at once (diag.h), as GNU make's handler does; the command is killed
 * first under SIGTERM (job_foreground). */
static int
shell_wait(pid_t pid)
{
	int st;

	while (waitpid(pid, &st, 0) < 0) {
		if (errno != EINTR)
			return 127;
		diag_check_signals();
	}
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	if (WIFSIGNALED(st))
		return 128 + WTERMSIG(st);
	return 127;
}

static void
read_all(int fd, struct strbuf *sb)
{
	struct pollfd p[2] = {
		{ .fd = fd, .events = POLLIN },
		{ .fd = diag_signal_fd, .events = POLLIN },
	};

	for (;;) {
		ssize_t n;

		if (poll(p, p[1].fd >= 0 ? 2 : 1, -1) < 0) {
			if (errno != EINTR)
				break;
			diag_check_signals();
			continue;
		}
		if (p[1].revents && diag_signal_hook)
			diag_signal_hook();	/* dies, unless dying */
		if (!p[0].revents)
			continue;
		sb_grow(sb, 4096);
		n = read(fd, sb->buf + sb->len, 4096);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		sb->len += (size_t)n;
		sb->buf[sb->len] = '\0';
	}
}

void
func_shell_run(struct strbuf *out, const char *cmd, size_t len,
    bool trim_all, const struct expand_ctx *cx)
{
	struct strbuf res = STRBUF_INIT;
	char *c = xstrndup(cmd, len), **av, **fav = NULL, num[16];
	int fd[2], status = 127;
	pid_t pid;

	if (expand_hooks.files_may_change)
		expand_hooks.files_may_change();
	av = shell_argv(c, cx);
	if (!shell_fast(av, cx, &fav))
		fav = NULL;
	fflush(stdout);
	if (pipe2(fd, O_CLOEXEC) < 0) {
		diag_warn(cx->reading, "pipe: %s", strerror(errno));
	} else if ((pid = job_spawn_to(fav ? fav : av, fd)) <= 0) {
		if (pid < 0)
			diag_warn(cx->reading, "fork: %s", strerror(errno));
		close(fd[0]);
		close(fd[1]);
	} else {
		close(fd[1]);
		job_foreground(pid);
		read_all(fd[0], &res);
		close(fd[0]);
		status = shell_wait(pid);
		job_foreground(0);
	}
	/* As in GNU make, the output is a C string: a NUL ends it. */
	fold_newlines(out, res.buf, strnlen(res.buf, res.len), trim_all);
	snprintf(num, sizeof(num), "%d", status);
	varset_set(var_global, ".SHELLSTATUS", 12, num, strlen(num),
	    VAR_SIMPLE, VAR_ORIGIN_OVERRIDE, NULL);
	job_argv_free(av);
	if (fav)
		job_argv_free(fav);
	free(c);
	sb_release(&res);
}
