/*
 * t-tar.c - unit tests of src/tar.c.
 *
 * The writer runs over a real tree in a temporary directory: regular,
 * empty, 511/512/1024-byte files, archive paths of 99, 100 and 101
 * bytes, names of 100 and 101 bytes, a path over 300 bytes, names with
 * blanks, quotes, a backslash, '=', a tab, a newline and UTF-8, symbolic
 * links (a dangling one, one to a directory, a target over 100 bytes),
 * empty and nested directories, modes 0444 to 0755, nanosecond times and
 * one after 2038.  Its archive must be the same bytes whatever the size
 * of the reads, is read back through the reader fed in chunks of 1, 7,
 * 512 and 4096 bytes and compared entry by entry with lstat of the
 * tree, and is extracted by GNU tar (tar -xpf) and compared with diff -r
 * and lstat (modes, times to the ns, links).  GNU tar's own pax, gnu
 * and ustar archives of the tree go through the reader too.
 *
 * Also: the skip callback (files and links are asked, directories never
 * and always written), sources under other names, single files of 0 to
 * 513 bytes, sizes beyond ustar's 8 GiB (sparse files, headers only),
 * times before 1970, the writer's errors (a source that is missing or
 * vanishes, a file that shrinks, a fifo, a device: -1 and a message
 * naming the path), the reader's errors (an archive cut anywhere is not
 * complete, a changed header byte is a checksum error, malformed pax
 * record lengths, an over-long x header, a device entry, a failing op)
 * and crafted good archives (pax path with a newline, ustar prefix,
 * pax size and mtime, a global header, GNU 'L' and 'K' headers).  The
 * malformed archives are fed in a child process, so that a crash or a
 * sanitizer's report is one failed check, not a lost run.
 *
 * GNU tar is needed for the parts that use it; without it they are
 * left out with a comment.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "strbuf.h"
#include "tap.h"
#include "tar.h"
#include "util.h"

static char *tmp;	/* the test's temporary directory */
static char *root;	/* tmp/t: the tree, archived as "t" */
static bool have_tar;	/* GNU tar runs */

/* ---- helpers ---- */

static void
bail(const char *what, const char *path)
{
	printf("Bail out! %s '%s': %s\n", what, path, strerror(errno));
	exit(1);
}

/* s with control bytes escaped, for TAP lines (one of 4 rotating
 * buffers, so that a printf may hold several). */
static const char *
vis(const char *s)
{
	static struct strbuf b[4];
	static int k;
	struct strbuf *sb = &b[k++ % 4];

	sb_reset(sb);
	if (!s)
		return "(null)";
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '\n')
			sb_adds(sb, "\\n");
		else if (c < 0x20 || c == 0x7f)
			sb_addf(sb, "\\x%02x", c);
		else
			sb_addc(sb, c);
	}
	return sb->buf ? sb->buf : "";
}

/* s in single quotes for sh. */
static char *
shq(const char *s)
{
	struct strbuf sb = STRBUF_INIT;

	sb_add_sh_quoted(&sb, s);
	return sb_detach(&sb, NULL);
}

/* Run a shell command, its output in a log shown as comments when it
 * fails; true when it exits 0. */
static bool
run(const char *cmd)
{
	char *log = xasprintf("%s/run.log", tmp);
	char *qlog = shq(log);
	char *full = xasprintf("(%s) >%s 2>&1", cmd, qlog);
	int st = system(full);
	bool ok = st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 0;

	if (!ok) {
		FILE *f = fopen(log, "r");
		char line[512];

		tap_diag("command failed (status %d): %s", st, vis(cmd));
		while (f && fgets(line, sizeof(line), f)) {
			line[strcspn(line, "\n")] = '\0';
			tap_diag("  %s", vis(line));
		}
		if (f)
			fclose(f);
	}
	free(full);
	free(qlog);
	free(log);
	return ok;
}

static bool
dots(const char *name)
{
	return !strcmp(name, ".") || !strcmp(name, "..");
}

static char *
rep(char c, size_t n)
{
	char *s = xmalloc(n + 1);

	memset(s, c, n);
	s[n] = '\0';
	return s;
}

/* n bytes of a pseudo-random pattern from seed. */
static void
fill(char *buf, size_t n, unsigned seed)
{
	uint32_t x = seed * 2654435761u + 1;
	size_t i;

	for (i = 0; i < n; i++) {
		x = x * 1664525u + 1013904223u;
		buf[i] = (char)(x >> 24);
	}
}

static char *
under(const char *rel)
{
	return xasprintf("%s/%s", root, rel);
}

static void
mkfile(const char *rel, const char *data, size_t n, mode_t mode)
{
	char *p = under(rel);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	if (fd < 0 || (n && write(fd, data, n) != (ssize_t)n) ||
	    fchmod(fd, mode) < 0 || close(fd) < 0)
		bail("cannot write", p);
	free(p);
}

static void
mkfile_pattern(const char *rel, size_t n, unsigned seed, mode_t mode)
{
	char *buf = xmalloc(n ? n : 1);

	fill(buf, n, seed);
	mkfile(rel, buf, n, mode);
	free(buf);
}

static void
mkdir_rel(const char *rel)
{
	char *p = under(rel);

	if (mkdir(p, 0755) < 0)
		bail("cannot make directory", p);
	free(p);
}

static void
chmod_rel(const char *rel, mode_t mode)
{
	char *p = under(rel);

	if (chmod(p, mode) < 0)
		bail("cannot chmod", p);
	free(p);
}

static void
mklink(const char *rel, const char *target)
{
	char *p = under(rel);

	if (symlink(target, p) < 0)
		bail("cannot make link", p);
	free(p);
}

static void
settime(const char *path, time_t s, long ns)
{
	struct timespec ts[2];

	ts[0].tv_sec = ts[1].tv_sec = s;
	ts[0].tv_nsec = ts[1].tv_nsec = ns;
	if (utimensat(AT_FDCWD, path, ts, AT_SYMLINK_NOFOLLOW) < 0)
		bail("cannot set the time of", path);
}

static void
settime_rel(const char *rel, time_t s, long ns)
{
	char *p = under(rel);

	settime(p, s, ns);
	free(p);
}

/* Give every entry below path its own time, children before their
 * directory (setting a child's time does not touch the directory's). */
static void
set_times(const char *path, unsigned *k)
{
	struct stat st;

	if (lstat(path, &st) < 0)
		bail("cannot stat", path);
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(path);
		struct dirent *de;

		if (!d)
			bail("cannot open", path);
		while ((de = readdir(d))) {
			char *c;

			if (dots(de->d_name))
				continue;
			c = xasprintf("%s/%s", path, de->d_name);
			set_times(c, k);
			free(c);
		}
		closedir(d);
	}
	++*k;
	settime(path, (time_t)1500000000 + (time_t)*k * 86401,
	    (long)((*k * 987654321UL) % 1000000000UL));
}

