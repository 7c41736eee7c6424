/*
 * tar.c - pax archives streamed in both directions (POSIX.1-2001 pax
 * interchange format, ustar headers with "x" extended headers).
 *
 * The writer walks the sources lazily: a stack of open directories, the
 * file being copied, and a small buffer of header bytes; each read()
 * call moves that state machine on, so memory stays constant whatever
 * the size of the tree or of a file.  The reader is the mirror image: a
 * block buffer, the pax records of the entry being read, and the count
 * of data still to come.
 *
 * Interface: see tar.h.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "strbuf.h"
#include "tar.h"
#include "util.h"

#define BLOCK 512
#define MAX_PAX (1 << 20)	/* the longest extended header we accept */

/* ---- ustar header fields ---- */

/* width - 1 octal digits then NUL, as GNU tar writes them (callers keep
 * v in range). */
static void
put_octal(char *field, size_t width, uint64_t v)
{
	size_t i = width - 1;

	field[i] = '\0';
	while (i--) {
		field[i] = (char)('0' + (v & 7));
		v >>= 3;
	}
}

static void
put_str(char *field, size_t width, const char *s)
{
	size_t n = strlen(s);

	memcpy(field, s, n < width ? n : width);
}

static void
put_checksum(char *h)
{
	unsigned sum = 0;
	size_t i;

	memset(h + 148, ' ', 8);
	for (i = 0; i < BLOCK; i++)
		sum += (unsigned char)h[i];
	snprintf(h + 148, 8, "%06o", sum);
	h[155] = ' ';
}

/* A ustar header block for name, appended to out. */
static void
add_header(struct strbuf *out, const char *name, char type, mode_t mode,
    uint64_t size, time_t mtime, const char *link)
{
	char h[BLOCK];

	memset(h, 0, sizeof(h));
	put_str(h, 100, name);
	put_octal(h + 100, 8, mode & 07777);
	put_octal(h + 108, 8, 0);
	put_octal(h + 116, 8, 0);
	put_octal(h + 124, 12, size < 077777777777ULL ? size : 0);
	put_octal(h + 136, 12, mtime > 0 ? (uint64_t)mtime : 0);
	h[156] = type;
	if (link)
		put_str(h + 157, 100, link);
	memcpy(h + 257, "ustar", 6);
	h[263] = h[264] = '0';		/* version "00", no NUL */
	put_checksum(h);
	sb_add(out, h, sizeof(h));
}

/* One pax record "LEN key=value\n", LEN counting itself. */
static void
add_record(struct strbuf *out, const char *key, const char *val)
{
	size_t body = strlen(key) + strlen(val) + 3, len = body + 1, d;
	char num[32];

	for (;;) {
		d = (size_t)snprintf(num, sizeof(num), "%zu", len);
		if (body + d == len)
			break;
		len = body + d;
	}
	sb_addf(out, "%zu %s=%s\n", len, key, val);
}

static void
add_padding(struct strbuf *out, uint64_t size)
{
	size_t pad = (size_t)((BLOCK - size % BLOCK) % BLOCK);

	while (pad--)
		sb_addc(out, '\0');
}

/* The headers of one entry: an "x" header with mtime (and path,
 * linkpath, size when ustar cannot hold them), then the ustar one. */
