/*
 * graph.c - what exists: the node table, pattern rules and file times.
 *
 * Nodes live in a hash table keyed by name (FNV-1a, open addressing with
 * linear probing, power-of-two size, at most three quarters full) and on
 * a creation-order list.  The table keeps the hashes apart from the node
 * pointers: a lookup of a name that is not there (the implicit search
 * asks for many) reads a cache line of hashes and no node.  Names and
 * nodes are arena-allocated: they live as long as the makefile.
 *
 * Interface:
 *	graph_node		look up or create a node
 *	graph_find		look up without creating
 *	graph_oo_dep		a new order-only prerequisite
 *	graph_oo_shift		order-only ones after more normal ones
 *	graph_more		a node's rarely used fields
 *	graph_first		first node in creation order
 *	graph_free_all		forget everything
 *	graph_stat		exists/mtime from stat(), nanoseconds
 *	graph_stat_seed		the same from a stat() taken elsewhere
 *	graph_prefetch		stat a walk's files ahead, in parallel
 *	graph_prefetch_drop	forget what the prefetch found, unread
 *	graph_prefetch_reading	stat new nodes while the makefiles are read
 *	graph_prefetch_halt	stop doing that, keeping nothing
 *	graph_add_pattern	add, replace or cancel a pattern rule
 *	pattern_match		match a word against a '%' pattern
 *	pattern_match_at	the same, the pattern's '%' given
 *	pattern_unquote		a pattern's escaped '%' characters made plain
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "diag.h"
#include "graph.h"
#include "strbuf.h"
#include "util.h"

struct pattern_rule *graph_patterns;
struct pattern_var *graph_pattern_vars;

static uint32_t *slot_hash;	/* 0: empty slot */
static struct node **slot_node;
static size_t nslots, nnodes;
static struct node *first_node, *last_node;
static struct pattern_rule *last_pattern;
/* The prefetched bits on nodes are answers (until something may change
 * the files); some nodes may still carry the bit (cleared before the
 * next prefetch). */
static bool pf_live, pf_marks;

/* stat() on other threads: see "stat() on other threads" below */
enum pf_state { PF_NONE, PF_QUEUED, PF_TAKEN, PF_DONE };
/* a thread's mtime for a stat() that failed but not with ENOENT or
 * ENOTDIR: no answer (LLONG_MIN is "missing") */
#define PF_FAILED (LLONG_MIN + 1)

/* Below this many files (nodes made while reading, files the walk
 * will reach) no thread is started: the stat()s of that many files take
 * 2-4 ms, and a thread costs tens of microseconds and about 100 KiB more
 * peak RSS (measured on the function shape of bench/make-shapes.sh at
 * 1,000 targets, 2,001 nodes), which small makefiles cannot spare
 * against GNU make's.  1,024 and 2,048 gave the same times at 10,000
 * targets, 4,096 slower ones. */
#define PF_MIN 2048
#define PF_BATCH 128		/* nodes published to bg at a time */
#define PF_CHUNK 16		/* files an aw thread claims at a time */
#define PF_MAX_THREADS 8

/* the reading thread */
static struct {
	bool on;		/* new nodes are given to the thread */
	bool running;		/* it was started and not yet joined */
	struct node *from;	/* the first node given, NULL: none */
	size_t given;		/* nodes given, from 'from' on */
	atomic_size_t published; /* those the thread may take */
	atomic_size_t done;	/* those it went past */
	atomic_bool stop;
	atomic_bool waiting;	/* it sleeps on cv for more */
	pthread_t tid;
	pthread_mutex_t mu;
	pthread_cond_t cv;
} bg = { .mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER };

/* the walk's threads */
static struct {
	struct node **v;	/* the walk's files; NULL: no threads */
	size_t n;
	atomic_size_t left;	/* v[0..left) not yet claimed */
	atomic_bool stop;
	pthread_t tid[PF_MAX_THREADS - 1];
	int nt;
} aw;

static void bg_give(struct node *n);
static bool pf_settle(struct node *n);
static void aw_through(void);