static void
make_tree(void)
{
	char *s, *s2;
	unsigned k = 0;
	int i;

	root = xasprintf("%s/t", tmp);
	if (mkdir(root, 0755) < 0)
		bail("cannot make directory", root);

	mkfile("a.txt", "hello\n", 6, 0640);
	mkfile("empty", "", 0, 0600);
	mkfile_pattern("b512", 512, 1, 0644);
	mkfile_pattern("b1024", 1024, 2, 0644);
	mkfile_pattern("b511", 511, 3, 0644);
	mkfile_pattern("big", 70001, 4, 0755);
	mkfile("exe", "#!/bin/sh\necho hi\n", 18, 0755);
	mkfile("ro", "read only\n", 10, 0444);
	mkfile("future", "2100\n", 5, 0644);

	/* archive paths "t/NAME" of 99, 100 and 101 bytes */
	s = rep('n', 97);
	mkfile(s, "99\n", 3, 0644);
	free(s);
	s = rep('o', 98);
	mkfile(s, "100\n", 4, 0644);
	free(s);
	s = rep('p', 99);
	mkfile(s, "101\n", 4, 0644);
	free(s);
	/* names (one component) of 100 and 101 bytes */
	s = rep('c', 100);
	mkfile(s, "c100\n", 5, 0644);
	free(s);
	s = rep('d', 101);
	mkfile(s, "d101\n", 5, 0644);
	free(s);
	/* a directory of 98 bytes: "t/NAME/" is 101, "t/NAME" 100 */
	s = rep('D', 98);
	mkdir_rel(s);
	s2 = xasprintf("%s/x", s);
	mkfile(s2, "x\n", 2, 0644);
	free(s2);
	free(s);

	/* a path of more than 300 bytes: deep/ + 5 components of 60 */
	mkdir_rel("deep");
	s = xstrdup("deep");
	for (i = 0; i < 5; i++) {
		char *c = rep((char)('a' + i), 60);

		s2 = xasprintf("%s/%s", s, c);
		free(c);
		free(s);
		s = s2;
		mkdir_rel(s);
	}
	s2 = xasprintf("%s/the-file-at-the-bottom", s);
	mkfile(s2, "deep\n", 5, 0600);
	free(s2);
	free(s);

	/* a path of 123 bytes that ustar splits into prefix and name */
	s = rep('P', 60);
	mkdir_rel(s);
	{
		char *q = rep('Q', 60);

		s2 = xasprintf("%s/%s", s, q);
		free(q);
	}
	mkfile(s2, "prefix\n", 7, 0644);
	free(s2);
	free(s);

	/* awkward names */
	mkfile("with space", "space\n", 6, 0644);
	mkfile("it's", "single\n", 7, 0644);
	mkfile("dq\"uote", "double\n", 7, 0644);
	mkfile("new\nline", "newline\n", 8, 0644);
	mkfile("tab\there", "tab\n", 4, 0644);
	mkfile("back\\slash", "bs\n", 3, 0644);
	mkfile("key=value", "eq\n", 3, 0644);
	mkfile("\xc3\xa9t\xc3\xa9-\xe6\xbc\xa2\xe5\xad\x97", "utf8\n", 5,
	    0644);
	mkfile(" lead and trail ", "blanks\n", 7, 0644);

	/* links */
	mklink("lnk", "a.txt");
	mklink("dangling", "does/not/exist");
	mklink("dirlink", "n1");
	s = rep('L', 150);
	s2 = xasprintf("../%s/target", s);
	mklink("longlink", s2);
	free(s2);
	free(s);
	mklink("link with space", "it's");

	/* directories */
	mkdir_rel("emptydir");
	mkdir_rel("n1");
	mkdir_rel("n1/n2");
	mkdir_rel("n1/n2/n3");
	mkfile("n1/n2/n3/f", "nested\n", 7, 0640);
	mkfile("n1/top", "top\n", 4, 0644);
	mkdir_rel("dir with space");
	mkfile("dir with space/inner 'q'", "inner\n", 6, 0644);

	/* modes last (a 0500 directory would stop the writes as non-root) */
	chmod_rel("emptydir", 0700);
	chmod_rel("n1", 0750);
	chmod_rel("n1/n2", 0755);
	chmod_rel("n1/n2/n3", 0711);
	chmod_rel("dir with space", 0500);
	if (chmod(root, 0755) < 0)
		bail("cannot chmod", root);

	set_times(root, &k);
	settime_rel("a.txt", 1600000000, 1);		/* leading zeros */
	settime_rel("empty", 1600000000, 0);		/* no fraction */
	settime_rel("b512", 1600000000, 999999999);
	settime_rel("future", 4102444800, 500000000);	/* 2100 */
}

/* ---- entries ---- */

struct ent {
	char *path;		/* archive path */
	char *fs;		/* local path (expected entries) */
	enum tar_type type;
	mode_t mode;
	struct timespec mtime;
	uint64_t size;
	char *link;
	struct strbuf data;	/* read entries */
	int nend;		/* end() calls */
};

struct list {
	struct ent *v;
	size_t n, alloc;
};

static struct ent *
list_add(struct list *l)
{
	struct ent *e;

	XGROW(l->v, l->n + 1, l->alloc);
	e = &l->v[l->n++];
	memset(e, 0, sizeof(*e));
	sb_init(&e->data);
	return e;
}

static void
list_free(struct list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].path);
		free(l->v[i].fs);
		free(l->v[i].link);
		sb_release(&l->v[i].data);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

static struct ent *
list_find(const struct list *l, const char *path)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].path, path))
			return &l->v[i];
	return NULL;
}

/* The expected entries of the tree at fs, archived as apath (parents
 * first). */
static void
walk(struct list *l, const char *fs, const char *apath)
{
	struct stat st;
	struct ent *e;

	if (lstat(fs, &st) < 0)
		bail("cannot stat", fs);
	e = list_add(l);
	e->path = xstrdup(apath);
	e->fs = xstrdup(fs);
	e->mode = st.st_mode & 07777;
	e->mtime = st.st_mtim;
	if (S_ISREG(st.st_mode)) {
		e->type = TAR_FILE;
		e->size = (uint64_t)st.st_size;
	} else if (S_ISLNK(st.st_mode)) {
		char buf[4096];
		ssize_t n = readlink(fs, buf, sizeof(buf) - 1);

		if (n < 0)
			bail("cannot read link", fs);
		buf[n] = '\0';
		e->type = TAR_SYMLINK;
		e->link = xstrdup(buf);
	} else if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(fs);
		struct dirent *de;

		e->type = TAR_DIR;
		if (!d)
			bail("cannot open", fs);
		while ((de = readdir(d))) {
			char *c, *ac;

			if (dots(de->d_name))
				continue;
			c = xasprintf("%s/%s", fs, de->d_name);
			ac = xasprintf("%s/%s", apath, de->d_name);
			walk(l, c, ac);
			free(c);
			free(ac);
		}
		closedir(d);
	}
}

static uint64_t
file_bytes(const struct list *l)
{
	uint64_t n = 0;
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->v[i].type == TAR_FILE)
			n += l->v[i].size;
	return n;
}

static char *
slurp(const char *path, size_t *len)
{
	struct strbuf sb = STRBUF_INIT;
	char buf[8192];
	ssize_t n;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		bail("cannot read", path);
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		sb_add(&sb, buf, (size_t)n);
	close(fd);
	return sb_detach(&sb, len);
}

/* ---- reading ---- */

struct rctx {
	struct list got;
	bool in_file;
	int bad;		/* ops called out of order */
	long fail_at;		/* entry() fails at this entry, -1 never */
};

static int
op_entry(void *ctx, const struct tar_entry *e)
{
	struct rctx *c = ctx;
	struct ent *g;

	if (c->in_file)
		c->bad++;
	if (c->fail_at >= 0 && (size_t)c->fail_at == c->got.n)
		return -1;
	g = list_add(&c->got);
	g->path = xstrdup(e->path ? e->path : "(null)");
	g->type = e->type;
	g->mode = e->mode;
	g->mtime = e->mtime;
	g->size = e->size;
	if (e->type == TAR_SYMLINK)
		g->link = xstrdup(e->link ? e->link : "(null)");
	c->in_file = e->type == TAR_FILE;
	return 0;
}

static int
op_data(void *ctx, const char *buf, size_t n)
{
	struct rctx *c = ctx;

	if (!c->in_file || !c->got.n) {
		c->bad++;
		return 0;
	}
	if (n == 0)
		c->bad++;
	sb_add(&c->got.v[c->got.n - 1].data, buf, n);
	return 0;
}

static int
op_end(void *ctx)
{
	struct rctx *c = ctx;

	if (!c->in_file || !c->got.n) {
		c->bad++;
		return 0;
	}
	c->in_file = false;
	c->got.v[c->got.n - 1].nend++;
	return 0;
}

static const struct tar_reader_ops ops = { op_entry, op_data, op_end };

struct rresult {
	int rc;			/* the last feed's */
	bool complete;
	char *err;
};

/* Feed n bytes of a to a new reader chunk bytes at a time (n when 0). */
static void
read_archive(const char *a, size_t n, size_t chunk, struct rctx *c,
    struct rresult *res)
{
	struct tar_reader *r = tar_reader_new(&ops, c);
	size_t off = 0;