static void
entry_headers(struct strbuf *out, const char *apath, char type,
    const struct stat *st, uint64_t size, const char *link)
{
	struct strbuf x = STRBUF_INIT;
	char val[64];

	if (st->st_mtim.tv_sec < 0 && st->st_mtim.tv_nsec)	/* -1.5 */
		snprintf(val, sizeof(val), "-%lld.%09ld",
		    -(long long)st->st_mtim.tv_sec - 1,
		    1000000000L - st->st_mtim.tv_nsec);
	else
		snprintf(val, sizeof(val), "%lld.%09ld",
		    (long long)st->st_mtim.tv_sec, st->st_mtim.tv_nsec);
	add_record(&x, "mtime", val);
	if (strlen(apath) > 99)
		add_record(&x, "path", apath);
	if (link && strlen(link) > 99)
		add_record(&x, "linkpath", link);
	if (size >= 077777777777ULL) {
		snprintf(val, sizeof(val), "%" PRIu64, size);
		add_record(&x, "size", val);
	}
	add_header(out, "PaxHeader", 'x', 0644, x.len, st->st_mtim.tv_sec,
	    NULL);
	sb_add(out, x.buf, x.len);
	add_padding(out, x.len);
	sb_release(&x);
	add_header(out, apath, type, st->st_mode, size, st->st_mtim.tv_sec,
	    link);
}

/* ---- the writer ---- */

struct frame {
	DIR *d;
	char *path, *apath;
};

struct source {
	char *path, *apath;
};

struct tar_writer {
	tar_skip_fn *skip;
	void *ctx;
	struct source *src;
	size_t nsrc, asrc, next_src;
	struct frame *stack;
	size_t depth, astack;
	struct strbuf out;		/* header and padding bytes to send */
	size_t out_off;
	int fd;				/* the file being sent, or -1 */
	char *fd_path;
	uint64_t left, fsize;
	bool ended;
	char *err;
	uint64_t data_bytes;
};

struct tar_writer *
tar_writer_new(tar_skip_fn *skip, void *ctx)
{
	struct tar_writer *w = xcalloc(1, sizeof(*w));

	w->skip = skip;
	w->ctx = ctx;
	w->fd = -1;
	sb_init(&w->out);
	return w;
}

void
tar_writer_add(struct tar_writer *w, const char *path, const char *apath)
{
	XGROW(w->src, w->nsrc + 1, w->asrc);
	w->src[w->nsrc].path = xstrdup(path);
	w->src[w->nsrc].apath = xstrdup(apath);
	w->nsrc++;
}

static int
writer_fail(struct tar_writer *w, const char *path, const char *what,
    int e)
{
	free(w->err);
	w->err = e ? xasprintf("%s: '%s': %s", what, path, strerror(e)) :
	    xasprintf("%s: '%s'", what, path);
	return -1;
}

static int
start_file(struct tar_writer *w, const char *path, const char *apath,
    const struct stat *st)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);

	if (fd < 0)
		return writer_fail(w, path, "cannot read", errno);
	entry_headers(&w->out, apath, '0', st, (uint64_t)st->st_size, NULL);
	if (st->st_size == 0) {
		close(fd);	/* no data, no padding */
		return 1;
	}
	w->fd = fd;
	free(w->fd_path);
	w->fd_path = xstrdup(path);
	w->left = w->fsize = (uint64_t)st->st_size;
	return 1;
}

static int
start_dir(struct tar_writer *w, const char *path, const char *apath,
    const struct stat *st)
{
	DIR *d = opendir(path);
	char *name = xasprintf("%s/", apath);

	if (!d) {
		free(name);
		return writer_fail(w, path, "cannot read directory", errno);
	}
	entry_headers(&w->out, name, '5', st, 0, NULL);
	free(name);
	XGROW(w->stack, w->depth + 1, w->astack);
	w->stack[w->depth].d = d;
	w->stack[w->depth].path = xstrdup(path);
	w->stack[w->depth].apath = xstrdup(apath);
	w->depth++;
	return 1;
}

static int
start_link(struct tar_writer *w, const char *path, const char *apath,
    const struct stat *st)
{
	char *target = xmalloc((size_t)st->st_size + 2);
	ssize_t n = readlink(path, target, (size_t)st->st_size + 1);

	if (n < 0 || n > st->st_size) {
		free(target);
		return writer_fail(w, path, "cannot read link", n < 0 ? errno :
		    EAGAIN);
	}
	target[n] = '\0';
	entry_headers(&w->out, apath, '2', st, 0, target);
	free(target);
	return 1;
}