static uint32_t
hash_name(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h ? h : 1;	/* 0 marks an empty slot */
}

static void
grow(void)
{
	size_t n = nslots ? nslots * 2 : 1024, i, j;
	uint32_t *h = xcalloc(n, sizeof(*h));
	struct node **v = xmalloc(n * sizeof(*v));

	for (i = 0; i < nslots; i++) {
		if (!slot_hash[i])
			continue;
		for (j = slot_hash[i] & (n - 1); h[j]; j = (j + 1) & (n - 1))
			;
		h[j] = slot_hash[i];
		v[j] = slot_node[i];
	}
	free(slot_hash);
	free(slot_node);
	slot_hash = h;
	slot_node = v;
	nslots = n;
}

/* The slot of name, or of the empty slot where it would go. */
static size_t
find(const char *name, size_t len, uint32_t h)
{
	size_t i;

	for (i = h & (nslots - 1); slot_hash[i]; i = (i + 1) & (nslots - 1)) {
		const struct node *p;

		if (slot_hash[i] != h)
			continue;
		p = slot_node[i];
		/* Lengths first: a name holding a NUL byte ($(shell)
		 * output) must not read past the stored name. */
		if (strnlen(p->name, len + 1) == len &&
		    memcmp(p->name, name, len) == 0)
			break;
	}
	return i;
}

struct node *
graph_find(const char *name, size_t len)
{
	size_t i;

	if (!nslots)
		return NULL;
	i = find(name, len, hash_name(name, len));
	return slot_hash[i] ? slot_node[i] : NULL;
}

struct dep *
graph_oo_dep(struct node *n, size_t before)
{
	struct oo_dep *o = arena_alloc(sizeof(*o));

	o->d.node = n;
	o->before = before;
	return &o->d;
}

void
graph_oo_shift(struct dep *oo, size_t k)
{
	for (; oo && k; oo = oo->next)
		dep_set_before(oo, dep_before(oo) + k);
}

struct node *
graph_node(const char *name, size_t len)
{
	uint32_t h = hash_name(name, len);
	struct node *n;
	size_t i = 0;

	if (nslots) {
		i = find(name, len, h);
		if (slot_hash[i])
			return slot_node[i];
	}
	/* a new name: grow first if it would fill the table past 3/4 */
	if (4 * (nnodes + 1) > 3 * nslots) {
		grow();
		i = find(name, len, h);
	}
	n = arena_alloc_tail(offsetof(struct node, name), len + 1);
	memcpy(n->name, name, len);
	n->name[len] = '\0';
	slot_hash[i] = h;
	slot_node[i] = n;
	if (last_node)
		last_node->all_next = n;
	else
		first_node = n;
	last_node = n;
	nnodes++;
	if (bg.on)
		bg_give(n);
	return n;
}

struct node_more *
graph_more(struct node *n)
{
	if (!n->more)
		n->more = arena_alloc(sizeof(*n->more));
	return n->more;
}

void
graph_group(struct node *const *v, size_t n)
{
	struct group *g = NULL;
	size_t i;

	if (n > 1) {
		g = arena_alloc(offsetof(struct group, m) + n * sizeof(*v));
		g->n = n;
		memcpy(g->m, v, n * sizeof(*v));
	}
	for (i = 0; i < n; i++)
		if (g || v[i]->more)
			graph_more(v[i])->group = g;
}

struct node *
graph_first(void)
{
	return first_node;
}

/* ---- GNU make's file table order ----
 *
 * GNU make 4.3 keeps its files in an open-addressed table of 1,024
 * slots to begin with, doubled whenever more than 15/16 of the slots
 * are in use, each name's first slot its hash (jhash_string() in its
 * hash.c: Bob Jenkins' lookup3 mixing over the name's bytes, read as
 * little-endian 32-bit words) masked to the size, a taken slot's name
 * moving on to the next free one, and a doubled table filled again in
 * the old one's slot order.  What it does for every file, it does in
 * slot order: the "rm" of the intermediate files, the second expansion
 * of the prerequisites. */

static uint32_t
rotl32(uint32_t v, unsigned k)
{
	return v << k | v >> (32 - k);
}

