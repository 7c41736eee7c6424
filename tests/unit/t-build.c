/*
 * t-build.c - unit tests for the planner, scheduler and local executor:
 * graphs built by hand in a temporary directory, brought up to date by
 * build_goals(), with stdout and stderr captured and compared with GNU
 * make's words.
 *
 * The expander and the rule module are replaced by the stand-ins at
 * the top: expand() knows $$, $X, $(NAME) and ${NAME} only; no implicit
 * rules; every node's scope is the global one.  The variable store is
 * the real one.
 */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"
#include "build.h"
#include "expand.h"
#include "graph.h"
#include "rule.h"
#include "strbuf.h"
#include "tap.h"
#include "util.h"
#include "var.h"

extern char **environ;

/* ---- stand-ins ---- */

void
expand_var(struct strbuf *out, const char *name, size_t len,
    const struct scope *sc, const struct loc *loc)
{
	const struct var *v = var_lookup(sc, name, len, NULL);

	if (!v)
		return;
	if (v->flavor == VAR_RECURSIVE)
		expand(out, v->value, v->len, sc, loc);
	else
		sb_add(out, v->value, v->len);
}

void
expand(struct strbuf *out, const char *text, size_t len,
    const struct scope *sc, const struct loc *loc)
{
	const char *p = text, *end = text + len;

	while (p < end) {
		if (*p != '$' || p + 1 == end) {
			sb_addc(out, *p++);
		} else if (*++p == '$') {
			sb_addc(out, *p++);
		} else if (*p == '(' || *p == '{') {
			char close = *p == '(' ? ')' : '}';
			const char *s = ++p;

			while (p < end && *p != close)
				p++;
			expand_var(out, s, (size_t)(p - s), sc, loc);
			if (p < end)
				p++;
		} else {
			expand_var(out, p++, 1, sc, loc);
		}
	}
}

const char *
expand_skip_ref(const char *p, const char *end)
{
	char open, close;
	int depth = 0;

	if (p + 1 >= end)
		return end;
	open = p[1];
	if (open != '(' && open != '{')
		return p + 2;
	close = open == '(' ? ')' : '}';
	for (p += 2; p < end; p++) {
		if (*p == open)
			depth++;
		else if (*p == close && depth-- == 0)
			return p + 1;
	}
	return end;
}

char **
expand_environ(const struct scope *sc, bool export_all)
{
	size_t n = 0, i;
	char **v;

	(void)sc;
	(void)export_all;
	while (environ[n])
		n++;
	v = xcalloc(n + 1, sizeof(*v));
	for (i = 0; i < n; i++)
		v[i] = xstrdup(environ[i]);
	return v;
}

void
expand_environ_free(char **envp)
{
	size_t i;

	for (i = 0; envp[i]; i++)
		free(envp[i]);
	free(envp);
}

struct strbuf *rule_trace;

bool
rule_search(struct node *n)
{
	n->flags |= NODE_IMPLICIT_DONE;
	return false;
}

void
rule_second_expand(struct node *n, struct rule *r)
{
	(void)n;
	(void)r;
}

void
rule_fill_pat_level(struct node *n, struct scope *sc)
{
	(void)n;
	(void)sc;
}

struct scope *
rule_node_scope(struct node *n, const struct scope *parent, bool *pat_level)
{
	static struct scope sc;

	(void)n;
	(void)parent;
	if (pat_level)
		*pat_level = false;
	sc.vars = var_global;
	return &sc;
}

void
rule_init_vars(struct node *n)
{
	(void)n;
}

bool
rule_vpath_find(struct node *n)
{
	(void)n;
	return false;
}

bool
rule_gpath_set(void)
{
	return false;
}

bool
rule_dep_is_extra(const struct dep *d)
{
	(void)d;
	return false;
}

/* ---- building graphs ---- */

static struct node *
N(const char *name)
{
	struct node *n = graph_node(name, strlen(name));

	n->flags |= NODE_MENTIONED;
	return n;
}

/* Append names to *list: order-only ones (after all before normal
 * ones) if oo. */
