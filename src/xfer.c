/*
 * xfer.c - @put and @get for one host: the commands the host runs and
 * the local half of the archive stream (tar.c), with the semantics of
 * cp -R -p that does not follow symbolic links (DESIGN section 2).
 *
 * What the host needs: a POSIX sh, tar that reads and writes pax (GNU
 * tar or bsdtar), and GNU find, mv, stat and touch for the fast paths
 * (listing with -printf to skip unchanged files, mv -T, touch -r).
 *
 * @put.  The probe decides the layout: DEST is a directory (it exists as
 * one, or it ends in '/' and is made now; sources go inside it) or the
 * new name of the single source (its parent must exist).  It then lists
 * what is at the targets (type, size, mtime to the nanosecond, path).
 * The receiver unpacks the archive of the sources, less the regular
 * files whose size and mtime already match, into a fresh directory
 * beside the targets, makes the missing directories, renames every
 * file and link into place, then gives the directories their modes and
 * times.  A failure before the renames leaves every old file as it was;
 * each rename is atomic; the temporary directory is removed on any exit.
 *
 * @get.  The host's tar sends the sources; each file is written to a
 * temporary file in its destination directory and renamed into place
 * with its mode and time, links are made under a temporary name too;
 * directories get their modes and times at the end.  Archive paths that
 * are absolute, hold "..", or lead through a symbolic link are refused.
 *
 * Interface: see xfer.h.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "session.h"
#include "sha256.h"
#include "strbuf.h"
#include "tar.h"
#include "util.h"
#include "xfer.h"

enum phase { PH_PROBE, PH_DATA, PH_DONE };

/* What the probe found at the host, per archive path. */
struct remote_file {
	char *path;
	char type;		/* find's %y: f d l ... */
	uint64_t size;
	long long mtime;	/* ns */
	unsigned mode;		/* permission bits */
};

/* One record of GNU find's "%y %s %T@ %m %P": its fields. */
struct listed {
	char type;
	uint64_t size;
	long long mtime;
	unsigned mode;
	const char *rel;	/* "" for the starting point itself */
};

/* --checksum: a host file's SHA-256, by key (@put: its archive path;
 * @get: "SOURCE-INDEX:relative path"). */
struct remote_hash {
	char *key;
	char hex[65];
};

static bool by_checksum;

void
xfer_set_checksum(bool on)
{
	by_checksum = on;
}

/* A directory made by @get, to get its mode and time at the end. */
struct made_dir {
	char *path;
	mode_t mode;
	struct timespec mtime;
};

struct xfer {
	enum step_kind kind;
	char **words;		/* sources then DEST */
	size_t nsrc;
	const char *dest;
	enum phase phase;
	bool into_dir;		/* DEST is a directory */
	char *err;
	uint64_t bytes;
	/* @put */
	struct strbuf probe;	/* the probe's stdout */
	struct remote_file *have;
	size_t nhave, ahave;
	struct remote_hash *hash;	/* --checksum */
	size_t nhash, ahash;
	bool hash_sorted;
	struct tar_writer *tw;
	/* @get */
	char **abs;		/* per source: its absolute path on the
				 * host, without the leading '/' (NULL: the
				 * host gave no listing) */
	struct strbuf names;	/* the paths to ask the host's tar for,
				 * NUL-separated */
	bool get_needed;	/* a file, link or directory's mode or time
				 * differs: the data command must run */
	size_t names_off;
	struct tar_reader *tr;
	int fd;			/* the file being received */
	char *tmp, *target;
	mode_t mode;
	struct timespec mtime;
	struct made_dir *dirs;
	size_t ndirs, adirs;
	char *fail;		/* a local error in the worker */
	uint64_t moved;		/* progress: __atomic, any thread */
	uint64_t total;		/* @put: the sources' file sizes */
};

/* The mode bits @get gives what it writes: not setuid and setgid, since
 * the file is the local user's (ownership is never kept), which may be
 * root, and its content is the host's choice; cp -p drops them too when
 * it cannot keep the owner. */
#define GET_MODE_BITS 01777u

/* ---- words ---- */

static const char *
dq_char(const char *p, struct strbuf *w)
{
	if (*p == '\\' && p[1] && strchr("\"\\$`\n", p[1])) {
		if (p[1] != '\n')
			sb_addc(w, p[1]);
		return p + 2;
	}
	sb_addc(w, *p);
	return p + 1;
}

char **
xfer_split_words(const char *p, char **err)
{
	char **v = xcalloc(1, sizeof(*v));
	size_t n = 0, alloc = 1;
	struct strbuf w = STRBUF_INIT;
	bool in_word = false;

	for (;;) {
		if (!*p || is_space((unsigned char)*p)) {
			if (in_word) {
				XGROW(v, n + 2, alloc);
				v[n++] = sb_detach(&w, NULL);
				v[n] = NULL;
			}
			in_word = false;
			if (!*p)
				return v;
			p++;
			continue;
		}
		in_word = true;
		if (*p == '\'') {
			const char *e = strchr(p + 1, '\'');

			if (!e)
				goto unterminated;
			sb_add(&w, p + 1, (size_t)(e - p - 1));
			p = e + 1;
		} else if (*p == '"') {
			for (p++; *p && *p != '"';)
				p = dq_char(p, &w);
			if (!*p)
				goto unterminated;
			p++;
		} else if (*p == '\\' && p[1]) {
			/* "a\<newline>b" reaches here (t-xfer checks it);
			 * cppcheck 2.10 began to say otherwise when
			 * exec.h lost an inline function */
			/* cppcheck-suppress knownConditionTrueFalse */
			if (p[1] != '\n')
				sb_addc(&w, p[1]);
			p += 2;
		} else {
			sb_addc(&w, *p++);
		}
	}
unterminated:
	*err = xstrdup("unterminated quote");
	sb_release(&w);
	while (n)
		free(v[--n]);
	free(v);
	return NULL;
}