static uint32_t
gnu_name_hash(const char *name)
{
	const unsigned char *p = (const unsigned char *)name;
	size_t len = strlen(name), full = 0;
	uint32_t h[3] = { 0xdeadbeef, 0xdeadbeef, 0xdeadbeef };
	uint32_t a, b, c;
	unsigned i = 0;

	for (;;) {
		size_t j;
		uint32_t w = 0;

		for (j = 0; j < 4 && full + j < len; j++)
			w |= (uint32_t)p[full + j] << (8 * j);
		h[i] += w;
		if (j < 4)
			break;		/* (the name's end is in this word) */
		full += 4;
		if (++i < 3)
			continue;
		i = 0;
		a = h[0], b = h[1], c = h[2];
		a -= c; a ^= rotl32(c, 4); c += b;
		b -= a; b ^= rotl32(a, 6); a += c;
		c -= b; c ^= rotl32(b, 8); b += a;
		a -= c; a ^= rotl32(c, 16); c += b;
		b -= a; b ^= rotl32(a, 19); a += c;
		c -= b; c ^= rotl32(b, 4); b += a;
		h[0] = a, h[1] = b, h[2] = c;
	}
	a = h[0], b = h[1], c = h[2];
	c ^= b; c -= rotl32(b, 14);
	a ^= c; a -= rotl32(c, 11);
	b ^= a; b -= rotl32(a, 25);
	c ^= b; c -= rotl32(b, 16);
	a ^= c; a -= rotl32(c, 4);
	b ^= a; b -= rotl32(a, 14);
	c ^= b; c -= rotl32(b, 24);
	return c + (uint32_t)full;
}

void
graph_gnu_order(struct node **v, size_t n)
{
	struct node **table, **old, *m;
	size_t size = 1024, fill = 0, i, j, at;

	if (n < 2)
		return;
	/* Every node into such a table, in the order they were made (as
	 * GNU make enters its files, near enough), growing it as GNU make
	 * does: the slot of each comes from those before it. */
	table = xcalloc(size, sizeof(*table));
	for (m = first_node; m; m = m->all_next) {
		at = gnu_name_hash(m->name) & (size - 1);
		while (table[at])
			at = (at + 1) & (size - 1);
		table[at] = m;
		if (++fill <= size - size / 16)
			continue;
		old = table;
		table = xcalloc(size * 2, sizeof(*table));
		for (i = 0; i < size; i++) {
			if (!old[i])
				continue;
			at = gnu_name_hash(old[i]->name) & (2 * size - 1);
			while (table[at])
				at = (at + 1) & (2 * size - 1);
			table[at] = old[i];
		}
		free(old);
		size *= 2;
	}
	/* v's nodes in slot order: mark them, then collect */
	for (i = 0; i < n; i++)
		v[i]->gnu_mark = true;
	for (i = j = 0; i < size && j < n; i++)
		if (table[i] && table[i]->gnu_mark) {
			table[i]->gnu_mark = false;
			v[j++] = table[i];
		}
	free(table);
}

void
graph_free_all(void)
{
	graph_prefetch_halt();
	free(slot_hash);
	free(slot_node);
	slot_hash = NULL;
	slot_node = NULL;
	nslots = nnodes = 0;
	pf_live = pf_marks = false;
	graph_any_intermediate = false;
	first_node = last_node = NULL;
	graph_patterns = last_pattern = NULL;
	graph_pattern_vars = NULL;
}

bool graph_check_symlinks;
bool graph_any_intermediate;

static bool
later(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec > b->tv_sec ||
	    (a->tv_sec == b->tv_sec && a->tv_nsec > b->tv_nsec);
}

/* -L: raise *mt to the time of each symbolic link from name to the file
 * (or to where the last link points, when it dangles).  A link that
 * cannot be read ends the walk with what was found, as in GNU make. */