static void
add_deps(struct dep **list, const char *names, bool oo, size_t before)
{
	const char *p = names, *w;
	size_t len;

	if (!names)
		return;
	while (*list)
		list = &(*list)->next;
	while ((w = next_word(&p, names + strlen(names), &len)) != NULL) {
		if (oo) {
			*list = graph_oo_dep(graph_node(w, len), before);
		} else {
			*list = arena_alloc(sizeof(**list));
			(*list)->node = graph_node(w, len);
		}
		list = &(*list)->next;
	}
}

/* A rule for target: prerequisites, order-only ones, and recipe lines
 * (NULL-terminated; NULL for no recipe) read from "mk" at line. */
static struct rule *
rule(const char *target, const char *deps, const char *oo,
    unsigned long line, const char *const *lines)
{
	struct node *t = N(target);
	struct rule *r = arena_alloc(sizeof(*r)), **tail = &t->rules;
	struct dep *d;
	size_t i, n = 0;

	add_deps(&r->deps, deps, false, 0);
	for (d = r->deps; d; d = d->next)
		n++;
	/* after the normal ones */
	add_deps(&r->order_only, oo, true, n);
	n = 0;
	r->loc.file = "mk";
	r->loc.line = line;
	if (lines) {
		while (lines[n])
			n++;
		r->recipe = arena_alloc(sizeof(*r->recipe));
		r->recipe->lines = arena_alloc((n ? n : 1) *
		    sizeof(*r->recipe->lines));
		r->recipe->nlines = n;
		r->recipe->loc = r->loc;
		for (i = 0; i < n; i++) {
			r->recipe->lines[i].text = lines[i];
			r->recipe->lines[i].loc.file = "mk";
			r->recipe->lines[i].loc.line = line + i;
		}
	}
	while (*tail)
		tail = &(*tail)->next;
	*tail = r;
	t->flags |= NODE_TARGET;
	return r;
}

#define L(...) ((const char *const []){ __VA_ARGS__, NULL })

/* ---- files ---- */

static void
put(const char *name, const char *text)
{
	FILE *f = fopen(name, "w");

	fputs(text, f);
	fclose(f);
}

static bool
exists(const char *name)
{
	struct stat st;

	return stat(name, &st) == 0;
}

/* Set name's mtime to sec.nsec, creating it if needed. */
static void
set_time(const char *name, long sec, long nsec)
{
	struct timespec ts[2];

	if (!exists(name))
		put(name, "");
	ts[0].tv_sec = ts[1].tv_sec = sec;
	ts[0].tv_nsec = ts[1].tv_nsec = nsec;
	utimensat(AT_FDCWD, name, ts, 0);
}

static char *
slurp(const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	char buf[4096];
	FILE *f = fopen(name, "r");
	size_t n;

	if (!f)
		return xstrdup("(missing)");
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sb_add(&sb, buf, n);
	fclose(f);
	return sb_detach(&sb, NULL);
}

/* ---- running ---- */

struct result {
	int status;
	char *out, *err;
};

static const char *capdir;

static void
result_free(struct result *r)
{
	free(r->out);
	free(r->err);
}

static int
capture_fd(int fd, const char *name)
{
	char path[512];
	int saved = dup(fd), c;

	snprintf(path, sizeof(path), "%s/%s", capdir, name);
	c = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	dup2(c, fd);
	close(c);
	return saved;
}

static char *
slurp_cap(const char *name)
{
	char path[512];

	snprintf(path, sizeof(path), "%s/%s", capdir, name);
	return slurp(path);
}

static char *
release_fd(int fd, int saved, const char *name)
{
	dup2(saved, fd);
	close(saved);
	return slurp_cap(name);
}

/* Build goals (NULL-terminated names) with o; output captured. */
static struct result
run(const struct build_opts *o, ...)
{
	struct node *goals[16];
	struct result r;
	size_t n = 0;
	const char *g;
	va_list ap;
	int so, se;

	va_start(ap, o);
	while ((g = va_arg(ap, const char *)) != NULL && n < countof(goals))
		goals[n++] = N(g);
	va_end(ap);
	build_reset();
	fflush(stdout);
	fflush(stderr);
	so = capture_fd(1, "out");
	se = capture_fd(2, "err");
	r.status = build_goals(goals, n, o);
	fflush(stdout);
	fflush(stderr);
	r.out = release_fd(1, so, "out");
	r.err = release_fd(2, se, "err");
	return r;
}