	res->rc = 0;
	if (!chunk)
		chunk = n ? n : 1;
	while (off < n && res->rc == 0) {
		size_t k = n - off < chunk ? n - off : chunk;

		res->rc = tar_reader_feed(r, a + off, k);
		off += k;
	}
	res->complete = tar_reader_complete(r);
	res->err = tar_reader_error(r) ? xstrdup(tar_reader_error(r)) : NULL;
	tar_reader_free(r);
}

static void
rctx_init(struct rctx *c)
{
	memset(c, 0, sizeof(*c));
	c->fail_at = -1;
}

static const char *
type_name(enum tar_type t)
{
	return t == TAR_FILE ? "file" : t == TAR_DIR ? "dir" : "symlink";
}

/* Compare what the reader reported with the expected entries; each
 * difference is a comment; returns how many.  With ns false, times are
 * compared to the second and must have no fraction. */
static int
compare(const struct list *ex, const struct list *got, bool ns)
{
	int bad = 0;
	size_t i, j;

	for (i = 0; i < got->n; i++) {
		const struct ent *g = &got->v[i];
		const char *slash = strrchr(g->path, '/');

		for (j = i + 1; j < got->n; j++)
			if (!strcmp(g->path, got->v[j].path)) {
				tap_diag("  %s: reported twice", vis(g->path));
				bad++;
			}
		if (!list_find(ex, g->path)) {
			tap_diag("  %s: not expected (%s)", vis(g->path),
			    type_name(g->type));
			bad++;
		}
		if (slash) {
			char *parent = xstrndup(g->path,
			    (size_t)(slash - g->path));
			const struct ent *p = list_find(got, parent);

			if (p && p > g) {
				tap_diag("  %s: comes before its directory",
				    vis(g->path));
				bad++;
			}
			free(parent);
		}
	}
	for (i = 0; i < ex->n; i++) {
		const struct ent *e = &ex->v[i];
		const struct ent *g = list_find(got, e->path);
		const char *p = vis(e->path);

		if (!g) {
			tap_diag("  %s: missing", p);
			bad++;
			continue;
		}
		if (g->type != e->type) {
			tap_diag("  %s: type %s, expected %s", p,
			    type_name(g->type), type_name(e->type));
			bad++;
			continue;
		}
		if (g->mode != e->mode) {
			tap_diag("  %s: mode %04o, expected %04o", p,
			    (unsigned)g->mode, (unsigned)e->mode);
			bad++;
		}
		if (g->mtime.tv_sec != e->mtime.tv_sec ||
		    g->mtime.tv_nsec != (ns ? e->mtime.tv_nsec : 0)) {
			tap_diag("  %s: mtime %lld.%09ld, expected %lld.%09ld",
			    p, (long long)g->mtime.tv_sec, g->mtime.tv_nsec,
			    (long long)e->mtime.tv_sec,
			    ns ? e->mtime.tv_nsec : 0L);
			bad++;
		}
		if (e->type == TAR_SYMLINK && strcmp(g->link, e->link)) {
			tap_diag("  %s: link '%s', expected '%s'", p,
			    vis(g->link), vis(e->link));
			bad++;
		}
		if (e->type != TAR_FILE)
			continue;
		if (g->size != e->size) {
			tap_diag("  %s: size %" PRIu64 ", expected %" PRIu64, p,
			    g->size, e->size);
			bad++;
		}
		if (g->nend != 1) {
			tap_diag("  %s: end() called %d times", p, g->nend);
			bad++;
		}
		if (e->fs) {
			size_t len;
			char *want = slurp(e->fs, &len);

			if (g->data.len != len ||
			    (len && memcmp(g->data.buf, want, len))) {
				tap_diag("  %s: data differs (%zu bytes, "
				    "expected %zu)", p, g->data.len, len);
				bad++;
			}
			free(want);
		}
	}
	return bad;
}

/* Read a (n bytes) in each chunk size and compare with ex. */
static void
check_read(const char *label, const char *a, size_t n,
    const struct list *ex, bool ns)
{
	static const size_t chunks[] = { 1, 7, 512, 4096 };
	size_t i;

	for (i = 0; i < countof(chunks); i++) {
		struct rctx c;
		struct rresult res;
		int bad;

		rctx_init(&c);
		read_archive(a, n, chunks[i], &c, &res);
		tap_check(res.rc == 0, __FILE__, __LINE__,
		    "%s, chunks of %zu: the reader accepts it", label,
		    chunks[i]);
		if (res.rc)
			tap_diag("  error: %s", vis(res.err));
		tap_check(res.complete, __FILE__, __LINE__,
		    "%s, chunks of %zu: complete", label, chunks[i]);
		tap_check(c.bad == 0, __FILE__, __LINE__,
		    "%s, chunks of %zu: ops called in order", label,
		    chunks[i]);
		bad = compare(ex, &c.got, ns);
		tap_check(bad == 0, __FILE__, __LINE__,
		    "%s, chunks of %zu: every entry as expected (%zu read, "
		    "%zu expected)", label, chunks[i], c.got.n, ex->n);
		list_free(&c.got);
		free(res.err);
	}
}

/* ---- writing ---- */

/* The whole archive of w, read chunk bytes at a time; 0 or -1. */
static int
write_all(struct tar_writer *w, size_t chunk, struct strbuf *out)
{
	char *buf = xmalloc(chunk);
	ssize_t r;

	while ((r = tar_writer_read(w, buf, chunk)) > 0) {
		if ((size_t)r > chunk) {
			free(buf);
			return -2;
		}
		sb_add(out, buf, (size_t)r);
	}
	free(buf);
	return r < 0 ? -1 : 0;
}

static void
save(const char *path, const char *a, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || write(fd, a, n) != (ssize_t)n || close(fd) < 0)
		bail("cannot write", path);
}

static struct strbuf ours;	/* the writer's archive of the tree */

static void
test_roundtrip(const struct list *ex)
{
	static const size_t chunks[] = { 65536, 1, 7, 512, 4096, 10240 };
	size_t i;
	bool zeros = true;

	for (i = 0; i < countof(chunks); i++) {
		struct tar_writer *w = tar_writer_new(NULL, NULL);
		struct strbuf a = STRBUF_INIT;
		char buf[16];
		int rc;

		tar_writer_add(w, root, "t");
		rc = write_all(w, chunks[i], &a);
		tap_check(rc == 0, __FILE__, __LINE__,
		    "writer, reads of %zu: the tree is written", chunks[i]);
		if (rc)
			tap_diag("  error: %s", vis(tar_writer_error(w)));
		tap_check(tar_writer_read(w, buf, sizeof(buf)) == 0, __FILE__,
		    __LINE__, "writer, reads of %zu: 0 again after the end",
		    chunks[i]);
		tap_check(tar_writer_data_bytes(w) == file_bytes(ex),
		    __FILE__, __LINE__, "writer, reads of %zu: data bytes "
		    "%" PRIu64 " == %" PRIu64, chunks[i],
		    tar_writer_data_bytes(w), file_bytes(ex));
		if (i == 0) {
			ours = a;
		} else {
			tap_check(a.len == ours.len &&
			    !memcmp(a.buf, ours.buf, a.len), __FILE__,
			    __LINE__, "writer, reads of %zu: the same bytes "
			    "as reads of %zu", chunks[i], chunks[0]);
			sb_release(&a);
		}
		tar_writer_free(w);
	}
	check(ours.len % 512 == 0 && ours.len >= 1024);
	for (i = ours.len >= 1024 ? ours.len - 1024 : 0; i < ours.len; i++)
		if (ours.buf[i])
			zeros = false;
	check(zeros);	/* ends with two zero blocks */

	check_read("our archive", ours.buf, ours.len, ex, true);
}