static void
link_times(const char *name, struct timespec *mt)
{
	char path[PATH_MAX], target[PATH_MAX];
	struct stat st;
	int hops;

	if (snprintf(path, sizeof(path), "%s", name) >= (int)sizeof(path))
		return;
	for (hops = 0; hops < 40; hops++) {
		ssize_t len;
		char *slash;

		if (lstat(path, &st) < 0 || !S_ISLNK(st.st_mode))
			return;
		if (later(&st.st_mtim, mt))
			*mt = st.st_mtim;
		len = readlink(path, target, sizeof(target) - 1);
		if (len < 0)
			return;
		target[len] = '\0';
		/* relative to the link's directory */
		slash = strrchr(path, '/');
		if (target[0] == '/' || !slash) {
			memcpy(path, target, (size_t)len + 1);
		} else {
			if ((size_t)(slash - path) + (size_t)len + 2 >
			    sizeof(path))
				return;
			memcpy(slash + 1, target, (size_t)len + 1);
		}
	}
}

bool graph_clock_skew;
unsigned graph_files_epoch;

/* GNU make's warning for a file whose time is later than now. */
static void
check_future(struct node *n)
{
	/* a time older than a "now" already read is in the past (unless
	 * the clock was set back since): one clock read per future file */
	static long long now;
	struct timespec ts;
	double ahead;
	char num[64];

	if (n->mtime <= now || graph_clock_skew)
		return;		/* (GNU make warns once) */
	if (clock_gettime(CLOCK_REALTIME, &ts) < 0)
		return;
	now = graph_mtime_ns(&ts);
	if (n->mtime <= now)
		return;
	ahead = (double)(n->mtime - now) / 1e9;
	if (ahead >= 100.0)
		snprintf(num, sizeof(num), "%lu", (unsigned long)ahead);
	else
		snprintf(num, sizeof(num), "%.2g", ahead);
	diag_warn(NULL, "Warning: File '%s' has modification time %s s in the "
	    "future", n->name, num);
	n->flags |= NODE_SKEW_WARNED;
	graph_clock_skew = true;
}

/* GNU make's checks of a time it has just read. */
static void
check_time(struct node *n)
{
	if (n->flags & NODE_SKEW_WARNED)
		return;		/* (remade in this run: GNU says nothing) */
	check_future(n);
	if (n->more && n->more->low_res && n->mtime % 1000000000 != 0)
		diag_warn(NULL, "*** Warning: .LOW_RESOLUTION_TIME file '%s' "
		    "has a high resolution time stamp", n->name);
}

void
graph_stat(struct node *n, bool force)
{
	struct stat st;
	const char *name = node_path(n);

	if (aw.v && atomic_load_explicit(&aw.left, memory_order_relaxed) == 0)
		aw_through();
	if (atomic_load_explicit(&n->pfs, memory_order_acquire) != PF_NONE &&
	    pf_settle(n) && !force && !node_vpath(n) && !n->stat_done) {
		/* exists and mtime hold the thread's answer */
		n->stat_done = true;
		if (n->exists)
			check_time(n);
		return;
	}
	if (n->prefetched) {
		n->prefetched = false;
		if (pf_live && !force && !node_vpath(n)) {
			/* exists and mtime hold graph_prefetch()'s answer */
			n->stat_done = true;
			if (n->exists)
				check_time(n);
			return;
		}
	}
	if (n->stat_done && !force)
		return;
	n->stat_done = true;
	if (stat(name, &st) < 0) {
		/* GNU make treats any failure as "does not exist", and
		 * says why unless the file is simply not there; under -L
		 * a link's own time is the time of a dangling one */
		n->exists = false;
		n->mtime = 0;
		if (errno != ENOENT && errno != ENOTDIR) {
			diag_warn(NULL, "stat: %s: %s", name, strerror(errno));
			return;
		}
		if (!graph_check_symlinks)
			return;
		st.st_mtim.tv_sec = LONG_MIN;
		st.st_mtim.tv_nsec = 0;
		link_times(name, &st.st_mtim);
		if (st.st_mtim.tv_sec == LONG_MIN)
			return;
		n->exists = true;
	} else {
		n->exists = true;
		if (graph_check_symlinks)
			link_times(name, &st.st_mtim);
	}
	n->mtime = graph_mtime_ns(&st.st_mtim);
	check_time(n);
}