/* ---- paths ---- */

/* The last component of path, trailing slashes ignored (malloc'd). */
static char *
base_name(const char *path)
{
	size_t len = strlen(path), start;

	while (len > 1 && path[len - 1] == '/')
		len--;
	start = len;
	while (start > 0 && path[start - 1] != '/')
		start--;
	return xstrndup(path + start, len - start);
}

/* The directory part of path ("." when none, "/" for "/x"). */
static char *
dir_name(const char *path)
{
	size_t len = strlen(path);

	while (len > 1 && path[len - 1] == '/')
		len--;
	while (len > 0 && path[len - 1] != '/')
		len--;
	if (len == 0)
		return xstrdup(".");
	while (len > 1 && path[len - 1] == '/')
		len--;
	return xstrndup(path, len);
}

static bool
ends_in_slash(const char *s)
{
	size_t n = strlen(s);

	return n && s[n - 1] == '/';
}

static bool
bad_base(const char *b)
{
	return !*b || !strcmp(b, ".") || !strcmp(b, "..") ||
	    !strcmp(b, "/");
}

/* path as a starting point for find (malloc'd): find takes an argument
 * that begins with '-' for its expression, so "-delete" would be the
 * predicate, run on ".", not the file; "./-delete" is the file. */
static char *
find_start(const char *path)
{
	return xasprintf("%s%s", *path == '-' ? "./" : "", path);
}

/* ---- creating ---- */

static int
check_sources(struct xfer *x, char **err)
{
	struct stat st;
	size_t i;

	for (i = 0; i < x->nsrc; i++) {
		char *b = base_name(x->words[i]);
		bool bad = bad_base(b);

		free(b);
		if (bad) {
			*err = xasprintf("cannot %s '%s': name a file or "
			    "directory", x->kind == STEP_PUT ? "put" : "get",
			    x->words[i]);
			return -1;
		}
		if (x->kind == STEP_PUT && lstat(x->words[i], &st) < 0) {
			int e = errno;

			*err = xasprintf("cannot read '%s': %s", x->words[i],
			    strerror(e));
			return -1;
		}
	}
	return 0;
}

static int get_layout(struct xfer *x);

struct xfer *
xfer_new(enum step_kind kind, const char *text, char **err)
{
	struct xfer *x = xcalloc(1, sizeof(*x));
	size_t n = 0;

	x->kind = kind;
	x->fd = -1;
	sb_init(&x->probe);
	x->words = xfer_split_words(text, err);
	if (!x->words) {
		xfer_free(x);
		return NULL;
	}
	while (x->words[n])
		n++;
	if (n < 2) {
		*err = xasprintf("'@%s' needs a source and a destination",
		    kind == STEP_PUT ? "put" : "get");
		xfer_free(x);
		return NULL;
	}
	x->nsrc = n - 1;
	x->dest = x->words[n - 1];
	x->phase = PH_PROBE;
	sb_init(&x->names);
	if (check_sources(x, err) < 0 ||
	    (kind == STEP_GET && get_layout(x) < 0)) {
		if (x->fail && !*err)
			*err = xstrdup(x->fail);
		xfer_free(x);
		return NULL;
	}
	return x;
}

void
xfer_free(struct xfer *x)
{
	size_t i;

	if (!x)
		return;
	for (i = 0; x->words && x->words[i]; i++)
		free(x->words[i]);
	free(x->words);
	for (i = 0; i < x->nhave; i++)
		free(x->have[i].path);
	free(x->have);
	for (i = 0; i < x->nhash; i++)
		free(x->hash[i].key);
	free(x->hash);
	for (i = 0; i < x->ndirs; i++)
		free(x->dirs[i].path);
	free(x->dirs);
	sb_release(&x->probe);
	sb_release(&x->names);
	for (i = 0; x->abs && i < x->nsrc; i++)
		free(x->abs[i]);
	free(x->abs);
	tar_writer_free(x->tw);
	tar_reader_free(x->tr);
	if (x->fd >= 0)
		close(x->fd);
	if (x->tmp)
		unlink(x->tmp);
	free(x->tmp);
	free(x->target);
	free(x->fail);
	free(x->err);
	free(x);
}

void
xfer_echo(const struct xfer *x, struct strbuf *out)
{
	size_t i;

	for (i = 0; i < x->nsrc; i++)
		sb_addf(out, "%s %s -> %s\n", x->kind == STEP_PUT ? "put" :
		    "get", x->words[i], x->dest);
}

const char *
xfer_error(const struct xfer *x)
{
	return x->err;
}

uint64_t
xfer_bytes(const struct xfer *x)
{
	return x->bytes;
}

uint64_t
xfer_progress(const struct xfer *x)
{
	return __atomic_load_n(&x->moved, __ATOMIC_RELAXED);
}

uint64_t
xfer_total(const struct xfer *x)
{
	return x->total;
}


/* The size of the regular files under path (not following links),
 * for the progress display; bounded to a million entries. */