/* Compare two trees with lstat: type, mode, mtime to the ns, link. */
static int
compare_trees(const char *a, const char *b)
{
	struct stat sa, sb;
	int bad = 0;

	if (lstat(a, &sa) < 0 || lstat(b, &sb) < 0) {
		tap_diag("  %s: missing on one side", vis(b));
		return 1;
	}
	if ((sa.st_mode & S_IFMT) != (sb.st_mode & S_IFMT)) {
		tap_diag("  %s: type differs", vis(b));
		return 1;
	}
	if (!S_ISLNK(sa.st_mode) &&
	    (sa.st_mode & 07777) != (sb.st_mode & 07777)) {
		tap_diag("  %s: mode %04o, expected %04o", vis(b),
		    (unsigned)(sb.st_mode & 07777),
		    (unsigned)(sa.st_mode & 07777));
		bad++;
	}
	if (sa.st_mtim.tv_sec != sb.st_mtim.tv_sec ||
	    sa.st_mtim.tv_nsec != sb.st_mtim.tv_nsec) {
		tap_diag("  %s: mtime %lld.%09ld, expected %lld.%09ld", vis(b),
		    (long long)sb.st_mtim.tv_sec, sb.st_mtim.tv_nsec,
		    (long long)sa.st_mtim.tv_sec, sa.st_mtim.tv_nsec);
		bad++;
	}
	if (S_ISLNK(sa.st_mode)) {
		char la[4096], lb[4096];
		ssize_t na = readlink(a, la, sizeof(la) - 1);
		ssize_t nb = readlink(b, lb, sizeof(lb) - 1);

		if (na < 0 || nb < 0 || na != nb ||
		    memcmp(la, lb, (size_t)na)) {
			tap_diag("  %s: link target differs", vis(b));
			bad++;
		}
	}
	if (S_ISDIR(sa.st_mode)) {
		DIR *d = opendir(a);
		struct dirent *de;

		while (d && (de = readdir(d))) {
			char *ca, *cb;

			if (dots(de->d_name))
				continue;
			ca = xasprintf("%s/%s", a, de->d_name);
			cb = xasprintf("%s/%s", b, de->d_name);
			bad += compare_trees(ca, cb);
			free(ca);
			free(cb);
		}
		if (d)
			closedir(d);
	}
	return bad;
}

static void
test_gnu_extract(void)
{
	char *arch = xasprintf("%s/ours.tar", tmp);
	char *out = xasprintf("%s/x", tmp);
	char *outt = xasprintf("%s/t", out);
	char *qa = shq(arch), *qo = shq(out), *qr = shq(root), *qt = shq(outt);
	char *cmd;

	if (!have_tar) {
		tap_diag("GNU tar not found: extraction not checked");
		goto out;
	}
	save(arch, ours.buf, ours.len);
	if (mkdir(out, 0755) < 0)
		bail("cannot make directory", out);
	cmd = xasprintf("tar -xpf %s -C %s", qa, qo);
	tap_check(run(cmd), __FILE__, __LINE__,
	    "GNU tar extracts our archive");
	free(cmd);
	cmd = xasprintf("diff -r --no-dereference %s %s", qr, qt);
	tap_check(run(cmd), __FILE__, __LINE__,
	    "GNU tar's extraction: diff -r finds no difference");
	free(cmd);
	tap_check(compare_trees(root, outt) == 0, __FILE__, __LINE__,
	    "GNU tar's extraction: modes, ns times and links as the tree's");
	/* extraction leaves no stray entries beside t */
	cmd = xasprintf("test \"$(ls -A %s)\" = t", qo);
	tap_check(run(cmd), __FILE__, __LINE__,
	    "GNU tar's extraction: nothing beside t");
	free(cmd);
out:
	free(qa);
	free(qo);
	free(qr);
	free(qt);
	free(arch);
	free(out);
	free(outt);
}

/* GNU tar's archive of the tree in format fmt, read and compared. */
static void
test_gnu_format(const char *fmt, const char *what, const struct list *ex,
    bool ns)
{
	char *arch = xasprintf("%s/gnu-%s.tar", tmp, fmt);
	char *qa = shq(arch), *qd = shq(tmp), *qw = shq(what);
	char *cmd, *label, *a;
	size_t n;

	if (!have_tar) {
		tap_diag("GNU tar not found: --format=%s not checked", fmt);
		goto out;
	}
	cmd = xasprintf("tar --format=%s -C %s -cf %s %s", fmt, qd, qa, qw);
	if (!tap_check(run(cmd), __FILE__, __LINE__,
	    "GNU tar --format=%s archives the tree", fmt)) {
		free(cmd);
		goto out;
	}
	free(cmd);
	a = slurp(arch, &n);
	label = xasprintf("GNU tar --format=%s", fmt);
	check_read(label, a, n, ex, ns);
	free(label);
	free(a);
out:
	free(qa);
	free(qd);
	free(qw);
	free(arch);
}

/* ---- skipping ---- */

struct skipctx {
	int asked, asked_dir;
	bool all;		/* skip everything asked */
	const char *only;	/* else skip this path */
};

static bool
skip_fn(void *ctx, const char *path, const char *apath,
    const struct stat *st)
{
	struct skipctx *s = ctx;

	(void)path;
	s->asked++;
	if (S_ISDIR(st->st_mode))
		s->asked_dir++;
	return s->all || (s->only && !strcmp(apath, s->only));
}

static void
test_skip(const struct list *ex)
{
	struct skipctx s;
	struct list want = { 0 };
	struct tar_writer *w;
	struct strbuf a = STRBUF_INIT;
	struct rctx c;
	struct rresult res;
	size_t i, nfiles = 0, nlinks = 0;
	int rc;

	/* skip everything: only the directories are left */
	memset(&s, 0, sizeof(s));
	s.all = true;
	w = tar_writer_new(skip_fn, &s);
	tar_writer_add(w, root, "t");
	rc = write_all(w, 4096, &a);
	check_int(rc, 0);
	check_int(tar_writer_data_bytes(w), 0);
	tar_writer_free(w);
	check_int(s.asked_dir, 0);	/* directories are never asked */
	for (i = 0; i < ex->n; i++) {
		const struct ent *e = &ex->v[i];

		if (e->type == TAR_FILE)
			nfiles++;
		if (e->type == TAR_SYMLINK)
			nlinks++;
		if (e->type == TAR_DIR) {
			struct ent *d = list_add(&want);

			*d = *e;
			d->path = xstrdup(e->path);
			d->fs = xstrdup(e->fs);
			sb_init(&d->data);
		}
	}
	/* every file was asked (links may be) */
	check(s.asked >= (int)nfiles && s.asked <= (int)(nfiles + nlinks));
	rctx_init(&c);
	read_archive(a.buf, a.len, 512, &c, &res);
	check(res.rc == 0 && res.complete);
	tap_check(compare(&want, &c.got, true) == 0, __FILE__, __LINE__,
	    "skip everything: exactly the directories, with modes and times");
	list_free(&c.got);
	list_free(&want);
	free(res.err);
	sb_release(&a);

	/* skip one file: everything else is there */
	memset(&s, 0, sizeof(s));
	s.only = "t/n1/n2/n3/f";
	w = tar_writer_new(skip_fn, &s);
	tar_writer_add(w, root, "t");
	sb_init(&a);
	check_int(write_all(w, 4096, &a), 0);
	check(tar_writer_data_bytes(w) == file_bytes(ex) - 7);
	tar_writer_free(w);
	for (i = 0; i < ex->n; i++) {
		struct ent *d;

		if (!strcmp(ex->v[i].path, s.only))
			continue;
		d = list_add(&want);
		*d = ex->v[i];
		d->path = xstrdup(ex->v[i].path);
		d->fs = xstrdup(ex->v[i].fs);
		d->link = ex->v[i].link ? xstrdup(ex->v[i].link) : NULL;
		sb_init(&d->data);
	}
	rctx_init(&c);
	read_archive(a.buf, a.len, 4096, &c, &res);
	check(res.rc == 0 && res.complete);
	tap_check(compare(&want, &c.got, true) == 0, __FILE__, __LINE__,
	    "skip one file: every other entry is there");
	check(list_find(&c.got, "t/n1/n2/n3") != NULL);
	check(list_find(&c.got, s.only) == NULL);
	list_free(&c.got);
	list_free(&want);
	free(res.err);
	sb_release(&a);
}