/* Queue the entry for path: 1 queued, 0 skipped, -1 error. */
static int
emit(struct tar_writer *w, const char *path, const char *apath)
{
	struct stat st;

	if (lstat(path, &st) < 0)
		return writer_fail(w, path, "cannot read", errno);
	if (S_ISDIR(st.st_mode))
		return start_dir(w, path, apath, &st);
	if (S_ISLNK(st.st_mode))
		return w->skip && w->skip(w->ctx, path, apath, &st) ? 0 :
		    start_link(w, path, apath, &st);
	if (!S_ISREG(st.st_mode))
		return writer_fail(w, path, "not a regular file, directory or "
		    "symbolic link", 0);
	if (w->skip && w->skip(w->ctx, path, apath, &st))
		return 0;
	return start_file(w, path, apath, &st);
}

/* Queue the next entry: 1, or 0 when there is none, -1 on error. */
static int
next_entry(struct tar_writer *w)
{
	for (;;) {
		struct frame *f;
		struct dirent *de;
		char *path, *apath;
		int rc;

		if (!w->depth) {
			if (w->next_src == w->nsrc)
				return 0;
			rc = emit(w, w->src[w->next_src].path,
			    w->src[w->next_src].apath);
			w->next_src++;
			if (rc)
				return rc;
			continue;
		}
		f = &w->stack[w->depth - 1];
		errno = 0;
		if (!(de = readdir(f->d))) {
			if (errno)
				return writer_fail(w, f->path,
				    "cannot read directory", errno);
			closedir(f->d);
			free(f->path);
			free(f->apath);
			w->depth--;
			continue;
		}
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		path = xasprintf("%s/%s", f->path, de->d_name);
		apath = xasprintf("%s/%s", f->apath, de->d_name);
		rc = emit(w, path, apath);
		free(path);
		free(apath);
		if (rc)
			return rc;
	}
}

/* Copy file data into buf; -1 on error. */
static ssize_t
file_data(struct tar_writer *w, char *buf, size_t n)
{
	ssize_t r;

	if (n > w->left)
		n = (size_t)w->left;
	r = read(w->fd, buf, n);
	if (r < 0)
		return writer_fail(w, w->fd_path, "cannot read", errno);
	if (r == 0)
		return writer_fail(w, w->fd_path, "file shrank while being "
		    "sent", 0);
	w->left -= (uint64_t)r;
	w->data_bytes += (uint64_t)r;
	if (!w->left) {
		close(w->fd);
		w->fd = -1;
		add_padding(&w->out, w->fsize);
	}
	return r;
}

ssize_t
tar_writer_read(struct tar_writer *w, char *buf, size_t n)
{
	size_t got = 0;
	ssize_t r;

	while (got < n) {
		if (w->out_off < w->out.len) {
			size_t k = w->out.len - w->out_off;

			if (k > n - got)
				k = n - got;
			memcpy(buf + got, w->out.buf + w->out_off, k);
			w->out_off += k;
			got += k;
			continue;
		}
		sb_reset(&w->out);
		w->out_off = 0;
		if (w->fd >= 0) {
			if ((r = file_data(w, buf + got, n - got)) < 0)
				return -1;
			got += (size_t)r;
			continue;
		}
		if (w->ended)
			break;
		r = next_entry(w);
		if (r < 0)
			return -1;
		if (r == 0) {
			sb_grow(&w->out, 2 * BLOCK);
			memset(w->out.buf, 0, 2 * BLOCK);
			sb_setlen(&w->out, 2 * BLOCK);
			w->ended = true;
		}
	}
	return (ssize_t)got;
}

const char *
tar_writer_error(const struct tar_writer *w)
{
	return w->err;
}

uint64_t
tar_writer_data_bytes(const struct tar_writer *w)
{
	return w->data_bytes;
}