static uint64_t
tree_size(const char *path, unsigned depth, size_t *budget)
{
	struct stat st;
	uint64_t sum = 0;
	DIR *d;
	struct dirent *de;

	if (!*budget || lstat(path, &st) < 0)
		return 0;
	--*budget;
	if (S_ISREG(st.st_mode))
		return (uint64_t)st.st_size;
	if (!S_ISDIR(st.st_mode) || depth > 64 || !(d = opendir(path)))
		return 0;
	while ((de = readdir(d)) && *budget) {
		char *sub;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		sub = xasprintf("%s/%s", path, de->d_name);
		sum += tree_size(sub, depth + 1, budget);
		free(sub);
	}
	closedir(d);
	return sum;
}

void
xfer_measure(struct xfer *x)
{
	size_t i, budget = 1000000;

	for (i = 0; x->kind == STEP_PUT && i < x->nsrc; i++)
		x->total += tree_size(x->words[i], 0, &budget);
}

/* ---- @put: the probe ---- */

/* The archive name of source i: its own name inside a directory DEST,
 * DEST's name otherwise. */
static char *
top_name(const struct xfer *x, size_t i)
{
	return base_name(x->into_dir ? x->words[i] : x->dest);
}

/* sha256sum -z's record: 64 hex digits, two blanks, the path. */
static const char *
hash_record(const char *rec)
{
	size_t i;

	for (i = 0; i < 64; i++)
		if (!strchr("0123456789abcdef", rec[i]) || !rec[i])
			return NULL;
	return rec[64] == ' ' && rec[65] == ' ' ? rec + 66 : NULL;
}

static void
hash_add(struct xfer *x, char *key, const char *hex)
{
	XGROW(x->hash, x->nhash + 1, x->ahash);
	x->hash[x->nhash].key = key;
	memcpy(x->hash[x->nhash].hex, hex, 64);
	x->hash[x->nhash].hex[64] = '\0';
	x->nhash++;
	x->hash_sorted = false;
}

static int
cmp_hash(const void *a, const void *b)
{
	return strcmp(((const struct remote_hash *)a)->key,
	    ((const struct remote_hash *)b)->key);
}

static const char *
hash_find(struct xfer *x, const char *key)
{
	struct remote_hash k, *f;

	if (!x->nhash)
		return NULL;
	if (!x->hash_sorted) {
		qsort(x->hash, x->nhash, sizeof(*x->hash), cmp_hash);
		x->hash_sorted = true;
	}
	k.key = (char *)key;
	f = bsearch(&k, x->hash, x->nhash, sizeof(*x->hash), cmp_hash);
	return f ? f->hex : NULL;
}

/* The relative part of path under the start point find was given. */
static const char *
under(const char *path, const char *start)
{
	size_t n = strlen(start);

	if (strncmp(path, start, n))
		return NULL;
	return path[n] == '/' ? path + n + 1 : path[n] ? NULL : path + n;
}

/* The listing command's hash part, for --checksum. */
static const char checksum_cmd[] =
    "find \"$2\" -type f -exec sha256sum -z -- {} + 2>/dev/null || :; ";

static char *
put_probe_command(struct xfer *x)
{
	struct strbuf sb = STRBUF_INIT;
	char *parent = dir_name(x->dest), *d = find_start(x->dest);
	size_t i;

	sb_adds(&sb, "d=");
	sb_add_sh_quoted(&sb, d);
	free(d);
	sb_adds(&sb, "\nif [ -d \"$d\" ]; then echo dir\n");
	if (ends_in_slash(x->dest)) {
		sb_adds(&sb, "else mkdir -- \"$d\" || exit 1; echo dir\n");
	} else if (x->nsrc > 1) {
		sb_adds(&sb, "else printf \"not a directory: '%s'\\n\" "
		    "\"$d\" >&2; exit 1\n");
	} else {
		sb_adds(&sb, "elif [ -d ");
		sb_add_sh_quoted(&sb, parent);
		sb_adds(&sb, " ]; then echo file\nelse printf \"no such "
		    "directory: '%s'\\n\" ");
		sb_add_sh_quoted(&sb, parent);
		sb_adds(&sb, " >&2; exit 1\n");
	}
	sb_adds(&sb, "fi\nlist() { printf 'T%s\\0' \"$1\"; "
	    "if [ -e \"$2\" ] || [ -L \"$2\" ]; then find \"$2\" -printf "
	    "'%y %s %T@ %m %P\\0' 2>/dev/null || :; ");
	if (by_checksum)
		sb_adds(&sb, checksum_cmd);
	sb_adds(&sb, "fi; }\n");
	for (i = 0; i < x->nsrc; i++) {
		char *b = base_name(x->words[i]);

		sb_addf(&sb, "if [ -d \"$d\" ]; then list %zu \"$d\"/", i);
		sb_add_sh_quoted(&sb, b);
		sb_addf(&sb, "; else list %zu \"$d\"; fi\n", i);
		free(b);
	}
	free(parent);
	return sb_detach(&sb, NULL);
}

static void
have_add(struct xfer *x, const char *path, const struct listed *l)
{
	XGROW(x->have, x->nhave + 1, x->ahave);
	x->have[x->nhave].path = xstrdup(path);
	x->have[x->nhave].type = l->type;
	x->have[x->nhave].size = l->size;
	x->have[x->nhave].mtime = l->mtime;
	x->have[x->nhave].mode = l->mode;
	x->nhave++;
}

static int
cmp_have(const void *a, const void *b)
{
	return strcmp(((const struct remote_file *)a)->path,
	    ((const struct remote_file *)b)->path);
}

/* find's "%T@": seconds with a fraction, either sign, to nanoseconds. */
static long long
parse_time(const char *s)
{
	bool neg = *s == '-';
	long long sec = 0, ns = 0;
	int d = 0;

	if (neg)
		s++;
	for (; *s >= '0' && *s <= '9' && sec < 1000000000000LL; s++)
		sec = sec * 10 + (*s - '0');
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++)
			if (d++ < 9)
				ns = ns * 10 + (*s - '0');
	while (d++ < 9)
		ns *= 10;
	sec = sec * 1000000000LL + ns;
	return neg ? -sec : sec;
}