/* ---- other sources ---- */

/* A source archived under another name, a symbolic link as a source
 * (not followed), a single file. */
static void
test_sources(void)
{
	struct tar_writer *w = tar_writer_new(NULL, NULL);
	struct strbuf a = STRBUF_INIT;
	struct rctx c;
	struct rresult res;
	struct list want = { 0 };
	struct ent *e;
	char *p;

	p = under("a.txt");
	tar_writer_add(w, p, "renamed");
	free(p);
	p = under("dirlink");
	tar_writer_add(w, p, "dl");
	free(p);
	p = under("b512");
	tar_writer_add(w, p, "e");
	free(p);
	check_int(write_all(w, 100, &a), 0);
	check_int(tar_writer_data_bytes(w), 6 + 512);
	tar_writer_free(w);
	walk(&want, root, "t");
	for (e = want.v; e < want.v + want.n; e++) {
		const char *nm = !strcmp(e->path, "t/a.txt") ? "renamed" :
		    !strcmp(e->path, "t/dirlink") ? "dl" :
		    !strcmp(e->path, "t/b512") ? "e" : NULL;

		free(e->path);
		e->path = xstrdup(nm ? nm : "");
	}
	rctx_init(&c);
	read_archive(a.buf, a.len, 7, &c, &res);
	check(res.rc == 0 && res.complete);
	check_int(c.got.n, 3);
	/* compare only the three named entries */
	{
		struct list three = { 0 };
		size_t i;

		for (i = 0; i < want.n; i++)
			if (*want.v[i].path) {
				e = list_add(&three);
				*e = want.v[i];
				e->path = xstrdup(want.v[i].path);
				e->fs = xstrdup(want.v[i].fs);
				e->link = want.v[i].link ?
				    xstrdup(want.v[i].link) : NULL;
				sb_init(&e->data);
			}
		tap_check(compare(&three, &c.got, true) == 0, __FILE__,
		    __LINE__, "renamed sources; a link source is not followed");
		list_free(&three);
	}
	list_free(&want);
	list_free(&c.got);
	free(res.err);
	sb_release(&a);
}

/* Single files of 0, 1, 511, 512 and 513 bytes as sources. */
static void
test_single_files(void)
{
	static const size_t sizes[] = { 0, 1, 511, 512, 513 };
	size_t i;

	for (i = 0; i < countof(sizes); i++) {
		char *p = xasprintf("%s/single%zu", tmp, sizes[i]);
		struct tar_writer *w;
		struct strbuf a = STRBUF_INIT;
		struct list want = { 0 };
		struct rctx c;
		struct rresult res;
		char *data = xmalloc(sizes[i] + 1);
		int fd, rc;

		fill(data, sizes[i], (unsigned)i);
		fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0 || write(fd, data, sizes[i]) != (ssize_t)sizes[i] ||
		    close(fd) < 0)
			bail("cannot write", p);
		w = tar_writer_new(NULL, NULL);
		tar_writer_add(w, p, "single");
		rc = write_all(w, 4096, &a);
		tap_check(rc == 0, __FILE__, __LINE__,
		    "a file of %zu bytes alone: written", sizes[i]);
		if (rc)
			tap_diag("  error: %s", vis(tar_writer_error(w)));
		tap_check(tar_writer_data_bytes(w) == sizes[i], __FILE__,
		    __LINE__, "a file of %zu bytes alone: data bytes",
		    sizes[i]);
		tar_writer_free(w);
		walk(&want, p, "single");
		rctx_init(&c);
		read_archive(a.buf, a.len, 0, &c, &res);
		tap_check(res.rc == 0 && res.complete &&
		    compare(&want, &c.got, true) == 0, __FILE__, __LINE__,
		    "a file of %zu bytes alone: read back", sizes[i]);
		list_free(&want);
		list_free(&c.got);
		free(res.err);
		sb_release(&a);
		free(data);
		free(p);
	}
}

/* Files too big for ustar's size field: a sparse file of 8 GiB + 1 and
 * one of 077777777777 bytes; only the headers are read. */
static void
test_big_sizes(void)
{
	static const uint64_t sizes[] = { 8589934593ULL, 077777777777ULL };
	size_t i;

	for (i = 0; i < countof(sizes); i++) {
		char *p = xasprintf("%s/sparse%zu", tmp, i);
		int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		struct tar_writer *w;
		struct tar_reader *r;
		struct rctx c;
		char buf[4096];
		ssize_t n;

		if (fd < 0 || ftruncate(fd, (off_t)sizes[i]) < 0 ||
		    close(fd) < 0) {
			tap_diag("no sparse file of %" PRIu64 " bytes here: %s",
			    sizes[i], strerror(errno));
			free(p);
			continue;
		}
		w = tar_writer_new(NULL, NULL);
		tar_writer_add(w, p, "sparse");
		n = tar_writer_read(w, buf, sizeof(buf));
		check(n > 0);
		rctx_init(&c);
		r = tar_reader_new(&ops, &c);
		check_int(tar_reader_feed(r, buf, n > 0 ? (size_t)n : 0), 0);
		tap_check(c.got.n == 1 && c.got.v[0].size == sizes[i] &&
		    c.got.v[0].type == TAR_FILE && !strcmp(c.got.v[0].path,
		    "sparse"), __FILE__, __LINE__,
		    "a file of %" PRIu64 " bytes: its size read back",
		    sizes[i]);
		if (c.got.n && c.got.v[0].size != sizes[i])
			tap_diag("  read size %" PRIu64, c.got.v[0].size);
		tar_reader_free(r);
		tar_writer_free(w);
		list_free(&c.got);
		unlink(p);
		free(p);
	}
}

/* Times before 1970: whole seconds and a fraction (-1.5 s is
 * tv_sec -2, tv_nsec 500000000). */
static void
test_old_times(void)
{
	static const struct { time_t s; long ns; } t[] = {
		{ -86400, 0 }, { -2, 500000000 }, { 0, 0 }, { 0, 1 },
	};
	size_t i;

	for (i = 0; i < countof(t); i++) {
		char *p = xasprintf("%s/old%zu", tmp, i);
		struct tar_writer *w;
		struct strbuf a = STRBUF_INIT;
		struct rctx c;
		struct rresult res;

		{
			int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);

			if (fd < 0 || write(fd, "old\n", 4) != 4 ||
			    close(fd) < 0)
				bail("cannot write", p);
		}
		settime(p, t[i].s, t[i].ns);
		w = tar_writer_new(NULL, NULL);
		tar_writer_add(w, p, "old");
		check_int(write_all(w, 4096, &a), 0);
		tar_writer_free(w);
		rctx_init(&c);
		read_archive(a.buf, a.len, 0, &c, &res);
		tap_check(res.rc == 0 && c.got.n == 1 &&
		    c.got.v[0].mtime.tv_sec == t[i].s &&
		    c.got.v[0].mtime.tv_nsec == t[i].ns, __FILE__, __LINE__,
		    "mtime %lld s + %ld ns read back", (long long)t[i].s,
		    t[i].ns);
		if (c.got.n && (c.got.v[0].mtime.tv_sec != t[i].s ||
		    c.got.v[0].mtime.tv_nsec != t[i].ns))
			tap_diag("  read %lld s + %ld ns",
			    (long long)c.got.v[0].mtime.tv_sec,
			    c.got.v[0].mtime.tv_nsec);
		if (have_tar) {
			char *arch = xasprintf("%s/old.tar", tmp);
			char *out = xasprintf("%s/oldx%zu", tmp, i);
			char *qa = shq(arch), *qo = shq(out);
			char *cmd = xasprintf("tar -xpf %s -C %s", qa, qo);
			char *x = xasprintf("%s/old", out);
			struct stat st;

			save(arch, a.buf, a.len);
			if (mkdir(out, 0755) < 0)
				bail("cannot make directory", out);
			tap_check(run(cmd), __FILE__, __LINE__,
			    "mtime %lld s + %ld ns: GNU tar reads it",
			    (long long)t[i].s, t[i].ns);
			tap_check(lstat(x, &st) == 0 &&
			    st.st_mtim.tv_sec == t[i].s &&
			    st.st_mtim.tv_nsec == t[i].ns, __FILE__, __LINE__,
			    "mtime %lld s + %ld ns: GNU tar extracts it",
			    (long long)t[i].s, t[i].ns);
			if (lstat(x, &st) == 0 &&
			    (st.st_mtim.tv_sec != t[i].s ||
			    st.st_mtim.tv_nsec != t[i].ns))
				tap_diag("  GNU tar set %lld s + %ld ns",
				    (long long)st.st_mtim.tv_sec,
				    st.st_mtim.tv_nsec);
			free(x);
			free(cmd);
			free(qa);
			free(qo);
			free(arch);
			free(out);
		}
		list_free(&c.got);
		free(res.err);
		sb_release(&a);
		free(p);
	}
}