void
tar_writer_free(struct tar_writer *w)
{
	size_t i;

	if (!w)
		return;
	for (i = 0; i < w->nsrc; i++) {
		free(w->src[i].path);
		free(w->src[i].apath);
	}
	free(w->src);
	while (w->depth--) {
		closedir(w->stack[w->depth].d);
		free(w->stack[w->depth].path);
		free(w->stack[w->depth].apath);
	}
	free(w->stack);
	if (w->fd >= 0)
		close(w->fd);
	free(w->fd_path);
	sb_release(&w->out);
	free(w->err);
	free(w);
}

/* ---- the reader ---- */

enum rstate {
	R_HEADER,	/* collecting a header block */
	R_EXT,		/* collecting an x / L / K header's data */
	R_DATA,		/* a file's data */
	R_SKIP,		/* data or padding to skip */
	R_END,		/* after the zero blocks */
};

struct tar_reader {
	const struct tar_reader_ops *ops;
	void *ctx;
	enum rstate state;
	char blk[BLOCK];
	size_t blen;
	char ext_type;			/* 'x', 'L', 'K' being read */
	struct strbuf ext;
	uint64_t left, skip;
	int zeros;
	/* overrides for the next entry, from x / L / K headers */
	char *path, *link;
	bool have_mtime, have_size;
	struct timespec mtime;
	uint64_t size;
	char *err;
};

struct tar_reader *
tar_reader_new(const struct tar_reader_ops *ops, void *ctx)
{
	struct tar_reader *r = xcalloc(1, sizeof(*r));

	r->ops = ops;
	r->ctx = ctx;
	sb_init(&r->ext);
	return r;
}

static int
reader_fail(struct tar_reader *r, const char *msg)
{
	if (!r->err)
		r->err = xasprintf("bad archive from the remote tar: %s", msg);
	return -1;
}

/* A numeric field: octal digits, or base-256 when the top bit is set. */
static int
get_number(const char *f, size_t width, uint64_t *v)
{
	size_t i = 0;

	*v = 0;
	if ((unsigned char)f[0] & 0x80) {
		for (i = 1; i < width; i++) {
			if (*v >> 56)
				return -1;
			*v = *v << 8 | (unsigned char)f[i];
		}
		return 0;
	}
	while (i < width && f[i] == ' ')
		i++;
	for (; i < width && f[i] >= '0' && f[i] <= '7'; i++) {
		if (*v >> 60)
			return -1;
		*v = *v << 3 | (uint64_t)(f[i] - '0');
	}
	return 0;
}

static bool
checksum_ok(const char *h)
{
	unsigned sum = 0;
	uint64_t want;
	size_t i;

	for (i = 0; i < BLOCK; i++)
		sum += i >= 148 && i < 156 ? ' ' : (unsigned char)h[i];
	return get_number(h + 148, 8, &want) == 0 && want == sum;
}

/* "SECONDS[.FRACTION]", either sign: -1.5 is tv_sec -2, tv_nsec 5e8. */
static void
parse_mtime(const char *v, struct timespec *ts)
{
	bool neg = *v == '-';
	long long s = 0;
	long ns = 0;
	int digits = 0;

	if (neg || *v == '+')
		v++;
	for (; *v >= '0' && *v <= '9' && s < 1000000000000000LL; v++)
		s = s * 10 + (*v - '0');
	if (*v == '.')
		for (v++; *v >= '0' && *v <= '9'; v++)
			if (digits++ < 9)
				ns = ns * 10 + (*v - '0');
	while (digits++ < 9)
		ns *= 10;
	if (neg && ns) {
		s = -s - 1;
		ns = 1000000000L - ns;
	} else if (neg) {
		s = -s;
	}
	ts->tv_sec = (time_t)s;
	ts->tv_nsec = ns;
}

/* The records of an x header. */
/* One record "LEN key=value\n" at p (end: the data's end); its length
 * is parsed by hand: digits only, within what is left. */