static struct build_opts
serial_opts(void)
{
	struct build_opts o;

	memset(&o, 0, sizeof(o));
	o.jobs = 1;
	return o;
}

#define CHECK_RUN(r, st, out_, err_) do { \
	check_int((r).status, (st)); \
	check_str((r).out, (out_)); \
	check_str((r).err, (err_)); \
	result_free(&(r)); \
} while (0)

/* ---- tests ---- */

static void
test_up_to_date(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	rule("u1.out", "u1.src", NULL, 10, L("cp u1.src u1.out"));
	set_time("u1.src", 1600000000, 500);
	set_time("u1.out", 1600000000, 501);
	r = run(&o, "u1.out", NULL);
	CHECK_RUN(r, 0, "dmake: 'u1.out' is up to date.\n", "");
	/* One nanosecond older is out of date. */
	set_time("u1.out", 1600000000, 499);
	r = run(&o, "u1.out", NULL);
	CHECK_RUN(r, 0, "cp u1.src u1.out\n", "");
	r = run(&o, "u1.out", NULL);
	CHECK_RUN(r, 0, "dmake: 'u1.out' is up to date.\n", "");
	/* -B remakes it all the same. */
	o.always_make = true;
	r = run(&o, "u1.out", NULL);
	CHECK_RUN(r, 0, "cp u1.src u1.out\n", "");
	/* A target that exists and has no rule is up to date. */
	o = serial_opts();
	put("u1.plain", "");
	r = run(&o, "u1.plain", NULL);
	CHECK_RUN(r, 0, "dmake: Nothing to be done for 'u1.plain'.\n", "");
}

static void
test_missing_and_echo(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	rule("m1", NULL, NULL, 20, L("@echo silent", "echo loud"));
	r = run(&o, "m1", NULL);
	CHECK_RUN(r, 0, "silent\necho loud\nloud\n", "");
	o.silent = true;
	r = run(&o, "m1", NULL);
	CHECK_RUN(r, 0, "silent\nloud\n", "");
	/* .SILENT for the target */
	o.silent = false;
	N("m1")->flags |= NODE_SILENT;
	r = run(&o, "m1", NULL);
	CHECK_RUN(r, 0, "silent\nloud\n", "");
	/* A command from a multi-line value: one per line, each with its
	 * own prefixes plus the line's. */
	varset_set(var_global, "CMDS", 4, "echo a\n@echo b\n-exit 2", 22,
	    VAR_RECURSIVE, VAR_ORIGIN_FILE, NULL);
	rule("m2", NULL, NULL, 25, L("@$(CMDS)", "echo x \\\n\ty"));
	r = run(&o, "m2", NULL);
	CHECK_RUN(r, 0, "a\nb\necho x \\\ny\nx y\n",
	    "dmake: [mk:25: m2] Error 2 (ignored)\n");
	/* Inside a reference a backslash-newline is one space. */
	varset_set(var_global, "A B", 3, "ok", 2, VAR_SIMPLE,
	    VAR_ORIGIN_FILE, NULL);
	rule("m3", NULL, NULL, 27, L("@echo $(A \\\n\t  B) \\\n\tz"));
	r = run(&o, "m3", NULL);
	CHECK_RUN(r, 0, "ok z\n", "");
}

static void
test_order_only(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	rule("o1.t", NULL, "o1.dir", 30, L("touch o1.t"));
	rule("o1.dir", NULL, NULL, 31, L("touch o1.dir"));
	r = run(&o, "o1.t", NULL);
	CHECK_RUN(r, 0, "touch o1.dir\ntouch o1.t\n", "");
	set_time("o1.t", 1600000000, 0);
	set_time("o1.dir", 1700000000, 0);
	r = run(&o, "o1.t", NULL);
	CHECK_RUN(r, 0, "dmake: 'o1.t' is up to date.\n", "");
}