/* ---- the writer's errors ---- */

static bool
has(const char *s, const char *sub)
{
	return s && strstr(s, sub);
}

/* Read w to the end or an error; the rc of write_all. */
static int
drain(struct tar_writer *w)
{
	struct strbuf a = STRBUF_INIT;
	int rc = write_all(w, 4096, &a);

	sb_release(&a);
	return rc;
}

static void
test_writer_errors(void)
{
	char *dir = xasprintf("%s/werr", tmp);
	char *big, *later, *fifo, *fdir, *ffile, *missing;
	struct tar_writer *w;
	char buf[1024];
	const char *err;
	ssize_t n;
	int rc;

	if (mkdir(dir, 0755) < 0)
		bail("cannot make directory", dir);
	big = xasprintf("%s/big", dir);
	later = xasprintf("%s/later", dir);
	missing = xasprintf("%s/missing", dir);

	/* a source that does not exist */
	w = tar_writer_new(NULL, NULL);
	tar_writer_add(w, missing, "missing");
	rc = drain(w);
	err = tar_writer_error(w);
	check_int(rc, -1);
	if (!tap_check(has(err, missing) && has(err, strerror(ENOENT)),
	    __FILE__, __LINE__, "a missing source: the message says why"))
		tap_diag("  message: %s", vis(err));
	tar_writer_free(w);

	/* a source that vanishes after the writer has started */
	{
		char *data = xmalloc(200000);
		int fd;

		fill(data, 200000, 9);
		fd = open(big, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0 || write(fd, data, 200000) != 200000 || close(fd))
			bail("cannot write", big);
		fd = open(later, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0 || write(fd, "later\n", 6) != 6 || close(fd))
			bail("cannot write", later);
		free(data);
	}
	w = tar_writer_new(NULL, NULL);
	tar_writer_add(w, big, "big");
	tar_writer_add(w, later, "later");
	n = tar_writer_read(w, buf, sizeof(buf));
	check(n > 0);
	unlink(later);
	rc = drain(w);
	err = tar_writer_error(w);
	check_int(rc, -1);
	if (!tap_check(has(err, later) && has(err, strerror(ENOENT)),
	    __FILE__, __LINE__, "a source that vanished: the message names it"))
		tap_diag("  message: %s", vis(err));
	tar_writer_free(w);

	/* a file that shrinks while it is read */
	w = tar_writer_new(NULL, NULL);
	tar_writer_add(w, big, "big");
	n = tar_writer_read(w, buf, sizeof(buf));
	check(n > 0);
	if (truncate(big, 100) < 0)
		bail("cannot truncate", big);
	rc = drain(w);
	err = tar_writer_error(w);
	check_int(rc, -1);
	if (!tap_check(has(err, big) && has(err, "shrank"), __FILE__,
	    __LINE__, "a file that shrank: the message names it"))
		tap_diag("  message: %s", vis(err));
	tar_writer_free(w);

	/* a fifo inside a tree, and one as a source */
	fdir = xasprintf("%s/withfifo", dir);
	fifo = xasprintf("%s/fifo", fdir);
	ffile = xasprintf("%s/file", fdir);
	if (mkdir(fdir, 0755) < 0 || mkfifo(fifo, 0644) < 0)
		bail("cannot make a fifo", fifo);
	{
		int fd = open(ffile, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (fd < 0 || write(fd, "f\n", 2) != 2 || close(fd) < 0)
			bail("cannot write", ffile);
	}
	w = tar_writer_new(NULL, NULL);
	tar_writer_add(w, fdir, "withfifo");
	rc = drain(w);
	err = tar_writer_error(w);
	check_int(rc, -1);
	if (!tap_check(has(err, fifo) && has(err, "not a regular file"),
	    __FILE__, __LINE__, "a fifo in a tree: -1, the message names it"))
		tap_diag("  message: %s", vis(err));
	tar_writer_free(w);

	w = tar_writer_new(NULL, NULL);
	tar_writer_add(w, fifo, "fifo");
	rc = drain(w);
	err = tar_writer_error(w);
	check_int(rc, -1);
	check(has(err, fifo));
	tar_writer_free(w);

	/* a device (never opened: reading it would not end) */
	w = tar_writer_new(NULL, NULL);
	tar_writer_add(w, "/dev/zero", "zero");
	rc = drain(w);
	err = tar_writer_error(w);
	check_int(rc, -1);
	check(has(err, "/dev/zero"));
	tar_writer_free(w);

	/* freeing a writer that is half way through a file and a tree */
	w = tar_writer_new(NULL, NULL);
	tar_writer_add(w, root, "t");
	check(tar_writer_read(w, buf, sizeof(buf)) > 0);
	tar_writer_free(w);

	free(big);
	free(later);
	free(missing);
	free(fifo);
	free(ffile);
	free(fdir);
	free(dir);
}

/* ---- crafted archives ---- */

static void
c_header(struct strbuf *a, const char *name, char type, unsigned mode,
    unsigned long long size, unsigned long long mtime, const char *link,
    const char *prefix)
{
	char h[512];
	unsigned sum = 0;
	size_t i;

	memset(h, 0, sizeof(h));
	memcpy(h, name, strlen(name) < 100 ? strlen(name) : 100);
	snprintf(h + 100, 8, "%07o", mode & 07777);
	snprintf(h + 108, 8, "%07o", 0);
	snprintf(h + 116, 8, "%07o", 0);
	snprintf(h + 124, 12, "%011llo", size & 077777777777ULL);
	snprintf(h + 136, 12, "%011llo", mtime & 077777777777ULL);
	h[156] = type;
	if (link)
		memcpy(h + 157, link, strlen(link) < 100 ? strlen(link) : 100);
	memcpy(h + 257, "ustar", 6);
	memcpy(h + 263, "00", 2);
	if (prefix)
		memcpy(h + 345, prefix, strlen(prefix));
	memset(h + 148, ' ', 8);
	for (i = 0; i < sizeof(h); i++)
		sum += (unsigned char)h[i];
	snprintf(h + 148, 8, "%06o", sum);
	h[155] = ' ';
	sb_add(a, h, sizeof(h));
}

static void
c_pad(struct strbuf *a)
{
	while (a->len % 512)
		sb_addc(a, '\0');
}

static void
c_ext(struct strbuf *a, char type, const char *data, size_t n)
{
	c_header(a, type == 'x' ? "PaxHeader" : "././@LongLink", type, 0644,
	    n, 0, NULL, NULL);
	sb_add(a, data, n);
	c_pad(a);
}

static void
c_file(struct strbuf *a, const char *name, const char *data)
{
	c_header(a, name, '0', 0644, strlen(data), 1000, NULL, NULL);
	sb_adds(a, data);
	c_pad(a);
}

static void
c_end(struct strbuf *a)
{
	size_t i;

	for (i = 0; i < 1024; i++)
		sb_addc(a, '\0');
}

/* What a child's reader did with an archive. */
enum outcome {
	O_COMPLETE = 10,	/* accepted, complete */
	O_INCOMPLETE,		/* accepted, not complete */
	O_FAIL_MSG,		/* -1 with a message */
	O_FAIL_NOMSG,		/* -1 without one */
};

static const char *
outcome_name(int o)
{
	switch (o) {
	case O_COMPLETE: return "accepted, complete";
	case O_INCOMPLETE: return "accepted, incomplete";
	case O_FAIL_MSG: return "-1 with a message";
	case O_FAIL_NOMSG: return "-1 without a message";
	}
	return "crashed or exited";
}

/* Feed a to a reader in a child process (chunks of chunk bytes, all at
 * once when 0); the outcome, the message in msg, the first entry's
 * path in first.  A crash (or a sanitizer's report) is an outcome of
 * its own, with the status in a comment. */
static int
feed_child(const struct strbuf *a, size_t chunk, long fail_at, char *msg,
    size_t msgsz)
{
	int fds[2], st;
	pid_t pid;
	ssize_t n, got = 0;

	msg[0] = '\0';
	fflush(stdout);
	if (pipe(fds) < 0)
		bail("cannot make a pipe", "");
	pid = fork();
	if (pid < 0)
		bail("cannot fork", "");
	if (pid == 0) {
		struct rctx c;
		struct rresult res;
		int o;

		close(fds[0]);
		rctx_init(&c);
		c.fail_at = fail_at;
		read_archive(a->buf, a->len, chunk, &c, &res);
		if (res.rc == 0)
			o = res.complete ? O_COMPLETE : O_INCOMPLETE;
		else
			o = res.err ? O_FAIL_MSG : O_FAIL_NOMSG;
		if (res.err && write(fds[1], res.err, strlen(res.err)) < 0)
			o = 99;
		free(res.err);
		list_free(&c.got);
		_exit(o);
	}
	close(fds[1]);
	while ((size_t)got < msgsz - 1 &&
	    (n = read(fds[0], msg + got, msgsz - 1 - (size_t)got)) > 0)
		got += n;
	msg[got] = '\0';
	close(fds[0]);
	if (waitpid(pid, &st, 0) != pid)
		bail("cannot wait", "");
	if (WIFEXITED(st) && WEXITSTATUS(st) >= O_COMPLETE &&
	    WEXITSTATUS(st) <= O_FAIL_NOMSG)
		return WEXITSTATUS(st);
	if (WIFSIGNALED(st))
		tap_diag("  the reader's process died of signal %d",
		    WTERMSIG(st));
	else
		tap_diag("  the reader's process exited %d",
		    WEXITSTATUS(st));
	return -1;
}

static void
want_outcome(const char *label, const struct strbuf *a, size_t chunk,
    int want, const char *in_msg)
{
	char msg[1024];
	int o = feed_child(a, chunk, -1, msg, sizeof(msg));
	bool ok = o == want && (!in_msg || strstr(msg, in_msg));

	tap_check(ok, __FILE__, __LINE__, "%s: %s", label, outcome_name(want));
	if (!ok)
		tap_diag("  got: %s%s%s", outcome_name(o), *msg ? ": " : "",
		    vis(msg));
}

static void
test_truncated(void)
{
	size_t cuts[16], i, n = 0;
	char label[128];

	if (!check(ours.len >= 4096)) {
		tap_diag("  no archive of the tree to cut (see above)");
		return;
	}
	cuts[n++] = 0;
	cuts[n++] = 1;
	cuts[n++] = 100;
	cuts[n++] = 511;
	cuts[n++] = 512;	/* after the first x header */
	cuts[n++] = 1024;
	cuts[n++] = 1536;	/* after the first ustar header */
	cuts[n++] = ours.len / 2;
	cuts[n++] = ours.len / 2 + 1;
	cuts[n++] = ours.len - 1024 - 1;
	cuts[n++] = ours.len - 1024;	/* no end blocks */
	cuts[n++] = ours.len - 512;	/* one of two */
	cuts[n++] = ours.len - 1;
	for (i = 0; i < n; i++) {
		struct strbuf a = STRBUF_INIT;

		sb_add(&a, ours.buf, cuts[i]);
		snprintf(label, sizeof(label), "archive cut at %zu of %zu",
		    cuts[i], ours.len);
		want_outcome(label, &a, 0, O_INCOMPLETE, NULL);
		snprintf(label, sizeof(label), "archive cut at %zu of %zu, "
		    "7-byte chunks", cuts[i], ours.len);
		want_outcome(label, &a, 7, O_INCOMPLETE, NULL);
		sb_release(&a);
	}
	{
		struct strbuf a = STRBUF_INIT;

		sb_add(&a, ours.buf, ours.len);
		want_outcome("the whole archive", &a, 0, O_COMPLETE, NULL);
		/* GNU tar pads to 10240-byte records: zeros after the end */
		for (i = 0; i < 10240; i++)
			sb_addc(&a, '\0');
		want_outcome("the whole archive, padded", &a, 0, O_COMPLETE,
		    NULL);
		sb_release(&a);
	}
}

static void
test_checksum(void)
{
	static const size_t at[] = { 0, 100, 148, 153, 156, 300, 511 };
	size_t i, second;
	char label[128];

	if (!check(ours.len >= 4096)) {
		tap_diag("  no archive of the tree to corrupt (see above)");
		return;
	}
	for (i = 0; i < countof(at); i++) {
		struct strbuf a = STRBUF_INIT;

		sb_add(&a, ours.buf, ours.len);
		a.buf[at[i]] ^= 0x01;
		snprintf(label, sizeof(label), "a byte at %zu of the first "
		    "header changed", at[i]);
		want_outcome(label, &a, 0, O_FAIL_MSG, "checksum");
		sb_release(&a);
	}
	/* the header of a later entry: after the first entry's x header
	 * and ustar header (t/ is a directory: no data) */
	second = 1024;
	{
		struct strbuf a = STRBUF_INIT;

		sb_add(&a, ours.buf, ours.len);
		a.buf[second + 10] ^= 0x40;
		want_outcome("a later header changed", &a, 512, O_FAIL_MSG,
		    "checksum");
		sb_release(&a);
	}
	/* a checksum field that is not a number */
	{
		struct strbuf a = STRBUF_INIT;

		sb_add(&a, ours.buf, ours.len);
		memcpy(a.buf + 148, "        ", 8);
		want_outcome("a blank checksum field", &a, 0, O_FAIL_MSG,
		    "checksum");
		sb_release(&a);
	}
}

/* An archive of one x header holding rec, then a file and the end. */
static void
pax_case(const char *label, const char *rec, size_t n, int want,
    const char *in_msg)
{
	struct strbuf a = STRBUF_INIT;

	c_ext(&a, 'x', rec, n);
	c_file(&a, "f", "data\n");
	c_end(&a);
	want_outcome(label, &a, 0, want, in_msg);
	sb_release(&a);
}

static void
test_bad_pax(void)
{
	static const struct { const char *label, *rec; } bad[] = {
		{ "length one too long", "13 path=abc\n" },
		{ "length one too short", "11 path=abc\n" },
		{ "length zero", "0 path=abc\n" },
		{ "length past the header's data", "99 path=abc\n" },
		{ "length negative", "-5 path=abc\n" },
		{ "length negative, ending on a newline", "-11 path=abc\n" },
		{ "length 2^64 - 1", "18446744073709551615 path=abc\n" },
		{ "length over 2^64", "99999999999999999999999 path=abc\n" },
		{ "length after blanks", "    \n5 path=abc\n" },
		{ "length with a plus sign", "+13 path=abc\n" },
		{ "length not a number", "xx path=abc\n" },
		{ "no blank after the length", "11_path=abc\n" },
		{ "no '=' in the record", "12 pathxabc\n" },
		{ "a good record then a bad one", "12 path=abc\n9 mtime=1\n" },
		{ "a record cut short", "12 path=ab" },
	};
	size_t i;
	char label[160];

	for (i = 0; i < countof(bad); i++) {
		snprintf(label, sizeof(label), "pax record, %s", bad[i].label);
		pax_case(label, bad[i].rec, strlen(bad[i].rec), O_FAIL_MSG,
		    NULL);
	}
	/* a good record is accepted (the harness itself works) */
	pax_case("pax record, good", "12 path=abc\n", 12, O_COMPLETE, NULL);
	pax_case("pax record, shortest", "5 a=\n", 5, O_COMPLETE, NULL);

	/* an extended header longer than the reader takes */
	{
		struct strbuf a = STRBUF_INIT;

		c_header(&a, "PaxHeader", 'x', 0644, 077777777777ULL, 0, NULL,
		    NULL);
		c_end(&a);
		want_outcome("an x header of 8 GiB", &a, 0, O_FAIL_MSG, NULL);
		sb_release(&a);
	}
	/* an entry type that is not a file, directory or link */
	{
		struct strbuf a = STRBUF_INIT;

		c_header(&a, "dev", '3', 0644, 0, 0, NULL, NULL);
		c_end(&a);
		want_outcome("a character device entry", &a, 0, O_FAIL_MSG,
		    NULL);
		sb_release(&a);
	}
	/* an op that fails stops the reader, with no message of its own */
	{
		struct strbuf a = STRBUF_INIT;
		char msg[256];
		int o;

		c_file(&a, "one", "1\n");
		c_file(&a, "two", "2\n");
		c_end(&a);
		o = feed_child(&a, 0, 1, msg, sizeof(msg));
		tap_check(o == O_FAIL_NOMSG, __FILE__, __LINE__,
		    "a failing op: -1 without a message");
		if (o != O_FAIL_NOMSG)
			tap_diag("  got: %s %s", outcome_name(o), vis(msg));
		sb_release(&a);
	}
}

/* Crafted archives that are good: what the reader reports. */
static void
test_crafted_good(void)
{
	struct strbuf a = STRBUF_INIT;
	struct strbuf x = STRBUF_INIT;
	struct rctx c;
	struct rresult res;
	char *n100 = rep('m', 100), *l100 = rep('k', 100);
	const char *weird = "dir/a=b\nc \xc3\xa9";
	char rec[64];

	/* a pax path with a newline, '=' and UTF-8; the records apply to
	 * the next entry only */
	snprintf(rec, sizeof(rec), "path=%s\n", weird);
	sb_addf(&x, "%zu %s", strlen(rec) + 3, rec);
	sb_adds(&x, "30 mtime=1234567890.123456789\n");
	sb_adds(&x, "20 linkpath=ignored\n");
	c_ext(&a, 'x', x.buf, x.len);
	c_file(&a, "short", "one\n");
	c_file(&a, "plain", "two\n");
	/* ustar prefix and name */
	c_header(&a, "file", '0', 0600, 3, 99, NULL, "some/prefix");
	sb_adds(&a, "pf\n");
	c_pad(&a);
	/* a name and a link target of exactly 100 bytes (no NUL) */
	c_header(&a, n100, '2', 0777, 0, 5, l100, NULL);
	/* a pax mtime of fewer and more than 9 digits */
	sb_reset(&x);
	sb_adds(&x, "17 mtime=12345.5\n");
	c_ext(&a, 'x', x.buf, 17);
	c_file(&a, "half", "");
	sb_reset(&x);
	sb_adds(&x, "26 mtime=12345.1234567891\n");
	c_ext(&a, 'x', x.buf, 26);
	c_file(&a, "ten-digits", "");
	/* a pax size overriding the header's */
	sb_reset(&x);
	sb_adds(&x, "9 size=5\n");
	c_ext(&a, 'x', x.buf, 9);
	c_header(&a, "sized", '0', 0644, 0, 7, NULL, NULL);
	sb_adds(&a, "12345");
	c_pad(&a);
	/* a global header is ignored */
	sb_reset(&x);
	sb_adds(&x, "17 path=global-x\n");
	c_header(&a, "GlobalHead", 'g', 0644, 17, 0, NULL, NULL);
	sb_add(&a, x.buf, 17);
	c_pad(&a);
	c_file(&a, "after-global", "g\n");
	/* GNU long name and long link */
	c_ext(&a, 'L', "gnu/long/name\0", 14);
	c_ext(&a, 'K', "gnu-target\0", 11);
	c_header(&a, "cut", '2', 0777, 0, 8, "cut-target", NULL);
	/* a directory with a trailing slash and a size of 0 */
	c_header(&a, "adir/", '5', 0755, 0, 9, NULL, NULL);
	/* old-style file type NUL */
	c_header(&a, "oldfile", '\0', 0644, 2, 10, NULL, NULL);
	sb_adds(&a, "o\n");
	c_pad(&a);
	c_end(&a);

	rctx_init(&c);
	read_archive(a.buf, a.len, 1, &c, &res);
	check(res.rc == 0 && res.complete && c.bad == 0);
	if (res.err)
		tap_diag("  error: %s", vis(res.err));
	if (check_int(c.got.n, 11)) {
		struct ent *g = c.got.v;

		check_str(g[0].path, weird);
		check(g[0].mtime.tv_sec == 1234567890 &&
		    g[0].mtime.tv_nsec == 123456789);
		check(g[0].data.len == 4 && !memcmp(g[0].data.buf, "one\n", 4));
		check_str(g[1].path, "plain");	/* no override left over */
		check(g[1].mtime.tv_sec == 1000 && g[1].mtime.tv_nsec == 0);
		check_str(g[2].path, "some/prefix/file");
		check_int(g[2].mode, 0600);
		check_str(g[3].path, n100);
		check_int(g[3].type, TAR_SYMLINK);
		check_str(g[3].link, l100);
		check(g[4].mtime.tv_sec == 12345 &&
		    g[4].mtime.tv_nsec == 500000000);
		check(g[5].mtime.tv_sec == 12345 &&
		    g[5].mtime.tv_nsec == 123456789);
		check_str(g[6].path, "sized");
		check(g[6].size == 5 && g[6].data.len == 5);
		check_str(g[7].path, "after-global");
		check_str(g[8].path, "gnu/long/name");
		check_str(g[8].link, "gnu-target");
		check_str(g[9].path, "adir");
		check_int(g[9].type, TAR_DIR);
		check_str(g[10].path, "oldfile");
		check_int(g[10].type, TAR_FILE);
		check_int(g[10].nend, 1);
	}
	list_free(&c.got);
	free(res.err);
	free(n100);
	free(l100);
	sb_release(&a);
	sb_release(&x);
}

int
main(void)
{
	struct list ex = { 0 };
	const char *t = getenv("TMPDIR");
	char *tmpl = xasprintf("%s/t-tar.XXXXXX", t && *t ? t : "/tmp");

	tmp = mkdtemp(tmpl);
	if (!tmp)
		bail("cannot make a temporary directory in", tmpl);
	have_tar = system("tar --version 2>/dev/null | "
	    "grep -q 'GNU tar'") == 0;
	umask(022);
	make_tree();
	walk(&ex, root, "t");

	test_single_files();
	test_roundtrip(&ex);
	test_gnu_extract();
	test_gnu_format("pax", "t", &ex, true);
	test_gnu_format("gnu", "t", &ex, false);
	{
		/* ustar holds at most 255 bytes: only the prefix subtree */
		struct list sub = { 0 };
		char *p = rep('P', 60);
		char *fs = under(p);
		char *ap = xasprintf("t/%s", p);

		walk(&sub, fs, ap);
		test_gnu_format("ustar", ap, &sub, false);
		list_free(&sub);
		free(p);
		free(fs);
		free(ap);
	}
	test_skip(&ex);
	test_sources();
	test_big_sizes();
	test_old_times();
	test_writer_errors();
	test_truncated();
	test_checksum();
	test_bad_pax();
	test_crafted_good();

	list_free(&ex);
	sb_release(&ours);
	{
		char *q = shq(tmp);
		char *cmd = xasprintf("chmod -R u+rwx %s; rm -rf %s", q, q);

		if (system(cmd) != 0)
			tap_diag("could not remove %s", tmp);
		free(cmd);
		free(q);
	}
	free(root);
	free(tmpl);
	return test_done();
}
