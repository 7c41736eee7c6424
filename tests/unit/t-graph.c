/*
 * t-graph.c - unit tests for graph.c: node table, creation order,
 * pattern matching, pattern-rule replacement, stat with nanoseconds,
 * the parallel stat() ahead of a walk and while the makefiles are read.
 */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "graph.h"
#include "tap.h"
#include "util.h"

static void
test_nodes(void)
{
	struct node *a = graph_node("a.o", 3), *b;

	check_str(a->name, "a.o");
	check(graph_node("a.o", 3) == a);
	/* The name is copied: only len bytes count. */
	b = graph_node("b.oXYZ", 3);
	check_str(b->name, "b.o");
	check(graph_find("b.o", 3) == b);
	check(graph_find("b", 1) == NULL);
	check(graph_find("b.o ", 4) == NULL);
	check(graph_find("c.o", 3) == NULL);
	check(graph_first() == a);
	check(a->all_next == b);
	check(!a->exists && !a->stat_done && a->rules == NULL);
}

/* Many nodes: all found again, creation order kept. */
static void
test_many(void)
{
	enum { N = 100000 };
	char name[32];
	struct node *n, *first = NULL;
	size_t i, bad = 0, count = 0;

	for (i = 0; i < N; i++) {
		int len = snprintf(name, sizeof(name), "many/f%zu.c", i);

		n = graph_node(name, (size_t)len);
		if (!first)
			first = n;
	}
	for (i = 0; i < N; i++) {
		int len = snprintf(name, sizeof(name), "many/f%zu.c", i);

		n = graph_find(name, (size_t)len);
		if (!n || strcmp(n->name, name) != 0)
			bad++;
	}
	check_int(bad, 0);
	for (n = first, i = 0; n; n = n->all_next, i++) {
		snprintf(name, sizeof(name), "many/f%zu.c", i);
		if (strcmp(n->name, name) != 0)
			bad++;
		count++;
	}
	check_int(bad, 0);
	check_int(count, N);
}

static void
check_match(const char *pat, const char *word, const char *want)
{
	const char *stem = NULL;
	size_t len = 0;
	bool ok = pattern_match(pat, word, strlen(word), &stem, &len);

	if (!want) {
		check(!ok);
		return;
	}
	if (check(ok))
		tap_check(len == strlen(want) && memcmp(stem, want, len) == 0,
		    __FILE__, __LINE__, "stem of %s in %s is '%s'", pat,
		    word, want);
}

static void
test_pattern_match(void)
{
	check_match("%.o", "foo.o", "foo");
	check_match("%.o", "dir/foo.o", "dir/foo");
	check_match("lib%.a", "libxy.a", "xy");
	check_match("lib%.a", "lib.a", "");
	check_match("%", "anything", "anything");
	check_match("%.o", "foo.c", NULL);
	check_match("a%a", "a", NULL);
	check_match("%.o", ".o", "");
	check_match("foo", "foo", "");
	check_match("foo", "foox", NULL);
}

static struct recipe recipe_x = { NULL, 0, { "mk", 1 }, 0 };

static struct pattern_rule *
prule(const char *target, const char *dep, const char *oo,
    struct recipe *rc, bool builtin)
{
	struct pattern_rule *pr = arena_alloc(sizeof(*pr));

	pr->targets = arena_alloc(sizeof(char *));
	pr->targets[0] = target;
	pr->ntargets = 1;
	if (dep) {
		pr->deps = arena_alloc(sizeof(char *));
		pr->deps[0] = dep;
		pr->ndeps = 1;
	}
	if (oo) {
		pr->order_only = arena_alloc(sizeof(char *));
		pr->order_only[0] = oo;
		pr->norder_only = 1;
	}
	pr->recipe = rc;
	pr->builtin = builtin;
	return pr;
}

static size_t
npatterns(void)
{
	const struct pattern_rule *p;
	size_t n = 0;

	for (p = graph_patterns; p; p = p->next)
		n++;
	return n;
}

