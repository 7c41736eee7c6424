/*
 * fuzz-tar.c - the streaming pax reader: the input is an archive as the
 * remote tar sends it.  It is read three times: in one piece, in pieces
 * of sizes drawn from a generator seeded by the input (1, 511, 512, 513
 * and random up to 1100 bytes), and again in pieces with an op failing
 * part way.  The ops check the order of calls (entry, data up to the
 * entry's size, end) and record them; the first two reads must record
 * the same calls and end the same way, and a failing op must stop the
 * reader with no error text (tar.h).
 */
#include "config.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "strbuf.h"
#include "tar.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct run {
	struct strbuf trace;	/* the calls, as text */
	bool in_file;		/* between a file's entry and its end */
	uint64_t left;		/* its bytes not seen yet */
	uint64_t hash;		/* FNV-1a of its data */
	size_t calls, fail_at;	/* fail the fail_at'th call (1-based) */
	bool failed;
};

static int
maybe_fail(struct run *r)
{
	if (++r->calls == r->fail_at) {
		r->failed = true;
		return -1;
	}
	return 0;
}

static int
op_entry(void *ctx, const struct tar_entry *e)
{
	struct run *r = ctx;
	size_t len;

	if (r->in_file)
		fuzz_fail("entry '%s' before the end of the last file",
		    e->path ? e->path : "(null)");
	if (!e->path || !e->link)
		fuzz_fail("entry without path or link");
	len = strlen(e->path);
	if (len > 1 && e->path[len - 1] == '/')
		fuzz_fail("entry '%s' keeps its trailing '/'", e->path);
	if (e->mode & ~(mode_t)07777)
		fuzz_fail("entry mode %#o", (unsigned)e->mode);
	if (e->mtime.tv_nsec < 0 || e->mtime.tv_nsec >= 1000000000L)
		fuzz_fail("entry mtime nanoseconds %ld",
		    (long)e->mtime.tv_nsec);
	switch (e->type) {
	case TAR_FILE:
		r->in_file = true;
		r->left = e->size;
		r->hash = 14695981039346656037ULL;
		break;
	case TAR_DIR:
	case TAR_SYMLINK:
		if (e->size)
			fuzz_fail("a directory or link of size %llu",
			    (unsigned long long)e->size);
		break;
	default:
		fuzz_fail("entry type %d", (int)e->type);
	}
	sb_addf(&r->trace, "E %d %o %lld.%09ld %llu %zu:%s %zu:%s\n",
	    (int)e->type, (unsigned)e->mode, (long long)e->mtime.tv_sec,
	    (long)e->mtime.tv_nsec, (unsigned long long)e->size, len,
	    e->path, strlen(e->link), e->link);
	return maybe_fail(r);
}

static int
op_data(void *ctx, const char *buf, size_t n)
{
	struct run *r = ctx;
	size_t i;

	if (!r->in_file)
		fuzz_fail("data outside a file");
	if (n == 0 || n > r->left)
		fuzz_fail("%zu bytes of data with %llu left", n,
		    (unsigned long long)r->left);
	for (i = 0; i < n; i++)
		r->hash = (r->hash ^ (unsigned char)buf[i]) *
		    1099511628211ULL;
	r->left -= n;
	return maybe_fail(r);
}

static int
op_end(void *ctx)
{
	struct run *r = ctx;

	if (!r->in_file || r->left)
		fuzz_fail("end with %s", r->in_file ? "data left" :
		    "no file");
	r->in_file = false;
	sb_addf(&r->trace, "D %016llx\n", (unsigned long long)r->hash);
	return maybe_fail(r);
}

static const struct tar_reader_ops ops = { op_entry, op_data, op_end };

/* splitmix64 */
static uint64_t
next_rand(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static size_t
piece(uint64_t *seed)
{
	static const size_t fixed[] = { 1, 511, 512, 513 };
	uint64_t x = next_rand(seed);

	if (x % 3 == 0)
		return fixed[(x >> 8) % 4];
	return 1 + (size_t)((x >> 8) % 1100);
}

/* Read the archive in one piece (seed NULL) or in pieces; returns
 * feed's result, and fills r. */
static int
read_archive(const uint8_t *data, size_t size, uint64_t *seed,
    struct run *r, bool *complete, char **err)
{
	struct tar_reader *tr = tar_reader_new(&ops, r);
	size_t off = 0, n;
	int rc = 0;

	while (rc == 0 && off < size) {
		n = seed ? piece(seed) : size;
		if (n > size - off)
			n = size - off;
		rc = tar_reader_feed(tr, (const char *)data + off, n);
		off += n;
	}
	if (rc != 0 && rc != -1)
		fuzz_fail("tar_reader_feed returned %d", rc);
	*complete = tar_reader_complete(tr);
	if (*complete && r->in_file && rc == 0)
		fuzz_fail("complete with a file open");
	*err = tar_reader_error(tr) ? strdup(tar_reader_error(tr)) : NULL;
	if (rc == 0 && *err)
		fuzz_fail("an error without a failure: %s", *err);
	if (rc == -1 && !r->failed && !*err)
		fuzz_fail("a failure without an error");
	if (rc == -1 && r->failed && *err)
		fuzz_fail("an op failed, yet the error is '%s'", *err);
	tar_reader_free(tr);
	return rc;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct run a = { .trace = STRBUF_INIT }, b = { .trace = STRBUF_INIT };
	struct run c = { .trace = STRBUF_INIT };
	uint64_t seed = 0x5eed, s2;
	bool ca, cb, cc;
	char *ea, *eb, *ec;
	int ra, rb, rc;
	size_t i;

	for (i = 0; i < size; i++)
		seed = (seed ^ data[i]) * 1099511628211ULL;
	s2 = seed;
	ra = read_archive(data, size, NULL, &a, &ca, &ea);
	rb = read_archive(data, size, &seed, &b, &cb, &eb);
	if (ra != rb || ca != cb || !ea != !eb || (ea && strcmp(ea, eb)) ||
	    a.trace.len != b.trace.len ||
	    memcmp(a.trace.buf, b.trace.buf, a.trace.len) != 0)
		fuzz_fail("read whole and in pieces differ: %d/%d %d/%d "
		    "'%s'/'%s'\n--- whole\n%s--- pieces\n%s", ra, rb, ca, cb,
		    ea ? ea : "", eb ? eb : "", a.trace.buf, b.trace.buf);
	if (a.calls) {
		c.fail_at = 1 + (size_t)(next_rand(&s2) % a.calls);
		rc = read_archive(data, size, &s2, &c, &cc, &ec);
		if (rc != -1 || !c.failed)
			fuzz_fail("call %zu of %zu failed, yet the reader "
			    "went on", c.fail_at, a.calls);
		free(ec);
	}
	free(ea);
	free(eb);
	sb_release(&a.trace);
	sb_release(&b.trace);
	sb_release(&c.trace);
	return 0;
}