static size_t
record_length(const char *p, const char *end)
{
	size_t len = 0, max = (size_t)(end - p);

	if (p == end || *p < '0' || *p > '9')
		return 0;
	for (; p < end && *p >= '0' && *p <= '9'; p++) {
		len = len * 10 + (size_t)(*p - '0');
		if (len > max)
			return 0;
	}
	return p < end && *p == ' ' ? len : 0;
}

static void
set_record(struct tar_reader *r, const char *key, size_t klen,
    const char *val, size_t vlen)
{
	char *v = xstrndup(val, vlen);

	if (klen == 4 && !memcmp(key, "path", 4)) {
		free(r->path);
		r->path = v;
		return;
	}
	if (klen == 8 && !memcmp(key, "linkpath", 8)) {
		free(r->link);
		r->link = v;
		return;
	}
	if (klen == 5 && !memcmp(key, "mtime", 5)) {
		parse_mtime(v, &r->mtime);
		r->have_mtime = true;
	} else if (klen == 4 && !memcmp(key, "size", 4)) {
		r->size = strtoull(v, NULL, 10);
		r->have_size = true;
	}
	free(v);
}

/* The records of an x header. */
static int
parse_pax(struct tar_reader *r)
{
	const char *p = r->ext.buf, *end = p + r->ext.len;

	while (p < end) {
		size_t len = record_length(p, end);
		const char *kv = p + strcspn(p, " ") + 1, *eq;
		const char *rec_end = p + len;

		if (!len || kv >= rec_end || rec_end[-1] != '\n' ||
		    !(eq = memchr(kv, '=', (size_t)(rec_end - kv))) ||
		    eq == kv)
			return reader_fail(r, "bad pax record");
		set_record(r, kv, (size_t)(eq - kv), eq + 1,
		    (size_t)(rec_end - 1 - (eq + 1)));
		p = rec_end;
	}
	return 0;
}

static void
clear_overrides(struct tar_reader *r)
{
	free(r->path);
	free(r->link);
	r->path = r->link = NULL;
	r->have_mtime = r->have_size = false;
}

/* An ordinary entry's header. */
static int
entry_header(struct tar_reader *r, const char *h, uint64_t size)
{
	struct tar_entry e;
	struct strbuf name = STRBUF_INIT;
	uint64_t mode, mtime;
	char *link = NULL;
	int rc = 0;

	memset(&e, 0, sizeof(e));
	if (r->path) {
		sb_adds(&name, r->path);
	} else {
		if (h[345])
			sb_addf(&name, "%.155s/", h + 345);
		sb_addf(&name, "%.100s", h);
	}
	while (name.len > 1 && name.buf[name.len - 1] == '/')
		sb_setlen(&name, name.len - 1);
	link = r->link ? xstrdup(r->link) : xstrndup(h + 157, 100);
	get_number(h + 100, 8, &mode);
	get_number(h + 136, 12, &mtime);
	e.path = name.buf;
	e.link = link;
	e.mode = (mode_t)(mode & 07777);
	e.mtime.tv_sec = (time_t)mtime;
	if (r->have_mtime)
		e.mtime = r->mtime;
	e.size = size;
	switch (h[156]) {
	case '0': case '\0': case '7': e.type = TAR_FILE; break;
	case '5': e.type = TAR_DIR; e.size = 0; break;
	case '2': e.type = TAR_SYMLINK; e.size = 0; break;
	default:
		rc = reader_fail(r, "an entry that is not a file, directory "
		    "or symbolic link");
	}
	if (rc == 0 && r->ops->entry(r->ctx, &e) < 0)
		rc = -1;
	if (rc == 0 && e.type == TAR_FILE && size == 0 &&
	    r->ops->end(r->ctx) < 0)
		rc = -1;
	if (rc == 0 && e.type == TAR_FILE && size) {
		r->state = R_DATA;
		r->left = size;
	}
	r->skip = (BLOCK - size % BLOCK) % BLOCK;
	if (e.type != TAR_FILE)
		r->skip = (BLOCK - size % BLOCK) % BLOCK + size;
	clear_overrides(r);
	free(link);
	sb_release(&name);
	return rc;
}