static void
test_phony(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	rule("ph1", NULL, NULL, 40, L("@echo ph"));
	rule("ph2", "ph1", NULL, 41, NULL);
	rule("ph3", NULL, NULL, 42, NULL);
	rule("ph.dep", "ph1", NULL, 43, L("@echo dep"));
	N("ph1")->flags |= NODE_PHONY;
	N("ph2")->flags |= NODE_PHONY;
	N("ph3")->flags |= NODE_PHONY;
	put("ph1", "");
	/* in the past: a time in the future would be warned about */
	set_time("ph.dep", 1700000000, 0);
	r = run(&o, "ph1", NULL);
	CHECK_RUN(r, 0, "ph\n", "");
	r = run(&o, "ph2", "ph3", NULL);
	CHECK_RUN(r, 0, "ph\ndmake: Nothing to be done for 'ph3'.\n", "");
	/* Whatever depends on a phony target is always remade. */
	r = run(&o, "ph.dep", NULL);
	CHECK_RUN(r, 0, "ph\ndep\n", "");
	/* The same goal twice: the second needs nothing more. */
	r = run(&o, "ph2", "ph2", NULL);
	CHECK_RUN(r, 0, "ph\ndmake: Nothing to be done for 'ph2'.\n", "");
}

static void
test_no_rule(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	rule("nr.t", "nr.missing nr.other", NULL, 50, L("touch nr.t"));
	rule("nr.other", NULL, NULL, 51, L("@echo other"));
	r = run(&o, "nr.t", NULL);
	CHECK_RUN(r, 2, "", "dmake: *** No rule to make target "
	    "'nr.missing', needed by 'nr.t'.  Stop.\n");
	o.keep_going = true;
	r = run(&o, "nr.t", NULL);
	CHECK_RUN(r, 2, "other\n", "dmake: *** No rule to make target "
	    "'nr.missing', needed by 'nr.t'.\n"
	    "dmake: Target 'nr.t' not remade because of errors.\n");
	r = run(&o, "nr.goal", "nr.other", NULL);
	CHECK_RUN(r, 2, "other\n",
	    "dmake: *** No rule to make target 'nr.goal'.\n");
	o.keep_going = false;
	r = run(&o, "nr.goal", "nr.other", NULL);
	CHECK_RUN(r, 2, "",
	    "dmake: *** No rule to make target 'nr.goal'.  Stop.\n");
	check(!exists("nr.t"));
}

static void
test_failure(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	rule("f1", NULL, NULL, 60, L("echo one", "exit 3", "echo never"));
	rule("f2", NULL, NULL, 70, L("-exit 4", "@echo after"));
	rule("f3", "f1 f4", NULL, 80, L("touch f3"));
	rule("f4", NULL, NULL, 81, L("@echo f4"));
	r = run(&o, "f1", NULL);
	CHECK_RUN(r, 2, "echo one\none\nexit 3\n",
	    "dmake: *** [mk:61: f1] Error 3\n");
	r = run(&o, "f2", NULL);
	CHECK_RUN(r, 0, "exit 4\nafter\n",
	    "dmake: [mk:70: f2] Error 4 (ignored)\n");
	r = run(&o, "f3", NULL);
	CHECK_RUN(r, 2, "echo one\none\nexit 3\n",
	    "dmake: *** [mk:61: f1] Error 3\n");
	o.keep_going = true;
	r = run(&o, "f3", NULL);
	CHECK_RUN(r, 2, "echo one\none\nexit 3\nf4\n",
	    "dmake: *** [mk:61: f1] Error 3\n"
	    "dmake: Target 'f3' not remade because of errors.\n");
	o.keep_going = false;
	o.ignore_errors = true;
	r = run(&o, "f3", NULL);
	CHECK_RUN(r, 0, "echo one\none\nexit 3\necho never\nnever\nf4\n"
	    "touch f3\n", "dmake: [mk:61: f1] Error 3 (ignored)\n");
	/* -s hides "(ignored)" too. */
	o.silent = true;
	r = run(&o, "f2", NULL);
	CHECK_RUN(r, 0, "after\n", "");
	/* No shell needed: exec'd directly, GNU make's message. */
	o = serial_opts();
	rule("f5", NULL, NULL, 90, L("dmake-no-such-command arg"));
	r = run(&o, "f5", NULL);
	CHECK_RUN(r, 2, "dmake-no-such-command arg\n",
	    "dmake: dmake-no-such-command: No such file or directory\n"
	    "dmake: *** [mk:90: f5] Error 127\n");
	/* Killed by a signal: the signal's name; the target goes. */
	rule("f6", NULL, NULL, 95, L("@touch f6; kill -TERM $$$$"));
	r = run(&o, "f6", NULL);
	CHECK_RUN(r, 2, "", "dmake: *** [mk:95: f6] Terminated\n"
	    "dmake: *** Deleting file 'f6'\n");
	check(!exists("f6"));
}

