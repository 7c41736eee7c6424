/*
 * t-xfer.c - unit tests of src/xfer.c's first command on the host, the
 * probe of an @put or @get: built by xfer_command() and run here by
 * /bin/sh in a scratch directory, as a host runs it in its login
 * directory.
 *
 * A path that starts with '-' must reach find(1) as a file ("./-delete"),
 * never as its expression: find would take "-delete" for the predicate,
 * run on ".", and delete what the directory holds.  Each test therefore
 * keeps a file `keep` beside the path and checks that it survives, and
 * that find listed the path.  Everything happens below one mkdtemp
 * directory, removed at the end.  Also: the splitting of the text into
 * words.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "strbuf.h"
#include "tap.h"
#include "util.h"
#include "xfer.h"

static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (!f || fputs(text, f) < 0 || fclose(f) != 0)
		tap_diag("cannot write %s", path);
}

static bool
exists(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0;
}

/* Run cmd with sh here, its stdout into out; returns the exit status. */
static int
run_sh(const char *cmd, struct strbuf *out)
{
	FILE *p = popen(cmd, "r");
	char buf[4096];
	size_t n;
	int st;

	if (!p)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), p)) > 0)
		sb_add(out, buf, n);
	st = pclose(p);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Does out hold needle (which may hold NUL bytes)? */
static bool
holds(const struct strbuf *out, const char *needle, size_t len)
{
	size_t i;

	for (i = 0; i + len <= out->len; i++)
		if (!memcmp(out->buf + i, needle, len))
			return true;
	return false;
}

#define HOLDS(out, lit) holds((out), (lit), sizeof(lit) - 1)

/* A fresh directory name below the scratch one, made and entered. */
static void
enter(const char *top, const char *name)
{
	char *d = xasprintf("%s/%s", top, name);

	if (mkdir(d, 0755) < 0 || chdir(d) < 0)
		tap_diag("cannot enter %s", d);
	free(d);
}

/* The probe of "words" (an @put or @get), run here. */
static int
probe(enum step_kind kind, const char *words, struct strbuf *out)
{
	char *err = NULL, *cmd;
	struct xfer *x = xfer_new(kind, words, &err);
	int st;

	if (!check(x != NULL)) {
		tap_diag("xfer_new: %s", err ? err : "?");
		free(err);
		return -1;
	}
	cmd = xfer_command(x);
	st = run_sh(cmd, out);
	free(cmd);
	xfer_free(x);
	return st;
}

/* @get of a host file "-delete": the probe lists it. */
static void
test_get_dash_file(const char *top)
{
	struct strbuf out = STRBUF_INIT;

	enter(top, "get-file");
	write_file("-delete", "abc");
	write_file("keep", "k");
	check_int(probe(STEP_GET, "-delete got/", &out), 0);
	check(exists("keep"));
	check(exists("-delete"));
	check(HOLDS(&out, "T0\0"));
	check(HOLDS(&out, "\0f 3 "));	/* find's record of the file */
	sb_release(&out);
}

/* @get of a host directory "-name" holding a: find walks it. */
static void
test_get_dash_dir(const char *top)
{
	struct strbuf out = STRBUF_INIT;

	enter(top, "get-dir");
	if (mkdir("-name", 0755) < 0)
		tap_diag("cannot make -name");
	write_file("-name/a", "x");
	write_file("keep", "k");
	check_int(probe(STEP_GET, "-name got/", &out), 0);
	check(exists("keep"));
	check(HOLDS(&out, "\0d "));
	check(HOLDS(&out, " a\0"));	/* the file below it, by %P */
	sb_release(&out);
}

/* @put onto a host file "-delete": the probe says "file" and lists it. */
static void
test_put_dash_dest(const char *top)
{
	struct strbuf out = STRBUF_INIT;

	enter(top, "put-file");
	write_file("src", "hello");
	write_file("-delete", "abc");
	write_file("keep", "k");
	check_int(probe(STEP_PUT, "src -delete", &out), 0);
	check(exists("keep"));
	check(exists("-delete"));
	check(!strncmp(out.buf, "file\n", 5));
	check(HOLDS(&out, "T0\0f 3 "));
	sb_release(&out);
}

/* @put into a host directory "-dir/" that holds src already. */
static void
test_put_dash_dir(const char *top)
{
	struct strbuf out = STRBUF_INIT;

	enter(top, "put-dir");
	write_file("src", "hello");
	if (mkdir("-dir", 0755) < 0)
		tap_diag("cannot make -dir");
	write_file("-dir/src", "old");
	write_file("keep", "k");
	check_int(probe(STEP_PUT, "src -dir/", &out), 0);
	check(exists("keep"));
	check(exists("-dir/src"));
	check(!strncmp(out.buf, "dir\n", 4));
	check(HOLDS(&out, "T0\0f 3 "));
	sb_release(&out);
}

/* xfer_split_words: a backslash-newline joins, as in the shell; any
 * other backslash keeps the next character. */
static void
test_split_words(void)
{
	char *err = NULL;
	char **v = xfer_split_words("a\\\nb 'c d' e\\ f \"g\\\nh\"", &err);
	size_t i;

	check(v != NULL);
	if (!v)
		return;
	check_str(v[0], "ab");
	check_str(v[1], "c d");
	check_str(v[2], "e f");
	check_str(v[3], "gh");
	check(v[4] == NULL);
	for (i = 0; v[i]; i++)
		free(v[i]);
	free(v);
	check(xfer_split_words("'open", &err) == NULL && err != NULL);
	free(err);
}

int
main(void)
{
	const char *tmp = getenv("TMPDIR");
	char *top = xasprintf("%s/t-xfer.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	char *cmd;

	if (!mkdtemp(top))
		return tap_skip_all("mkdtemp failed");
	test_split_words();
	test_get_dash_file(top);
	test_get_dash_dir(top);
	test_put_dash_dest(top);
	test_put_dash_dir(top);
	cmd = xasprintf("rm -rf '%s'", top);
	if (chdir("/") < 0 || system(cmd) != 0)
		tap_diag("could not remove %s", top);
	free(cmd);
	free(top);
	return test_done();
}