void
graph_stat_seed(struct node *n, const struct timespec *mtime)
{
	if (atomic_load_explicit(&n->pfs, memory_order_acquire) != PF_NONE)
		pf_settle(n);	/* the walk's own stat() wins */
	if (n->prefetched && !pf_live)
		n->prefetched = false;
	/* -L wants the links' times too: graph_stat() finds them */
	if (n->stat_done || n->prefetched || node_vpath(n) ||
	    graph_check_symlinks)
		return;
	n->stat_done = true;
	n->exists = mtime != NULL;
	n->mtime = mtime ? graph_mtime_ns(mtime) : 0;
	if (mtime)
		check_time(n);
}

/* ---- stat() on other threads ----
 *
 * Two kinds of threads stat files ahead of the walk:
 *  - while the makefiles are read, once 2,048 nodes were made, one
 *    thread (bg) stats each new node, following the creation-order list
 *    up to what the main thread has published (128 at a time); it reads
 *    a node's all_next only once the next node is published, so it never
 *    sees a link being made;
 *  - when a walk begins, the files it will reach through explicit
 *    prerequisites that have no answer yet go in an array, and up to
 *    ncpu - 1 threads (aw) stat them from its far end while the walk
 *    works from the near end.
 * A node handed to a thread is PF_QUEUED; whoever moves it on first owns
 * it: a thread to PF_TAKEN (it writes the node's mtime, LLONG_MIN for
 * missing, then sets PF_DONE), the main thread back to PF_NONE (it
 * stats the file itself).  The main thread reads an answer, or writes
 * the mtime itself, only once the node is PF_DONE or its own; the
 * threads touch no other field.  Whatever may change a file stops every
 * thread first (graph_prefetch_drop) and forgets what they found.
 */
/* A thread's part: stat n unless the main thread took it first. */
static void
pf_take(struct node *n)
{
	unsigned char want = PF_QUEUED;
	struct stat st;

	if (!atomic_compare_exchange_strong(&n->pfs, &want, PF_TAKEN))
		return;
	if (stat(n->name, &st) == 0)
		n->mtime = graph_mtime_ns(&st.st_mtim);
	else if (errno == ENOENT || errno == ENOTDIR)
		n->mtime = LLONG_MIN;
	else
		n->mtime = PF_FAILED;
	atomic_store_explicit(&n->pfs, PF_DONE, memory_order_release);
}

/* A thread's answer, mtime LLONG_MIN for missing, as graph_stat()'s;
 * false for none (PF_FAILED: the main thread's stat() says why). */
static bool
pf_answer(struct node *n)
{
	if (n->mtime == PF_FAILED)
		return false;
	n->exists = n->mtime != LLONG_MIN;
	if (!n->exists)
		n->mtime = 0;
	return true;
}

/* n was handed to a thread: make it the main thread's again.  Returns
 * true when a thread's answer is in n->exists and n->mtime. */
static bool
pf_settle(struct node *n)
{
	unsigned char st = PF_QUEUED;
	int spins = 0;

	if (atomic_compare_exchange_strong(&n->pfs, &st, PF_NONE))
		return false;	/* not taken yet: the caller stats it */
	while (st == PF_TAKEN) {	/* one stat(): microseconds */
		if (++spins > 64)
			sched_yield();
		st = atomic_load_explicit(&n->pfs, memory_order_acquire);
	}
	atomic_store_explicit(&n->pfs, PF_NONE, memory_order_relaxed);
	if (st == PF_DONE && pf_answer(n))
		return true;
	n->mtime = 0;
	return false;
}

/* After the threads were joined: n is the main thread's again; a
 * thread's answer goes into exists/mtime and, if keep, becomes a
 * prefetched one (true returned). */
static bool
pf_reset(struct node *n, bool keep)
{
	unsigned char st = atomic_load_explicit(&n->pfs, memory_order_relaxed);

	if (st == PF_NONE)
		return false;
	atomic_store_explicit(&n->pfs, PF_NONE, memory_order_relaxed);
	if (st != PF_DONE || !pf_answer(n)) {
		n->mtime = 0;
		return false;
	}
	n->prefetched = keep;
	return keep;
}