static void
test_delete_on_error(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	o.delete_on_error = true;
	rule("de1", NULL, NULL, 100, L("@echo x > de1; exit 1"));
	rule("de2", NULL, NULL, 101, L("@echo x > de2; exit 1"));
	N("de2")->flags |= NODE_PRECIOUS;
	r = run(&o, "de1", NULL);
	CHECK_RUN(r, 2, "", "dmake: *** [mk:100: de1] Error 1\n"
	    "dmake: *** Deleting file 'de1'\n");
	check(!exists("de1"));
	r = run(&o, "de2", NULL);
	CHECK_RUN(r, 2, "", "dmake: *** [mk:101: de2] Error 1\n");
	check(exists("de2"));
	/* Not changed by the recipe: left alone. */
	rule("de3", NULL, "de3.dep", 102, L("exit 1"));
	rule("de3.dep", NULL, NULL, 103, L("@touch de3.dep"));
	set_time("de3", 1600000000, 0);
	N("de3.dep");
	r = run(&o, "de3", NULL);
	check_int(r.status, 0);
	result_free(&r);
}

static void
test_dry_touch_question(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	varset_set(var_global, "MAKE", 4, "true", 4, VAR_SIMPLE,
	    VAR_ORIGIN_DEFAULT, NULL);
	rule("n1", "n2", NULL, 110, L("touch n1", "@echo hidden",
	    "$(MAKE) && touch n1.rec", "+touch n1.plus"));
	rule("n2", NULL, NULL, 115, L("touch n2"));
	o.dry_run = true;
	r = run(&o, "n1", NULL);
	CHECK_RUN(r, 0, "touch n2\ntouch n1\necho hidden\ntrue && touch "
	    "n1.rec\ntouch n1.plus\n", "");
	check(!exists("n1") && !exists("n2"));
	check(exists("n1.rec") && exists("n1.plus"));
	/* -q: nothing runs, nothing is said, 1 when out of date. */
	o = serial_opts();
	o.question = true;
	r = run(&o, "n2", NULL);
	CHECK_RUN(r, 1, "", "");
	put("n2", "");
	r = run(&o, "n2", NULL);
	CHECK_RUN(r, 0, "", "");
	/* -t touches instead. */
	o = serial_opts();
	o.touch = true;
	rule("t1", NULL, NULL, 120, L("echo no"));
	rule("t2", NULL, NULL, 121, L("echo no"));
	N("t2")->flags |= NODE_PHONY;
	r = run(&o, "t1", "t2", NULL);
	CHECK_RUN(r, 0, "touch t1\ndmake: Nothing to be done for 't2'.\n", "");
	check(exists("t1"));
	check(!exists("t2"));
}

/* Two jobs meet at a fifo: each blocks until the other runs. */
static void
test_parallel(void)
{
	struct build_opts o = serial_opts();
	struct result r;
	char *got;

	check(mkfifo("j.fifo", 0600) == 0);
	rule("j.all", "j.w j.r", NULL, 130, NULL);
	rule("j.w", NULL, NULL, 131, L("@echo hi > j.fifo"));
	rule("j.r", NULL, NULL, 132, L("@cat j.fifo > j.r"));
	o.jobs = 2;
	alarm(30);		/* serial would hang: fail instead */
	r = run(&o, "j.all", NULL);
	alarm(0);
	CHECK_RUN(r, 0, "", "");
	got = slurp("j.r");
	check_str(got, "hi\n");
	free(got);
	/* Unlimited, with a chain and a fan-in. */
	rule("j2.all", "j2.a j2.b j2.c", NULL, 140, L("@echo all"));
	rule("j2.a", "j2.c", NULL, 141, L("@echo a"));
	rule("j2.b", NULL, NULL, 142, L("@echo hi > j.fifo"));
	rule("j2.c", NULL, NULL, 143, L("@cat j.fifo"));
	o.jobs = 0;
	alarm(30);
	r = run(&o, "j2.all", NULL);
	alarm(0);
	CHECK_RUN(r, 0, "hi\na\nall\n", "");
	/* A failure without -k: the other job is waited for. */
	rule("j3.all", "j3.a j3.b", NULL, 150, NULL);
	rule("j3.a", NULL, NULL, 151, L("@echo hi > j.fifo; exit 1"));
	rule("j3.b", NULL, NULL, 152, L("@cat j.fifo > j3.b"));
	o.jobs = 2;
	alarm(30);
	r = run(&o, "j3.all", NULL);
	alarm(0);
	check_int(r.status, 2);
	check(strstr(r.err, "dmake: *** [mk:151: j3.a] Error 1\n") != NULL);
	result_free(&r);
	check(exists("j3.b"));
}