static long long parse_time(const char *s);

/* Split a listing record; false when it is not one. */
static bool
parse_listed(const char *rec, struct listed *l)
{
	char *end;
	const char *p;

	if (!rec[0] || rec[1] != ' ')
		return false;
	l->type = rec[0];
	l->size = strtoull(rec + 2, &end, 10);
	if (*end != ' ')
		return false;
	p = end + 1;
	l->mtime = parse_time(p);
	if (!(p = strchr(p, ' ')))
		return false;
	l->mode = (unsigned)strtoul(p + 1, &end, 8);
	if (*end != ' ')
		return false;
	l->rel = end + 1;
	return true;
}

/* One listing record of target i. */
static void
probe_record(struct xfer *x, size_t i, const char *rec)
{
	struct listed l;
	char *top, *path;

	if (!parse_listed(rec, &l))
		return;
	top = top_name(x, i);
	path = *l.rel ? xasprintf("%s/%s", top, l.rel) : xstrdup(top);
	have_add(x, path, &l);
	free(path);
	free(top);
}

/* A sha256sum record of target i: keyed by archive path. */
static void
put_hash_record(struct xfer *x, size_t i, const char *rec)
{
	char *b = base_name(x->words[i]), *start, *top;
	const char *rel;

	start = find_start(x->dest);	/* as the probe's $d */
	if (x->into_dir) {
		char *in = xasprintf("%s/%s", start, b);

		free(start);
		start = in;
	}
	rel = under(hash_record(rec), start);
	if (rel) {
		top = top_name(x, i);
		hash_add(x, *rel ? xasprintf("%s/%s", top, rel) : xstrdup(top),
		    rec);
		free(top);
	}
	free(start);
	free(b);
}

static int
put_probe_done(struct xfer *x)
{
	const char *p = x->probe.buf, *end = p + x->probe.len, *nl;
	size_t target = 0;

	nl = memchr(p, '\n', x->probe.len);
	if (!nl || (strncmp(p, "dir\n", 4) && strncmp(p, "file\n", 5))) {
		x->err = xstrdup("the host's probe said nothing useful");
		return -1;
	}
	x->into_dir = p[0] == 'd';
	for (p = nl + 1; p < end;) {
		const char *z = memchr(p, '\0', (size_t)(end - p));

		if (!z)
			break;
		if (*p == 'T')
			target = (size_t)strtoul(p + 1, NULL, 10);
		else if (target < x->nsrc && hash_record(p))
			put_hash_record(x, target, p);
		else if (target < x->nsrc)
			probe_record(x, target, p);
		p = z + 1;
	}
	if (x->nhave)	/* qsort(NULL, 0, ...) is undefined */
		qsort(x->have, x->nhave, sizeof(*x->have), cmp_have);
	return 0;
}

/* ---- @put: the data ---- */

/* What the probe found at archive path apath, or NULL. */
static const struct remote_file *
have_find(const struct xfer *x, const char *apath)
{
	struct remote_file key = { .path = (char *)apath };

	if (!x->nhave)
		return NULL;
	return bsearch(&key, x->have, x->nhave, sizeof(*x->have), cmp_have);
}

/* Does the host have the local file path (st) as the regular file
 * apath: same size and mtime, or with --checksum same size and SHA-256
 * (whatever the times)? */
static bool
put_skip(void *ctx, const char *path, const char *apath,
    const struct stat *st)
{
	struct xfer *x = ctx;
	const struct remote_file *f;
	const char *rhex;
	char hex[65];

	if (!S_ISREG(st->st_mode))
		return false;
	f = have_find(x, apath);
	if (!f || f->type != 'f' || f->size != (uint64_t)st->st_size)
		return false;
	if (!by_checksum)
		return f->mtime == (long long)st->st_mtim.tv_sec *
		    1000000000LL + st->st_mtim.tv_nsec;
	rhex = hash_find(x, apath);
	return rhex && sha256_file(path, hex) == 0 && !strcmp(hex, rhex);
}

/* Is the local tree at path (archive path apath) on the host as it is
 * here: every file skipped, every directory there with its mode and
 * time, no link (links are always sent)?  Then there is nothing to send
 * and the receiver need not run. */