static void
test_patterns(void)
{
	struct pattern_rule *c = prule("%.o", "%.c", NULL, &recipe_x, true);
	struct pattern_rule *y = prule("%.c", "%.y", NULL, &recipe_x, true);
	struct pattern_rule *c2, *c3, *oo, *cx;

	graph_add_pattern(c);
	graph_add_pattern(y);
	check_int(npatterns(), 2);
	check(graph_patterns == c && c->next == y);
	/* A user rule with the same target and prerequisites replaces the
	 * built-in one and goes last. */
	c2 = prule("%.o", "%.c", NULL, &recipe_x, false);
	graph_add_pattern(c2);
	check_int(npatterns(), 2);
	check(graph_patterns == y && y->next == c2);
	/* A built-in rule never replaces. */
	graph_add_pattern(prule("%.o", "%.c", NULL, &recipe_x, true));
	check_int(npatterns(), 2);
	check(y->next == c2);
	/* Different prerequisites, or an order-only one: another rule. */
	c3 = prule("%.o", "%.s", NULL, &recipe_x, false);
	graph_add_pattern(c3);
	oo = prule("%.o", "%.c", "dir", &recipe_x, false);
	graph_add_pattern(oo);
	check_int(npatterns(), 4);
	/* No recipe: cancels the matching rule and stays in the list, last
	 * (the implicit search passes over it), as GNU make keeps it. */
	cx = prule("%.o", "%.c", NULL, NULL, false);
	graph_add_pattern(cx);
	check_int(npatterns(), 4);
	check(graph_patterns == y && y->next == c3 && c3->next == oo &&
	    oo->next == cx && cx->next == NULL);
	/* A built-in rule added later is cancelled by it too. */
	graph_add_pattern(prule("%.o", "%.c", NULL, &recipe_x, true));
	check_int(npatterns(), 4);
	check(cx->next == NULL);
	/* A user rule with a recipe takes its place, last. */
	graph_add_pattern(c2);
	check_int(npatterns(), 4);
	check(oo->next == c2 && c2->next == NULL);
}

static void
test_stat(const char *dir)
{
	char path[256];
	struct node *n;
	struct timespec ts[2];
	int fd;

	snprintf(path, sizeof(path), "%s/f", dir);
	n = graph_node(path, strlen(path));
	graph_stat(n, false);
	check(n->stat_done);
	check(!n->exists);
	fd = open(path, O_WRONLY | O_CREAT, 0644);
	check(fd >= 0);
	close(fd);
	ts[0].tv_sec = ts[1].tv_sec = 1000000000;
	ts[0].tv_nsec = ts[1].tv_nsec = 123456789;
	check(utimensat(AT_FDCWD, path, ts, 0) == 0);
	graph_stat(n, false);
	check(!n->exists);		/* cached until forced */
	graph_stat(n, true);
	check(n->exists);
	check_int(n->mtime, 1000000000LL * 1000000000 + 123456789);
	ts[1].tv_nsec = 123456790;
	utimensat(AT_FDCWD, path, ts, 0);
	graph_stat(n, true);
	check_int(n->mtime, 1000000000LL * 1000000000 + 123456790);
	/* A VPATH name is what gets stat'ed once set. */
	graph_more(n)->vpath_name = "/nonexistent/f";
	check_str(node_path(n), "/nonexistent/f");
	graph_stat(n, true);
	check(!n->exists);
	n->more->vpath_name = NULL;
	check_str(node_path(n), n->name);
	unlink(path);
	graph_stat(n, true);
	check(!n->exists);
}

/* Set path's time to sec seconds. */
static void
set_time(const char *path, time_t sec)
{
	struct timespec ts[2];

	ts[0].tv_sec = ts[1].tv_sec = sec;
	ts[0].tv_nsec = ts[1].tv_nsec = 0;
	check(utimensat(AT_FDCWD, path, ts, 0) == 0);
}

/* Create path (if missing) with time sec; false if that failed (the
 * loops below count failures, not one test point per file). */
static bool
file_at(const char *path, time_t sec)
{
	struct timespec ts[2];
	int fd = open(path, O_WRONLY | O_CREAT, 0644);

	ts[0].tv_sec = ts[1].tv_sec = sec;
	ts[0].tv_nsec = ts[1].tv_nsec = 0;
	return fd >= 0 && close(fd) == 0 &&
	    utimensat(AT_FDCWD, path, ts, 0) == 0;
}

/* Create path (if missing) with time sec. */
static void
set_time_new(const char *path, time_t sec)
{
	int fd = open(path, O_WRONLY | O_CREAT, 0644);

	check(fd >= 0 && close(fd) == 0);
	set_time(path, sec);
}

#define NPF 4200

/* Until the walk's threads have taken every file (at most 20 s). */
static void
wait_threads(void)
{
	int i;

	for (i = 0; i < 2000 && graph_prefetch_left() > 0; i++)
		usleep(10000);
}

/* graph_prefetch: answers taken ahead are used until dropped; too few
 * files are left to the walk; phony targets are not stat'ed. */