/* Start fn(NULL) on a thread with a 64 KiB stack (stat() needs little,
 * not the default 8 MiB) that takes no signals (they go to the main
 * thread, whose handlers expect them). */
static bool
pf_thread(pthread_t *tid, void *(*fn)(void *))
{
	pthread_attr_t attr;
	sigset_t all, old;
	bool ok;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	ok = pthread_create(tid, &attr, fn, NULL) == 0;
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return ok;
}

/* -- while reading -- */

static void *
bg_run(void *arg)
{
	struct node *prev = NULL, *n;
	size_t k = 0;

	(void)arg;
	for (;;) {
		size_t p = atomic_load(&bg.published);

		for (; k < p; k++) {
			if (atomic_load_explicit(&bg.stop,
			    memory_order_relaxed))
				return NULL;
			n = prev ? prev->all_next : bg.from;
			prev = n;
			pf_take(n);
			atomic_store_explicit(&bg.done, k + 1,
			    memory_order_relaxed);
		}
		pthread_mutex_lock(&bg.mu);
		atomic_store(&bg.waiting, true);
		while (!atomic_load(&bg.stop) &&
		    atomic_load(&bg.published) == k)
			pthread_cond_wait(&bg.cv, &bg.mu);
		atomic_store(&bg.waiting, false);
		pthread_mutex_unlock(&bg.mu);
		if (atomic_load(&bg.stop))
			return NULL;
	}
}

static void
bg_give(struct node *n)
{
	if (!bg.from)
		bg.from = n;
	atomic_store_explicit(&n->pfs, PF_QUEUED, memory_order_relaxed);
	bg.given++;
	if (!bg.running) {
		if (bg.given < PF_MIN)
			return;
		atomic_store(&bg.stop, false);
		atomic_store(&bg.waiting, false);
		atomic_store(&bg.done, 0);
		atomic_store(&bg.published, bg.given);
		bg.running = pf_thread(&bg.tid, bg_run);
		if (!bg.running)	/* the walk stats them itself */
			bg.on = false;
	} else if (bg.given % PF_BATCH == 0) {
		atomic_store(&bg.published, bg.given);
		if (atomic_load(&bg.waiting)) {
			pthread_mutex_lock(&bg.mu);
			pthread_cond_signal(&bg.cv);
			pthread_mutex_unlock(&bg.mu);
		}
	}
}

/* Stop the reading thread and hand back the nodes it was given (see
 * pf_reset); nodes made from now on are still given to a new one while
 * bg.on stays.  Returns whether an answer was kept. */
static bool
bg_finish(bool keep)
{
	struct node *n = bg.from;
	size_t i;
	bool kept = false;

	if (bg.running) {
		atomic_store(&bg.stop, true);
		pthread_mutex_lock(&bg.mu);
		pthread_cond_broadcast(&bg.cv);
		pthread_mutex_unlock(&bg.mu);
		pthread_join(bg.tid, NULL);
		bg.running = false;
	}
	for (i = 0; i < bg.given; i++, n = n->all_next)
		kept |= pf_reset(n, keep);
	bg.from = NULL;
	bg.given = 0;
	return kept;
}

void
graph_prefetch_reading(void)
{
	if (!graph_check_symlinks && sysconf(_SC_NPROCESSORS_ONLN) >= 2)
		bg.on = true;
}

size_t
graph_prefetch_reading_count(void)
{
	return bg.running ? atomic_load(&bg.done) : 0;
}

/* -- while walking -- */

static void *
aw_run(void *arg)
{
	(void)arg;
	for (;;) {
		size_t i = atomic_load(&aw.left), lo;

		do {
			if (i == 0)
				return NULL;
			lo = i > PF_CHUNK ? i - PF_CHUNK : 0;
		} while (!atomic_compare_exchange_weak(&aw.left, &i, lo));
		while (i > lo) {
			if (atomic_load_explicit(&aw.stop,
			    memory_order_relaxed))
				return NULL;
			pf_take(aw.v[--i]);
		}
	}
}