static bool
put_unchanged(struct xfer *x, const char *path, const char *apath,
    size_t *budget)
{
	const struct remote_file *f;
	struct stat st;
	struct dirent *de;
	DIR *d;
	bool same = true;

	if (!*budget || lstat(path, &st) < 0)
		return false;
	--*budget;
	if (S_ISREG(st.st_mode))
		return put_skip(x, path, apath, &st);
	f = have_find(x, apath);
	if (!S_ISDIR(st.st_mode) || !f || f->type != 'd' ||
	    f->mode != (st.st_mode & 07777) || f->mtime !=
	    (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec ||
	    !(d = opendir(path)))
		return false;
	while (same && (de = readdir(d))) {
		char *p2, *a2;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		p2 = xasprintf("%s/%s", path, de->d_name);
		a2 = xasprintf("%s/%s", apath, de->d_name);
		same = put_unchanged(x, p2, a2, budget);
		free(p2);
		free(a2);
	}
	closedir(d);
	return same;
}

static bool
put_all_unchanged(struct xfer *x)
{
	size_t i, budget = 1000000;
	bool same = true;

	for (i = 0; same && i < x->nsrc; i++) {
		char *top = top_name(x, i);

		same = put_unchanged(x, x->words[i], top, &budget);
		free(top);
	}
	return same;
}

/* The receiver: unpack into a temporary directory beside the targets,
 * then make directories, rename files and links, set directory modes
 * and times. */
static char *
put_data_command(struct xfer *x)
{
	struct strbuf sb = STRBUF_INIT;
	char *dir = x->into_dir ? xstrdup(x->dest) : dir_name(x->dest);

	sb_adds(&sb, "set -e\nd=");
	sb_add_sh_quoted(&sb, dir);
	sb_adds(&sb,
	    "\ncase $d in /*) ;; *) d=$PWD/$d ;; esac\n"
	    /* What a killed receiver left (its EXIT trap never ran) goes
	     * once it is an hour old. */
	    "find \"$d\" -maxdepth 1 -name '.dmake-put.*' -mmin +60 "
	    "-exec rm -rf -- {} + 2>/dev/null || :\n"
	    "S=$(mktemp -d \"$d/.dmake-put.XXXXXX\")\n"
	    "R=$S.t\n"
	    "trap 'rm -rf \"$S\" \"$R\"' EXIT\n"
	    "trap 'exit 1' HUP INT TERM PIPE\n"
	    "tar -x -p --no-same-owner -f - -C \"$S\"\n"
	    "cd \"$S\"\n"
	    /* Each unpacked directory whose target exists, parents first:
	     * its entries go into the target in one mv (a new directory
	     * whole, in one rename), except directories whose targets
	     * exist, visited next; its time is kept across the moves. */
	    "find . -type d -exec sh -c '"
	    "d=$0 R=$1; shift\nfor x; do\n"
	    "[ -d \"$x\" ] && [ ! -L \"$x\" ] || continue\n"
	    "touch -r \"$x\" \"$R\" || exit 1\nn=0\n"
	    "for e in \"$x\"/* \"$x\"/.[!.]* \"$x\"/..?*; do\n"
	    "[ -e \"$e\" ] || [ -L \"$e\" ] || continue\n"
	    "if [ -d \"$e\" ] && [ ! -L \"$e\" ] && [ -d \"$d/$e\" ] && "
	    "[ ! -L \"$d/$e\" ]; then continue; fi\n"
	    "n=1; break\ndone\n"
	    "if [ $n = 1 ]; then\n"
	    "for e in \"$x\"/* \"$x\"/.[!.]* \"$x\"/..?*; do\n"
	    "[ -e \"$e\" ] || [ -L \"$e\" ] || continue\n"
	    "if [ -d \"$e\" ] && [ ! -L \"$e\" ] && [ -d \"$d/$e\" ] && "
	    "[ ! -L \"$d/$e\" ]; then continue; fi\n"
	    "printf \"%s\\0\" \"$e\"\ndone | "
	    "xargs -0 mv -f -t \"$d/$x\" -- || exit 1\nfi\n"
	    "touch -r \"$R\" \"$x\" || exit 1\ndone' \"$d\" \"$R\" {} +\n"
	    /* Those directories get the sources' modes and times, deepest
	     * first. */
	    "find . -mindepth 1 -depth -type d -exec sh -c "
	    "'for x; do chmod \"$(stat -c %a -- \"$x\")\" \"$0/$x\" && "
	    "touch -r \"$x\" \"$0/$x\"; done' \"$d\" {} +\n");
	free(dir);
	return sb_detach(&sb, NULL);
}

static ssize_t
put_produce(void *ctx, char *buf, size_t n)
{
	struct xfer *x = ctx;
	ssize_t r = tar_writer_read(x->tw, buf, n);

	if (r < 0)
		x->fail = xstrdup(tar_writer_error(x->tw));
	__atomic_store_n(&x->moved, tar_writer_data_bytes(x->tw),
	    __ATOMIC_RELAXED);
	return r;
}

static void
put_start_data(struct xfer *x)
{
	size_t i;

	x->tw = tar_writer_new(put_skip, x);
	for (i = 0; i < x->nsrc; i++) {
		char *top = top_name(x, i);

		tar_writer_add(x->tw, x->words[i], top);
		free(top);
	}
}

static int
collect_probe(void *ctx, const char *buf, size_t n)
{
	struct xfer *x = ctx;

	if (x->probe.len + n > ((size_t)256 << 20)) {
		x->fail = xstrdup("the host's listing is too long");
		return -1;
	}
	sb_add(&x->probe, buf, n);
	return 0;
}

/* ---- @get: writing local files ---- */

static int
get_fail(struct xfer *x, const char *what, const char *path, int e)
{
	if (!x->fail)
		x->fail = e ? xasprintf("%s '%s': %s", what, path,
		    strerror(e)) : xasprintf("%s '%s'", what, path);
	return -1;
}

/* With a listing, the host's tar names entries by their full paths:
 * the source they are in becomes its own name again ("base/rest"),
 * malloc'd; NULL when no source holds p. */
static char *
from_full_path(const struct xfer *x, const char *p)
{
	size_t i;

	for (i = 0; i < x->nsrc; i++) {
		size_t n = strlen(x->abs[i]);

		if (!strncmp(p, x->abs[i], n) && (!p[n] || p[n] == '/')) {
			char *b = base_name(x->words[i]);
			char *r = xasprintf("%s%s", b, p + n);

			free(b);
			return r;
		}
	}
	return NULL;
}

static char *local_path_of(struct xfer *x, const char *p);

/* The local path of archive path ap, or NULL (refused). */
static char *
get_local_path(struct xfer *x, const char *ap)
{
	const char *p = ap;
	char *rel, *res;

	while (p[0] == '.' && p[1] == '/')
		p += 2;
	if (!x->abs)
		return local_path_of(x, p);
	if (!(rel = from_full_path(x, p)))
		return NULL;
	res = local_path_of(x, rel);
	free(rel);
	return res;
}

/* The local path of "base/rest" (base: a source's own name); NULL for
 * paths that are absolute or hold "..". */
static char *
local_path_of(struct xfer *x, const char *p)
{
	const char *rest;
	size_t i, first;

	if (*p == '/' || !*p)
		return NULL;
	for (i = 0; p[i];) {
		size_t len = strcspn(p + i, "/");

		if ((len == 2 && !strncmp(p + i, "..", 2)) || len == 0)
			return NULL;
		i += len;
		if (p[i])
			i++;
	}
	first = strcspn(p, "/");
	rest = p + first;
	if (x->into_dir)
		return xasprintf("%s%s%s", x->dest, ends_in_slash(x->dest) ?
		    "" : "/", p);
	return xasprintf("%s%s", x->dest, rest);
}

/* No component of path below the destination may be a symbolic link
 * (a hostile archive would write through it). */
static int
no_links_below(struct xfer *x, const char *path)
{
	size_t base = x->into_dir ? strlen(x->dest) : 0, i;
	struct stat st;
	char *p = xstrdup(path);

	for (i = base + 1; p[i]; i++) {
		if (p[i] != '/')
			continue;
		p[i] = '\0';
		if (lstat(p, &st) == 0 && S_ISLNK(st.st_mode)) {
			get_fail(x, "refusing to write through the link", p, 0);
			free(p);
			return -1;
		}
		p[i] = '/';
	}
	free(p);
	return 0;
}

static char *
temp_beside(const char *path)
{
	char *dir = dir_name(path);
	char *t = xasprintf("%s/.dmake-get.XXXXXX", dir);

	free(dir);
	return t;
}

static int
get_dir(struct xfer *x, const char *path, const struct tar_entry *e)
{
	struct stat st;

	if (lstat(path, &st) < 0) {
		if (mkdir(path, 0700) < 0)
			return get_fail(x, "cannot make directory", path,
			    errno);
	} else if (!S_ISDIR(st.st_mode)) {
		return get_fail(x, "not a directory:", path, 0);
	}
	XGROW(x->dirs, x->ndirs + 1, x->adirs);
	x->dirs[x->ndirs].path = xstrdup(path);
	x->dirs[x->ndirs].mode = e->mode & GET_MODE_BITS;
	x->dirs[x->ndirs].mtime = e->mtime;
	x->ndirs++;
	return 0;
}

static int
get_link(struct xfer *x, const char *path, const struct tar_entry *e)
{
	char *t = temp_beside(path);
	struct timespec ts[2];
	int fd = mkostemp(t, O_CLOEXEC);

	if (fd < 0) {
		get_fail(x, "cannot create a file beside", path, errno);
		free(t);
		return -1;
	}
	close(fd);
	unlink(t);
	if (symlink(e->link, t) < 0 || rename(t, path) < 0) {
		get_fail(x, "cannot make the link", path, errno);
		unlink(t);
		free(t);
		return -1;
	}
	ts[0] = ts[1] = e->mtime;
	(void)utimensat(AT_FDCWD, path, ts, AT_SYMLINK_NOFOLLOW);
	free(t);
	return 0;
}

static int
get_entry(void *ctx, const struct tar_entry *e)
{
	struct xfer *x = ctx;
	char *path = get_local_path(x, e->path);
	int rc = 0;

	if (!path)
		return get_fail(x, "refusing the archive path", e->path, 0);
	if (no_links_below(x, path) < 0) {
		free(path);
		return -1;
	}
	if (e->type == TAR_DIR) {
		rc = get_dir(x, path, e);
	} else if (e->type == TAR_SYMLINK) {
		rc = get_link(x, path, e);
	} else {
		x->tmp = temp_beside(path);
		x->fd = mkostemp(x->tmp, O_CLOEXEC);
		if (x->fd < 0) {
			rc = get_fail(x, "cannot create a file beside", path,
			    errno);
			free(x->tmp);
			x->tmp = NULL;
		} else {
			x->target = path;
			path = NULL;
			x->mode = e->mode & GET_MODE_BITS;
			x->mtime = e->mtime;
		}
	}
	free(path);
	return rc;
}

static int
get_data(void *ctx, const char *buf, size_t n)
{
	struct xfer *x = ctx;

	while (n) {
		ssize_t w = write(x->fd, buf, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return get_fail(x, "cannot write", x->target,
			    w < 0 ? errno : ENOSPC);
		buf += w;
		n -= (size_t)w;
		x->bytes += (uint64_t)w;
		__atomic_store_n(&x->moved, x->bytes, __ATOMIC_RELAXED);
	}
	return 0;
}

static int
get_end(void *ctx)
{
	struct xfer *x = ctx;
	struct timespec ts[2];
	int rc = 0;

	ts[0] = ts[1] = x->mtime;
	if (fchmod(x->fd, x->mode) < 0 || futimens(x->fd, ts) < 0 ||
	    close(x->fd) < 0) {
		rc = get_fail(x, "cannot write", x->target, errno);
	} else if (rename(x->tmp, x->target) < 0) {
		rc = get_fail(x, "cannot rename into", x->target, errno);
	}
	x->fd = -1;
	if (rc < 0)
		unlink(x->tmp);
	free(x->tmp);
	free(x->target);
	x->tmp = x->target = NULL;
	return rc;
}

static const struct tar_reader_ops get_ops = { get_entry, get_data, get_end };

static int
get_consume(void *ctx, const char *buf, size_t n)
{
	struct xfer *x = ctx;

	if (tar_reader_feed(x->tr, buf, n) < 0) {
		if (!x->fail && tar_reader_error(x->tr))
			x->fail = xstrdup(tar_reader_error(x->tr));
		return -1;
	}
	return 0;
}

/* DEST is a directory when it is one or ends in '/' (then made). */
static int
get_layout(struct xfer *x)
{
	struct stat st;
	char *parent;

	if (stat(x->dest, &st) == 0 && S_ISDIR(st.st_mode)) {
		x->into_dir = true;
		return 0;
	}
	if (ends_in_slash(x->dest)) {
		if (mkdir(x->dest, 0777) < 0)
			return get_fail(x, "cannot make directory", x->dest,
			    errno);
		x->into_dir = true;
		return 0;
	}
	if (x->nsrc > 1)
		return get_fail(x, "not a directory:", x->dest, 0);
	parent = dir_name(x->dest);
	if (stat(parent, &st) < 0 || !S_ISDIR(st.st_mode)) {
		get_fail(x, "no such directory:", parent, 0);
		free(parent);
		return -1;
	}
	free(parent);
	return 0;
}

/* The probe of an @get: every source must exist; then its absolute
 * path and GNU find's listing ("T<i>", path, records; "X" when find
 * cannot list). */
static char *
get_probe_command(struct xfer *x)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	for (i = 0; i < x->nsrc; i++) {
		char *f = find_start(x->words[i]);

		sb_adds(&sb, "s=");
		sb_add_sh_quoted(&sb, x->words[i]);
		sb_adds(&sb, "\nf=");
		sb_add_sh_quoted(&sb, f);
		free(f);
		sb_addf(&sb, "\n[ -e \"$s\" ] || [ -L \"$s\" ] || { printf "
		    "\"no such file or directory: '%%s'\\n\" \"$s\" >&2; "
		    "exit 1; }\n"
		    "case $s in /*) a=$s ;; *) a=$PWD/$s ;; esac\n"
		    "while :; do case $a in ?*/) a=${a%%/} ;; *) break ;; "
		    "esac; done\n"
		    "printf 'T%zu\\0%%s\\0' \"$a\"\n", i);
		if (by_checksum)
			sb_adds(&sb, "find \"$f\" -type f -exec sha256sum -z -- "
			    "{} + 2>/dev/null || :\n");
		sb_adds(&sb, "find \"$f\" -printf '%y %s %T@ %m %P\\0' "
		    "2>/dev/null || printf 'X\\0'\n");
	}
	return sb_detach(&sb, NULL);
}

/* A listed regular file that is here already, same size and time? */
static bool
get_have(struct xfer *x, size_t i, const char *rel, uint64_t size,
    long long mtime)
{
	char *b = base_name(x->words[i]);
	char *ap = *rel ? xasprintf("%s/%s", b, rel) : xstrdup(b);
	char *lp = local_path_of(x, ap), *key, hex[65];
	struct stat st;
	const char *rhex;
	bool same = lp && lstat(lp, &st) == 0 && S_ISREG(st.st_mode) &&
	    (uint64_t)st.st_size == size;

	if (same && !by_checksum) {
		same = (long long)st.st_mtim.tv_sec * 1000000000LL +
		    st.st_mtim.tv_nsec == mtime;
	} else if (same) {
		key = xasprintf("%zu:%s", i, rel);
		rhex = hash_find(x, key);
		same = rhex && sha256_file(lp, hex) == 0 && !strcmp(hex, rhex);
		free(key);
	}
	free(b);
	free(ap);
	free(lp);
	return same;
}

/* A listed directory that is here with its mode and time? */
static bool
get_dir_same(struct xfer *x, size_t i, const struct listed *l)
{
	char *b = base_name(x->words[i]);
	char *ap = *l->rel ? xasprintf("%s/%s", b, l->rel) : xstrdup(b);
	char *lp = local_path_of(x, ap);
	struct stat st;
	bool same = lp && lstat(lp, &st) == 0 && S_ISDIR(st.st_mode) &&
	    (st.st_mode & 07777) == (l->mode & GET_MODE_BITS) &&
	    (long long)st.st_mtim.tv_sec * 1000000000LL +
	    st.st_mtim.tv_nsec == l->mtime;

	free(b);
	free(ap);
	free(lp);
	return same;
}

/* One listing record of source i: add its full path to the names
 * unless it is a file we have; note whether anything must come. */
static void
get_record(struct xfer *x, size_t i, const char *rec)
{
	struct listed l;

	if (!parse_listed(rec, &l))
		return;
	if (l.type == 'f' && get_have(x, i, l.rel, l.size, l.mtime))
		return;
	if (l.type != 'd' || !get_dir_same(x, i, &l))
		x->get_needed = true;
	sb_addf(&x->names, "./%s%s%s", x->abs[i], *l.rel ? "/" : "",
	    l.rel);
	sb_addc(&x->names, '\0');
}

/* Read the probe: the sources' paths and what to ask for.  Without a
 * listing, ask for the sources whole (the old way). */
static void
get_probe_done(struct xfer *x)
{
	const char *p = x->probe.buf, *end = p + x->probe.len, *z;
	size_t i = 0;
	bool want_path = false;

	x->abs = xcalloc(x->nsrc, sizeof(*x->abs));
	for (; p < end && (z = memchr(p, '\0', (size_t)(end - p)));
	    p = z + 1) {
		if (want_path) {
			while (*p == '/')
				p++;
			x->abs[i] = xstrdup(p);
			want_path = false;
		} else if (p[0] == 'T' && p[1] >= '0' && p[1] <= '9') {
			i = (size_t)strtoul(p + 1, NULL, 10);
			want_path = i < x->nsrc;
		} else if (p[0] == 'X' && !p[1]) {
			break;
		} else if (i < x->nsrc && x->abs[i] && hash_record(p)) {
			char *f = find_start(x->words[i]);	/* as $f */
			const char *rel = under(hash_record(p), f);

			if (rel)
				hash_add(x, xasprintf("%zu:%s", i, rel), p);
			free(f);
		} else if (i < x->nsrc && x->abs[i]) {
			get_record(x, i, p);
		}
	}
	for (i = 0; i < x->nsrc; i++)
		if (!x->abs[i] || (p < end && p[0] == 'X')) {
			for (i = 0; i < x->nsrc; i++)
				free(x->abs[i]);
			free(x->abs);
			x->abs = NULL;
			sb_reset(&x->names);
			return;
		}
}

static ssize_t
names_produce(void *ctx, char *buf, size_t n)
{
	struct xfer *x = ctx;
	size_t k = x->names.len - x->names_off;

	if (k > n)
		k = n;
	memcpy(buf, x->names.buf + x->names_off, k);
	x->names_off += k;
	return (ssize_t)k;
}

static char *get_whole_command(struct xfer *x);

static char *
get_command(struct xfer *x)
{
	if (x->abs)
		return xstrdup("exec tar -c --format=pax --hard-dereference "
		    "--null --no-recursion -C / -f - -T -\n");
	return get_whole_command(x);
}

/* Without a listing: the sources whole. */
static char *
get_whole_command(struct xfer *x)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	for (i = 0; i < x->nsrc; i++) {
		sb_adds(&sb, "s=");
		sb_add_sh_quoted(&sb, x->words[i]);
		sb_adds(&sb, "\n[ -e \"$s\" ] || [ -L \"$s\" ] || { printf "
		    "\"no such file or directory: '%s'\\n\" \"$s\" >&2; "
		    "exit 1; }\n");
	}
	sb_adds(&sb, "exec tar -c --format=pax --hard-dereference -f -");
	for (i = 0; i < x->nsrc; i++) {
		char *dir = dir_name(x->words[i]), *b = base_name(x->words[i]);
		char *rel = xasprintf("./%s", b);

		sb_adds(&sb, " -C ");
		sb_add_sh_quoted(&sb, dir);
		sb_addc(&sb, ' ');
		sb_add_sh_quoted(&sb, rel);
		free(dir);
		free(b);
		free(rel);
	}
	sb_addc(&sb, '\n');
	return sb_detach(&sb, NULL);
}