static void
test_circular(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	rule("c.a", "c.b", NULL, 160, L("@echo a"));
	rule("c.b", "c.a", NULL, 161, L("@echo b"));
	r = run(&o, "c.a", NULL);
	CHECK_RUN(r, 0, "b\na\n",
	    "dmake: Circular c.b <- c.a dependency dropped.\n");
	check(N("c.b")->rules->deps == NULL);
	rule("c.x", "c.x", NULL, 162, L("@echo x"));
	r = run(&o, "c.x", NULL);
	CHECK_RUN(r, 0, "x\n",
	    "dmake: Circular c.x <- c.x dependency dropped.\n");
}

static void
test_automatic(void)
{
	struct build_opts o = serial_opts();
	struct result r;
	struct rule *ru;
	char *got;

	ru = rule("av/out.x", "av.p1 av.p2 av.p1", "av.oo av.p2", 170,
	    L("@echo '$@|$<|$^|$+|$?|$||$*|$(@D)|$(@F)|$(^F)' > av.res"));
	ru->stem = "st";
	set_time("av.p1", 1600000000, 0);
	set_time("av.p2", 1600000002, 0);
	set_time("av.oo", 1600000000, 0);
	r = run(&o, "av/out.x", NULL);
	CHECK_RUN(r, 0, "", "");
	got = slurp("av.res");
	check_str(got, "av/out.x|av.p1|av.p1 av.p2|av.p1 av.p2 av.p1|"
	    "av.p1 av.p2|av.oo|st|av|out.x|av.p1 av.p2\n");
	free(got);
	/* $? holds only what is newer. */
	rule("av.t", "av.p1 av.p2", NULL, 171, L("@echo '$?' > av.res2"));
	set_time("av.t", 1600000001, 0);
	r = run(&o, "av.t", NULL);
	CHECK_RUN(r, 0, "", "");
	got = slurp("av.res2");
	check_str(got, "av.p2\n");
	free(got);
}

static void
test_double_colon(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	N("dc")->flags |= NODE_DOUBLE_COLON;
	rule("dc", "dc.src", NULL, 180, L("@echo one"));
	rule("dc", NULL, NULL, 181, L("@echo two"));
	set_time("dc.src", 1600000000, 0);
	set_time("dc", 1600000001, 0);
	r = run(&o, "dc", NULL);
	CHECK_RUN(r, 0, "two\n", "");
	set_time("dc.src", 1600000002, 0);
	r = run(&o, "dc", NULL);
	CHECK_RUN(r, 0, "one\ntwo\n", "");
}

static void
test_no_recipe(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	/* An existing target with no recipe is not remade when its
	 * prerequisite is newer but was not changed by this run. */
	rule("nrc.top", "nrc.mid", NULL, 190, L("@echo top"));
	rule("nrc.mid", "nrc.leaf", NULL, 191, NULL);
	set_time("nrc.mid", 1600000000, 0);
	set_time("nrc.top", 1600000001, 0);
	set_time("nrc.leaf", 1600000002, 0);
	r = run(&o, "nrc.top", NULL);
	CHECK_RUN(r, 0, "dmake: 'nrc.top' is up to date.\n", "");
	r = run(&o, "nrc.mid", NULL);
	CHECK_RUN(r, 0, "dmake: Nothing to be done for 'nrc.mid'.\n", "");
	/* A missing one counts as remade. */
	unlink("nrc.mid");
	r = run(&o, "nrc.top", NULL);
	CHECK_RUN(r, 0, "top\n", "");
}