/* A whole header block in r->blk. */
static int
header(struct tar_reader *r)
{
	const char *h = r->blk;
	uint64_t size;
	size_t i;

	for (i = 0; i < BLOCK && !h[i]; i++)
		;
	if (i == BLOCK) {
		if (++r->zeros == 2)
			r->state = R_END;
		return 0;
	}
	r->zeros = 0;
	if (!checksum_ok(h) || get_number(h + 124, 12, &size) < 0)
		return reader_fail(r, "bad header checksum");
	if (h[156] == 'x' || h[156] == 'L' || h[156] == 'K' ||
	    h[156] == 'g') {
		if (size > MAX_PAX)
			return reader_fail(r, "extended header too long");
		r->ext_type = h[156];
		sb_reset(&r->ext);
		r->left = size;
		r->skip = (BLOCK - size % BLOCK) % BLOCK;
		r->state = size ? R_EXT : R_SKIP;
		return 0;
	}
	if (r->have_size)
		size = r->size;
	r->state = R_SKIP;
	return entry_header(r, h, size);
}

static int
ext_done(struct tar_reader *r)
{
	char **slot = r->ext_type == 'L' ? &r->path :
	    r->ext_type == 'K' ? &r->link : NULL;

	r->state = R_SKIP;
	if (r->ext_type == 'x')
		return parse_pax(r);
	if (slot) {
		free(*slot);
		*slot = xstrndup(r->ext.buf, r->ext.len);
	}
	return 0;	/* 'g': global records are not used */
}

/* Consume bytes for the states that are not R_HEADER; returns how
 * many were used, or -1. */
static ssize_t
step(struct tar_reader *r, const char *buf, size_t n)
{
	size_t k;

	switch (r->state) {
	case R_EXT:
		k = n < r->left ? n : (size_t)r->left;
		sb_add(&r->ext, buf, k);
		if (!(r->left -= k) && ext_done(r) < 0)
			return -1;
		return (ssize_t)k;
	case R_DATA:
		k = n < r->left ? n : (size_t)r->left;
		if (r->ops->data(r->ctx, buf, k) < 0)
			return -1;
		r->left -= k;
		if (!r->left) {
			r->state = R_SKIP;
			if (r->ops->end(r->ctx) < 0)
				return -1;
		}
		return (ssize_t)k;
	case R_SKIP:
		k = n < r->skip ? n : (size_t)r->skip;
		r->skip -= k;
		if (!r->skip)
			r->state = R_HEADER;
		return (ssize_t)k;
	case R_END:
		return (ssize_t)n;
	case R_HEADER:
		break;
	}
	k = BLOCK - r->blen < n ? BLOCK - r->blen : n;
	memcpy(r->blk + r->blen, buf, k);
	r->blen += k;
	if (r->blen == BLOCK) {
		r->blen = 0;
		if (header(r) < 0)
			return -1;
		if (r->state == R_SKIP && !r->skip)
			r->state = R_HEADER;
	}
	return (ssize_t)k;
}

int
tar_reader_feed(struct tar_reader *r, const char *buf, size_t n)
{
	while (n) {
		ssize_t k = step(r, buf, n);

		if (k < 0)
			return -1;
		buf += k;
		n -= (size_t)k;
	}
	return 0;
}

bool
tar_reader_complete(const struct tar_reader *r)
{
	return r->state == R_END;
}

const char *
tar_reader_error(const struct tar_reader *r)
{
	return r->err;
}

void
tar_reader_free(struct tar_reader *r)
{
	if (!r)
		return;
	clear_overrides(r);
	sb_release(&r->ext);
	free(r->err);
	free(r);
}