static void
test_prefetch(const char *dir)
{
	struct node *v[NPF], *phony;
	char path[256];
	int i, fd, bad = 0;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

	for (i = 0; i < NPF; i++) {
		snprintf(path, sizeof(path), "%s/p%d", dir, i);
		v[i] = graph_node(path, strlen(path));
		if (i % 3 != 0 &&	/* every third file is missing */
		    !file_at(path, 1000000000 + i))
			bad++;
	}
	check_int(bad, 0);
	snprintf(path, sizeof(path), "%s/phony", dir);
	phony = graph_node(path, strlen(path));
	phony->flags |= NODE_PHONY;

	/* 10 goals: below the threshold, nothing is taken ahead */
	graph_prefetch(v, 10);
	for (i = 0; i < 10; i++)
		bad += v[i]->prefetched || v[i]->stat_done;
	check_int(bad, 0);

	graph_prefetch(v, NPF);
	if (ncpu < 2) {
		/* one processor: the walk stats as it goes */
		check_int(graph_prefetch_left(), 0);
		tap_skip(1, "one processor: no stat() ahead");
	} else {
		wait_threads();
		check(!v[1]->stat_done);
		/* the file changes behind the threads' back: the walk
		 * is given what was there when they looked */
		snprintf(path, sizeof(path), "%s/p1", dir);
		set_time(path, 2000000000);
		graph_stat(v[1], false);
		check_int(v[1]->mtime, (1000000000LL + 1) * 1000000000);
	}
	graph_stat(v[3], false);
	check(v[3]->stat_done && !v[3]->exists);
	graph_stat(v[4], false);
	check(v[4]->exists);
	check_int(v[4]->mtime, (1000000000LL + 4) * 1000000000);
	/* forced: read again whatever was taken */
	snprintf(path, sizeof(path), "%s/p5", dir);
	set_time(path, 2000000000);
	graph_stat(v[5], true);
	check_int(v[5]->mtime, 2000000000LL * 1000000000);

	/* something may change the files: unread answers are forgotten */
	graph_prefetch_drop();
	snprintf(path, sizeof(path), "%s/p7", dir);
	set_time(path, 2000000000);
	graph_stat(v[7], false);
	check_int(v[7]->mtime, 2000000000LL * 1000000000);
	snprintf(path, sizeof(path), "%s/p6", dir);	/* was missing */
	fd = open(path, O_WRONLY | O_CREAT, 0644);
	check(fd >= 0);
	close(fd);
	graph_stat(v[6], false);
	check(v[6]->exists);

	/* a second prefetch after a drop: the old answers are gone, the
	 * files not stat'ed yet are taken again */
	graph_prefetch(v, NPF);
	wait_threads();
	snprintf(path, sizeof(path), "%s/p8", dir);
	set_time(path, 2000000000);
	graph_stat(v[8], false);
	if (ncpu >= 2)
		check_int(v[8]->mtime, (1000000000LL + 8) * 1000000000);
	else
		tap_skip(1, "one processor: no stat() ahead");
	graph_stat(v[7], false);	/* stat'ed before: not again */
	check_int(v[7]->mtime, 2000000000LL * 1000000000);
	graph_prefetch_drop();
	graph_prefetch(&phony, 1);
	check(!phony->prefetched && !phony->stat_done);

	for (i = 0; i < NPF; i++) {
		snprintf(path, sizeof(path), "%s/p%d", dir, i);
		unlink(path);
	}
}

#define NRD 5000

/* Make NRD nodes named dir/PREFIX<i> while the reading thread is on;
 * their files exist (time 1500000000 + i) but for every third one. */