static void
test_intermediate(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	rule("im.out", "im.mid", NULL, 200, L("cat im.mid > im.out"));
	rule("im.mid", "im.src", NULL, 201, L("cp im.src im.mid"));
	graph_mark_intermediate(N("im.mid"));
	set_time("im.src", 1600000000, 0);
	r = run(&o, "im.out", NULL);
	CHECK_RUN(r, 0, "cp im.src im.mid\ncat im.mid > im.out\nrm im.mid\n",
	    "");
	check(!exists("im.mid"));
	r = run(&o, "im.out", NULL);
	CHECK_RUN(r, 0, "dmake: 'im.out' is up to date.\n", "");
	/* the source newer than the target, both in the past */
	set_time("im.out", 1700000000, 0);
	set_time("im.src", 1750000000, 0);
	r = run(&o, "im.out", NULL);
	CHECK_RUN(r, 0, "cp im.src im.mid\ncat im.mid > im.out\nrm im.mid\n",
	    "");
}

static void
test_oneshell(void)
{
	struct build_opts o = serial_opts();
	struct result r;

	o.oneshell = true;
	rule("os", NULL, NULL, 210, L("@x=1", "-echo $$x"));
	r = run(&o, "os", NULL);
	CHECK_RUN(r, 0, "1\n", "");
	o.dry_run = true;
	r = run(&o, "os", NULL);
	CHECK_RUN(r, 0, "x=1\necho $x\n", "");
}

/* A chain deeper than the default 8 MiB stack allows a recursive walk
 * (GNU make 4.3 crashes on it): the local executor raises the limit.
 * Valgrind gives the program a fixed stack of its own (see its
 * --main-stacksize), so there the chain is shorter. */
static void
test_deep(void)
{
	const char *pre = getenv("LD_PRELOAD");
	size_t depth = pre && strstr(pre, "vgpreload") ? 5000 : 60000, i;
	struct build_opts o = serial_opts();
	struct result r;
	char name[32], dep[32];

	for (i = 0; i < depth; i++) {
		snprintf(name, sizeof(name), "deep.%zu", i);
		snprintf(dep, sizeof(dep), "deep.%zu", i + 1);
		rule(name, dep, NULL, 0, NULL);
	}
	put(dep, "");
	r = run(&o, "deep.0", NULL);
	CHECK_RUN(r, 0, "dmake: Nothing to be done for 'deep.0'.\n", "");
}

/* SIGTERM while a job runs: the child gets it too, the half-made
 * target goes, and dmake dies of the same signal. */
static void
test_signal(void)
{
	struct build_opts o = serial_opts();
	pid_t pid;
	int st = 0;
	char *err;

	rule("sg.t", NULL, NULL, 220,
	    L("@echo part > sg.t; kill -TERM $$PPID; exec sleep 100"));
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		struct node *g = N("sg.t");

		build_reset();
		capture_fd(1, "sig.out");
		capture_fd(2, "sig.err");
		build_goals(&g, 1, &o);
		_exit(0);
	}
	waitpid(pid, &st, 0);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM);
	err = slurp_cap("sig.err");
	check_str(err, "dmake: *** Deleting file 'sg.t'\n"
	    "dmake: *** [mk:220: sg.t] Terminated\n");
	free(err);
	check(!exists("sg.t"));
}

int
main(void)
{
	char dir[] = "/tmp/t-build.XXXXXX", work[64], cmd[128];

	if (!mkdtemp(dir))
		return tap_skip_all("mkdtemp failed");
	capdir = dir;
	snprintf(work, sizeof(work), "%s/w", dir);
	if (mkdir(work, 0755) < 0 || chdir(work) < 0)
		return tap_skip_all("no work directory");
	var_init();
	/* as dmake's main defines it: an empty SHELL is no shell */
	varset_set(var_global, "SHELL", 5, "/bin/sh", 7, VAR_RECURSIVE,
	    VAR_ORIGIN_DEFAULT, NULL);
	test_up_to_date();
	test_missing_and_echo();
	test_order_only();
	test_phony();
	test_no_rule();
	test_failure();
	test_delete_on_error();
	test_dry_touch_question();
	test_parallel();
	test_circular();
	test_automatic();
	test_double_colon();
	test_no_recipe();
	test_intermediate();
	test_oneshell();
	test_deep();
	test_signal();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (chdir("/") < 0 || system(cmd) != 0)
		tap_diag("could not remove %s", dir);
	graph_free_all();
	var_cleanup();
	arena_free_all();
	return test_done();
}