/* Directories' modes and times, deepest first (the reverse of the
 * archive's order). */
static void
fix_dirs(struct xfer *x)
{
	size_t i = x->ndirs;

	while (i--) {
		struct timespec ts[2];

		ts[0] = ts[1] = x->dirs[i].mtime;
		(void)chmod(x->dirs[i].path, x->dirs[i].mode);
		(void)utimensat(AT_FDCWD, x->dirs[i].path, ts, 0);
	}
}

/* ---- the steps ---- */

char *
xfer_command(struct xfer *x)
{
	if (x->kind == STEP_GET)
		return x->phase == PH_PROBE ? get_probe_command(x) :
		    get_command(x);
	return x->phase == PH_PROBE ? put_probe_command(x) :
	    put_data_command(x);
}

void
xfer_io(struct xfer *x, struct session_io *io)
{
	memset(io, 0, sizeof(*io));
	io->ctx = x;
	if (x->kind == STEP_GET && x->phase == PH_DATA) {
		io->consume = get_consume;
		if (x->abs)
			io->produce = names_produce;
		if (!x->tr)
			x->tr = tar_reader_new(&get_ops, x);
	} else if (x->phase == PH_PROBE) {
		io->consume = collect_probe;
	} else {
		io->produce = put_produce;
	}
}

