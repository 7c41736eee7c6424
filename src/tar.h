/*
 * tar.h - the POSIX pax archive format, streamed: a writer that walks
 * local files and hands out the archive a buffer at a time, and a reader
 * that takes an archive a buffer at a time and reports its entries.
 *
 * Transfers (xfer.c) send a pax archive to the remote tar and read the
 * one it sends back; neither side ever holds more than a buffer.  Every
 * entry carries a pax "mtime" record, so times keep their nanoseconds,
 * and a "path" or "linkpath" record when the name does not fit ustar.
 * Only regular files, directories and symbolic links are handled.
 */
#ifndef DMAKE_TAR_H
#define DMAKE_TAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

/* ---- writing ---- */

struct tar_writer;

/* Is the entry at archive path apath (relative, '/'-separated), the
 * local file path, to be left out?  Directories are never asked: they
 * always go, for their mode and time. */
typedef bool tar_skip_fn(void *ctx, const char *path, const char *apath,
    const struct stat *st);

struct tar_writer *tar_writer_new(tar_skip_fn *skip, void *ctx);

/* Add the local file or tree at path under the archive name apath
 * (without following symbolic links).  Nothing is read until
 * tar_writer_read(). */
void tar_writer_add(struct tar_writer *w, const char *path,
    const char *apath);

/* Fill buf with up to n bytes of the archive.  Returns how many, 0 at
 * the end (after the two zero blocks), -1 on a local error (a file that
 * vanished, shrank or cannot be read, a special file) whose text
 * tar_writer_error() gives. */
ssize_t tar_writer_read(struct tar_writer *w, char *buf, size_t n);
const char *tar_writer_error(const struct tar_writer *w);

/* Bytes of file data written so far (not headers). */
uint64_t tar_writer_data_bytes(const struct tar_writer *w);
void tar_writer_free(struct tar_writer *w);

/* ---- reading ---- */

enum tar_type { TAR_FILE, TAR_DIR, TAR_SYMLINK };

struct tar_entry {
	enum tar_type type;
	const char *path;	/* as in the archive, trailing '/' removed */
	const char *link;	/* TAR_SYMLINK: the target */
	mode_t mode;		/* permission bits */
	struct timespec mtime;
	uint64_t size;		/* TAR_FILE */
};

struct tar_reader_ops {
	/* An entry starts; a file's data follows through data(). */
	int (*entry)(void *ctx, const struct tar_entry *e);
	int (*data)(void *ctx, const char *buf, size_t n);
	/* The current file's data is complete. */
	int (*end)(void *ctx);
};

struct tar_reader;

/* Each op returns 0, or -1 to stop the reader (its reason is the
 * caller's to keep). */
struct tar_reader *tar_reader_new(const struct tar_reader_ops *ops,
    void *ctx);

/* Feed n bytes of archive.  Returns 0, or -1 when an op failed or the
 * archive is malformed (then tar_reader_error() says why, unless an op
 * failed: then it is NULL). */
int tar_reader_feed(struct tar_reader *r, const char *buf, size_t n);

/* The archive ended: true when its end blocks were seen and no entry
 * was cut short. */
bool tar_reader_complete(const struct tar_reader *r);
const char *tar_reader_error(const struct tar_reader *r);
void tar_reader_free(struct tar_reader *r);

#endif