/* Stop the walk's threads and hand their files back (see pf_reset).
 * Returns whether an answer was kept. */
static bool
aw_finish(bool keep)
{
	size_t i;
	bool kept = false;

	if (!aw.v)
		return false;
	atomic_store(&aw.stop, true);
	while (aw.nt > 0)
		pthread_join(aw.tid[--aw.nt], NULL);
	for (i = 0; i < aw.n; i++)
		kept |= pf_reset(aw.v[i], keep);
	free(aw.v);
	aw.v = NULL;
	aw.n = 0;
	return kept;
}

/* The walk's threads have claimed every file: join them (each ends
 * with the chunk it has) and free their array, which the walk no
 * longer needs to hold while it grows; their answers are kept. */
static void
aw_through(void)
{
	if (aw_finish(true))
		pf_live = pf_marks = true;
}

size_t
graph_prefetch_left(void)
{
	return aw.v ? atomic_load(&aw.left) : 0;
}

/* Put n on the walk's queue v, once: pf_seen marks it until the walk
 * is over; v has room for every node. */
static void
pf_push(struct node **v, size_t *nv, struct node *n)
{
	if (n->pf_seen)
		return;
	n->pf_seen = true;
	v[(*nv)++] = n;
}

void
graph_prefetch(struct node *const *goals, size_t ngoals)
{
	struct node **v;
	size_t nseen = 0, nv = 0, i;
	long ncpu;
	int want;
	bool kept;

	if (pf_marks && !pf_live) {	/* answers from before a change */
		struct node *n;

		for (n = first_node; n; n = n->all_next)
			n->prefetched = false;
		pf_marks = false;
	}
	/* what the threads found so far is kept (nothing changed since,
	 * or they would have been stopped); reading is over */
	kept = bg_finish(!graph_check_symlinks);
	bg.on = false;
	kept |= aw_finish(!graph_check_symlinks);
	if (kept)
		pf_live = pf_marks = true;
	ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	if (graph_check_symlinks || ncpu < 2)
		return;
	v = xmalloc((nnodes ? nnodes : 1) * sizeof(*v));
	/* breadth first, v[] the queue: every node reached, once */
	for (i = 0; i < ngoals; i++)
		pf_push(v, &nseen, goals[i]);
	for (i = 0; i < nseen; i++) {
		const struct rule *r;
		const struct dep *d;

		for (r = v[i]->rules; r; r = r->next) {
			for (d = r->deps; d; d = d->next)
				pf_push(v, &nseen, d->node);
			for (d = r->order_only; d; d = d->next)
				pf_push(v, &nseen, d->node);
		}
	}
	/* keep those to stat at the front: not a file already stat'ed or
	 * answered, found through VPATH or phony */
	for (i = 0; i < nseen; i++) {
		struct node *n = v[i];

		n->pf_seen = false;
		if (!n->stat_done && !n->prefetched && !node_vpath(n) &&
		    !(n->flags & NODE_PHONY))
			v[nv++] = n;
	}
	if (nv < PF_MIN) {
		free(v);
		return;
	}
	v = xrealloc(v, nv * sizeof(*v));	/* the walk grows meanwhile */
	for (i = 0; i < nv; i++)
		atomic_store_explicit(&v[i]->pfs, PF_QUEUED,
		    memory_order_relaxed);
	aw.v = v;
	aw.n = nv;
	atomic_store(&aw.left, nv);
	atomic_store(&aw.stop, false);
	/* the main thread walks: the others stat, from the far end */
	want = ncpu > PF_MAX_THREADS ? PF_MAX_THREADS - 1 : (int)ncpu - 1;
	for (aw.nt = 0; aw.nt < want; aw.nt++)
		if (!pf_thread(&aw.tid[aw.nt], aw_run))
			break;
	if (aw.nt == 0)
		aw_finish(false);
}

void
graph_prefetch_drop(void)
{
	/* the threads stop before the files may change, and what they
	 * found is forgotten (while reading goes on, the nodes made from
	 * now on go to a new one); the bits left on nodes are ignored,
	 * then cleared by the next graph_prefetch() */
	if (bg.running || bg.from)
		bg_finish(false);
	aw_finish(false);
	pf_live = false;
	graph_files_epoch++;
}