static void
reading_nodes(const char *dir, const char *prefix, struct node **v)
{
	char path[256];
	int i, bad = 0;

	for (i = 0; i < NRD; i++) {
		if (i % 3 == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s%d", dir, prefix, i);
		if (!file_at(path, 1500000000 + i))
			bad++;
	}
	check_int(bad, 0);
	graph_prefetch_reading();
	for (i = 0; i < NRD; i++) {
		snprintf(path, sizeof(path), "%s/%s%d", dir, prefix, i);
		v[i] = graph_node(path, strlen(path));
	}
	/* time for the thread to stat what it was given (4,992 of them:
	 * handed over 128 at a time once there are 2,048); at most 20 s */
	if (sysconf(_SC_NPROCESSORS_ONLN) < 2)
		return;
	for (i = 0; i < 2000 && graph_prefetch_reading_count() < 4992; i++)
		usleep(10000);
}

static void
unlink_nodes(const char *dir, const char *prefix)
{
	char path[256];
	int i;

	for (i = 0; i < NRD; i++) {
		snprintf(path, sizeof(path), "%s/%s%d", dir, prefix, i);
		unlink(path);
	}
}

/* graph_prefetch_reading: the nodes made while reading are stat'ed by
 * a thread; graph_prefetch() stops it and keeps its answers (right
 * ones: missing files missing, times to the nanosecond); graph_stat()
 * of a node the thread has not reached stats it itself, and the thread
 * then leaves it alone; graph_prefetch_drop() stops it and forgets what
 * it found. */
static void
test_reading(const char *dir)
{
	static struct node *v[NRD];
	char path[256];
	int i, wrong = 0, answered = 0;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

	reading_nodes(dir, "r", v);
	if (ncpu >= 2)
		check(graph_prefetch_reading_count() >= 4992);
	else
		tap_skip(1, "one processor: no stat() while reading");
	graph_prefetch(v, 1);	/* the walk begins: its answers are kept */
	/* the file changes behind the thread's back: the walk is given
	 * what was there when the thread looked */
	snprintf(path, sizeof(path), "%s/r1", dir);
	set_time(path, 2000000000);
	graph_stat(v[1], false);
	if (ncpu < 2)
		check_int(v[1]->mtime, 2000000000LL * 1000000000);
	else
		check_int(v[1]->mtime, (1500000000LL + 1) * 1000000000);
	for (i = 2; i < NRD; i++) {
		graph_stat(v[i], false);
		if (!v[i]->stat_done || v[i]->exists != (i % 3 != 0) ||
		    (v[i]->exists &&
		    v[i]->mtime != (1500000000LL + i) * 1000000000))
			wrong++;
	}
	check_int(wrong, 0);
	graph_prefetch_drop();
	unlink_nodes(dir, "r");

	/* $(shell) while reading: what the thread found is forgotten, and
	 * the first walk does not leave the thread the nodes made before */
	reading_nodes(dir, "s", v);
	graph_prefetch_drop();
	snprintf(path, sizeof(path), "%s/s2", dir);
	set_time(path, 2000000000);
	graph_prefetch(v, 1);
	for (i = 0; i < NRD; i++)
		answered += v[i]->prefetched;
	check_int(answered, 0);
	graph_stat(v[2], false);
	check_int(v[2]->mtime, 2000000000LL * 1000000000);
	graph_prefetch_drop();
	unlink_nodes(dir, "s");

	/* the walk asks for a node the thread has not taken: it stats it
	 * itself (the thread starts with the 2,048th node, and skips it) */
	graph_prefetch_reading();
	for (i = 0; i < 2047; i++) {
		snprintf(path, sizeof(path), "%s/q%d", dir, i);
		v[i] = graph_node(path, strlen(path));
	}
	snprintf(path, sizeof(path), "%s/q5", dir);
	set_time_new(path, 1600000000);
	graph_stat(v[5], false);
	check(v[5]->stat_done && v[5]->exists);
	check_int(v[5]->mtime, 1600000000LL * 1000000000);
	set_time(path, 1700000000);	/* the thread must not look again */
	for (i = 2047; i < 2200; i++) {
		char name[256];

		snprintf(name, sizeof(name), "%s/q%d", dir, i);
		v[i] = graph_node(name, strlen(name));
	}
	for (i = 0; i < 2000 && ncpu >= 2 &&
	    graph_prefetch_reading_count() < 2048; i++)
		usleep(10000);
	graph_prefetch(v, 1);
	graph_stat(v[6], false);
	check(v[6]->stat_done && !v[6]->exists);
	check_int(v[5]->mtime, 1600000000LL * 1000000000);
	graph_prefetch_drop();
	unlink(path);

	/* halted (before a chdir or an exec): nothing kept, and nodes
	 * made after are not given to a thread */
	reading_nodes(dir, "h", v);
	graph_prefetch_halt();
	check_int(graph_prefetch_reading_count(), 0);
	graph_prefetch(v, 1);
	answered = 0;
	for (i = 0; i < NRD; i++)
		answered += v[i]->prefetched;
	check_int(answered, 0);
	unlink_nodes(dir, "h");
}

int
main(void)
{
	char dir[] = "/tmp/t-graph.XXXXXX";

	if (!mkdtemp(dir))
		return tap_skip_all("mkdtemp failed");
	test_nodes();
	test_many();
	test_pattern_match();
	test_patterns();
	test_stat(dir);
	test_prefetch(dir);
	test_reading(dir);
	rmdir(dir);
	graph_free_all();
	arena_free_all();
	return test_done();
}
