/*
 * xfer.h - one host's part of an @put or @get: what to run on the host,
 * and the local side of the data (an archive written from local files,
 * or read into them), with cp -R -p semantics.
 *
 * An @put runs two commands on the host: a probe, which decides whether
 * DEST is a directory (or makes it, for "DEST/") and lists what is
 * already there, and the receiver, which unpacks the archive of what
 * changed in a temporary directory inside the destination and renames
 * each file into place.  An @get runs one: the remote tar, read here
 * into temporary files renamed into place.
 *
 *	x = xfer_new(STEP_PUT, "dist/app.tgz /srv/", &err);
 *	cmd = xfer_command(x);		// the probe, then the data command
 *	xfer_io(x, &io);		// for the worker thread
 *	... run it ...
 *	if (xfer_done(x, status, stderr_text) == 1) go round again
 */
#ifndef DMAKE_XFER_H
#define DMAKE_XFER_H

#include <stdbool.h>
#include <stdint.h>

#include "exec.h"

struct session_io;
struct strbuf;
struct xfer;

/* A transfer from text, the expanded "SRC... DEST" of one host, split as
 * the shell splits words (quotes and backslashes, no other expansion).
 * For an @put, every local source must exist; for an @get, DEST is
 * settled here (a directory: made when it ends in '/'; or the new name
 * of the single source, whose parent must exist).  NULL on bad input,
 * with the reason in *err (malloc'd). */
struct xfer *xfer_new(enum step_kind kind, const char *text, char **err);
void xfer_free(struct xfer *x);

/* Append the echo lines, "put SRC -> DEST" one per source, each ending
 * in a newline, without the host prefix. */
void xfer_echo(const struct xfer *x, struct strbuf *out);

/* The command the host runs next (malloc'd), and the io for it. */
char *xfer_command(struct xfer *x);
void xfer_io(struct xfer *x, struct session_io *io);

/* That command ended with status (the host's stderr in err_text).
 * Returns 1 when there is another command to run, 0 when the transfer
 * is complete, -1 when it failed (xfer_error() says why). */
int xfer_done(struct xfer *x, int status, const char *err_text);
const char *xfer_error(const struct xfer *x);

/* File bytes moved. */
uint64_t xfer_bytes(const struct xfer *x);

/* While it runs: file bytes moved so far (read from any thread), and
 * for an @put the size of all its local files (0 for an @get, which
 * does not know). */
uint64_t xfer_progress(const struct xfer *x);
uint64_t xfer_total(const struct xfer *x);

/* Walk an @put's sources for xfer_total() (a progress display wants
 * it; nothing else does). */
void xfer_measure(struct xfer *x);

/* --checksum: skip files whose content (SHA-256, sha256sum on the
 * host) is the same, whatever their times; else size and mtime. */
void xfer_set_checksum(bool on);

/* Split text into shell words (quotes and backslashes).  Returns the
 * words (malloc'd vector, NULL-terminated, free each and it) or NULL
 * with *err set on an unterminated quote. */
char **xfer_split_words(const char *text, char **err);

#endif