void
graph_prefetch_halt(void)
{
	if (bg.running || bg.from)
		bg_finish(false);
	bg.on = false;
	aw_finish(false);
}

/* ---- pattern rules ---- */

static bool
same_strv(const char **a, size_t na, const char **b, size_t nb)
{
	size_t i;

	if (na != nb)
		return false;
	for (i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}

/* GNU's test for "identical" rules: every target of old equals one
 * target of pr, and the prerequisite lists (order-only included) are
 * equal element by element. */
static bool
same_rule(const struct pattern_rule *old, const struct pattern_rule *pr)
{
	size_t i, j;

	if (!same_strv(old->deps, old->ndeps, pr->deps, pr->ndeps) ||
	    !same_strv(old->order_only, old->norder_only, pr->order_only,
	    pr->norder_only))
		return false;
	for (i = 0; i < pr->ntargets; i++) {
		for (j = 0; j < old->ntargets; j++)
			if (strcmp(pr->targets[i], old->targets[j]) != 0)
				break;
		if (j == old->ntargets)
			return true;
	}
	return false;
}

static void
unlink_pattern(struct pattern_rule *prev, struct pattern_rule *p)
{
	if (prev)
		prev->next = p->next;
	else
		graph_patterns = p->next;
	if (last_pattern == p)
		last_pattern = prev;
	p->next = NULL;
}

static void
append_pattern(struct pattern_rule *pr)
{
	pr->next = NULL;
	if (last_pattern)
		last_pattern->next = pr;
	else
		graph_patterns = pr;
	last_pattern = pr;
}

void
graph_add_pattern(struct pattern_rule *pr)
{
	struct pattern_rule *p, *prev = NULL;

	for (p = graph_patterns; p; prev = p, p = p->next)
		if (same_rule(p, pr))
			break;
	if (p && pr->builtin)
		return;		/* a built-in rule never replaces */
	if (p)
		unlink_pattern(prev, p);
	/* A rule without a recipe cancels the one it matches, and stays
	 * in the list, as GNU make keeps it: a built-in rule added later
	 * (a suffix rule's, the pattern ones) finds it there and is not
	 * added; the implicit search passes over it. */
	append_pattern(pr);
}

bool
pattern_match(const char *pattern, const char *word, size_t wlen,
    const char **stem, size_t *stemlen)
{
	return pattern_match_at(pattern, strchr(pattern, '%'), word, wlen,
	    stem, stemlen);
}

bool
pattern_match_at(const char *pattern, const char *pct, const char *word,
    size_t wlen, const char **stem, size_t *stemlen)
{
	size_t pre, suf;

	if (!pct) {
		if (strlen(pattern) != wlen ||
		    memcmp(pattern, word, wlen) != 0)
			return false;
		*stem = word + wlen;
		*stemlen = 0;
		return true;
	}
	pre = (size_t)(pct - pattern);
	suf = strlen(pct + 1);
	if (wlen < pre + suf || memcmp(word, pattern, pre) != 0 ||
	    memcmp(word + wlen - suf, pct + 1, suf) != 0)
		return false;
	*stem = word + pre;
	*stemlen = wlen - pre - suf;
	return true;
}

size_t
pattern_unquote(struct strbuf *out, const char *name, size_t len)
{
	const char *p = name, *end = name + len, *pct;

	while ((pct = memchr(p, '%', (size_t)(end - p))) != NULL) {
		size_t k = 0;

		while (pct - k > p && pct[-(ptrdiff_t)k - 1] == '\\')
			k++;
		sb_add(out, p, (size_t)(pct - p) - k + k / 2);
		sb_addc(out, '%');
		p = pct + 1;
		if (k % 2 == 0) {
			size_t at = out->len - 1;

			sb_add(out, p, (size_t)(end - p));
			return at;
		}
	}
	sb_add(out, p, (size_t)(end - p));
	return SIZE_MAX;
}