/* The reason of a failed step: a local one, else the host's stderr. */
static int
failed(struct xfer *x, int status, const char *err_text)
{
	size_t len;

	while (*err_text == '\n')
		err_text++;
	len = strcspn(err_text, "\n");	/* the first line says most */
	free(x->err);
	if (x->fail)
		x->err = xstrdup(x->fail);
	else if (len)
		x->err = xstrndup(err_text, len);
	else
		x->err = xasprintf("the host's command failed (status %d)",
		    status);
	return -1;
}

int
xfer_done(struct xfer *x, int status, const char *err_text)
{
	if (status || x->fail)
		return failed(x, status, err_text);
	if (x->kind == STEP_GET && x->phase == PH_PROBE) {
		get_probe_done(x);
		if (x->abs && !x->get_needed) {
			x->phase = PH_DONE;	/* everything is here */
			return 0;
		}
		x->phase = PH_DATA;
		return 1;
	}
	if (x->kind == STEP_GET) {
		if (!tar_reader_complete(x->tr))
			return failed(x, status, "the archive ended early");
		fix_dirs(x);
		x->phase = PH_DONE;
		return 0;
	}
	if (x->phase == PH_PROBE) {
		if (put_probe_done(x) < 0)
			return -1;
		if (put_all_unchanged(x)) {
			x->phase = PH_DONE;	/* everything is there */
			return 0;
		}
		put_start_data(x);
		x->phase = PH_DATA;
		return 1;
	}
	x->bytes = tar_writer_data_bytes(x->tw);
	x->phase = PH_DONE;
	return 0;
}
