/*
 * func-file.c - the file-system builtins: wildcard, realpath, abspath
 * and file, with GNU make 4.3's results and messages.
 *
 * Interface (func.h):
 *	func_wildcard, func_realpath, func_abspath, func_file
 */
#include "config.h"

#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "expand.h"
#include "func.h"
#include "strbuf.h"
#include "util.h"

/* Append w with a space first unless nothing came before it. */
static void
add_word(struct strbuf *out, const char *w, size_t len, size_t start)
{
	if (out->len > start)
		sb_addc(out, ' ');
	sb_add(out, w, len);
}

/* Each word's matches, each pattern's sorted as glob(3) sorts them; a
 * word without wildcards stays only when the file exists. */
void
func_wildcard(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	const char *p = argv[0].p, *end = p + argv[0].len, *w;
	size_t len, start = out->len, i;
	char *pat, *scratch = NULL;
	glob_t g;

	(void)name;
	(void)argc;
	(void)cx;
	/* "a\ b.c" is one name, as in GNU make */
	while ((w = next_name(&p, end, &len))) {
		w = name_unescape(w, &len, end, &scratch);
		pat = xstrndup(w, len);
		if (glob(pat, GLOB_TILDE, NULL, &g) == 0) {
			for (i = 0; i < g.gl_pathc; i++)
				add_word(out, g.gl_pathv[i],
				    strlen(g.gl_pathv[i]), start);
		}
		globfree(&g);
		free(pat);
	}
	free(scratch);
}

void
func_realpath(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	const char *p = argv[0].p, *w;
	size_t len, start = out->len;
	char *in, *res;

	(void)name;
	(void)argc;
	(void)cx;
	while ((w = next_word(&p, argv[0].p + argv[0].len, &len))) {
		in = xstrndup(w, len);
		res = realpath(in, NULL);
		if (res)
			add_word(out, res, strlen(res), start);
		free(res);
		free(in);
	}
}

/* GNU's abspath(): lexical, '.' and '..' resolved, no symbolic links
 * followed; relative names are taken from cwd.  Appends to out; false,
 * and nothing appended, when the name grows to PATH_MAX on the way (as
 * GNU make, which then gives no word). */
static bool
abspath(struct strbuf *out, const char *w, size_t len, const char *cwd)
{
	size_t root = out->len, i = 0, start = out->len;

	if (w[0] == '/') {
		sb_addc(out, '/');
		i = 1;
	} else {
		sb_adds(out, cwd);
	}
	root++;			/* past the leading '/' */
	while (i < len) {
		size_t j;

		while (i < len && w[i] == '/')
			i++;
		for (j = i; j < len && w[j] != '/'; j++)
			;
		if (j - i == 0 || (j - i == 1 && w[i] == '.')) {
			/* nothing */
		} else if (j - i == 2 && w[i] == '.' && w[i + 1] == '.') {
			while (out->len > root && out->buf[out->len - 1] != '/')
				out->len--;
			if (out->len > root)
				out->len--;
			out->buf[out->len] = '\0';
		} else {
			if (out->buf[out->len - 1] != '/')
				sb_addc(out, '/');
			if (out->len - start + (j - i) >= PATH_MAX) {
				out->len = start;
				out->buf[start] = '\0';
				return false;
			}
			sb_add(out, w + i, j - i);
		}
		i = j;
	}
	return true;
}

void
func_abspath(struct strbuf *out, const char *name,
    const struct func_arg *argv, size_t argc, const struct expand_ctx *cx)
{
	const char *p = argv[0].p, *w;
	size_t len, start = out->len;
	char *cwd = NULL;

	(void)name;
	(void)argc;
	(void)cx;
	while ((w = next_word(&p, argv[0].p + argv[0].len, &len))) {
		if (w[0] != '/' && !cwd && !(cwd = getcwd(NULL, 0)))
			continue;
		size_t at = out->len;

		if (len >= PATH_MAX)
			continue;	/* as GNU make: no word */
		if (out->len > start)
			sb_addc(out, ' ');
		if (!abspath(out, w, len, cwd)) {
			out->len = at;
			out->buf[at] = '\0';
		}
	}
	free(cwd);
}

static void
file_write(const char *fn, const char *mode, const struct func_arg *text,
    const struct expand_ctx *cx)
{
	FILE *fp = fopen(fn, mode);

	if (!fp)
		diag_fatal(cx->reading, "open: %s: %s", fn, strerror(errno));
	if (text) {
		bool nl = !text->len || text->p[text->len - 1] != '\n';

		if (fwrite(text->p, 1, text->len, fp) != text->len ||
		    (nl && fputc('\n', fp) == EOF))
			diag_fatal(cx->reading, "write: %s: %s", fn,
			    strerror(errno));
	}
	if (fclose(fp))
		diag_fatal(cx->reading, "close: %s: %s", fn, strerror(errno));
}

static void
file_read(struct strbuf *out, const char *fn, const struct expand_ctx *cx)
{
	FILE *fp = fopen(fn, "re");
	size_t start = out->len, n;

	if (!fp) {
		if (errno == ENOENT)
			return;
		diag_fatal(cx->reading, "open: %s: %s", fn, strerror(errno));
	}
	do {
		sb_grow(out, 4096);
		n = fread(out->buf + out->len, 1, 4096, fp);
		out->len += n;
		out->buf[out->len] = '\0';
	} while (n > 0);
	if (ferror(fp))
		diag_fatal(cx->reading, "read: %s: %s", fn, strerror(errno));
	if (fclose(fp))
		diag_fatal(cx->reading, "close: %s: %s", fn, strerror(errno));
	/* One trailing newline goes (with a '\r' before it). */
	if (out->len > start && out->buf[out->len - 1] == '\n') {
		n = out->len - 1;
		if (n > start && out->buf[n - 1] == '\r')
			n--;
		sb_setlen(out, n);
	}
}

/* $(file >FILE,TEXT) $(file >>FILE,TEXT) $(file <FILE). */
void
func_file(struct strbuf *out, const char *name, const struct func_arg *argv,
    size_t argc, const struct expand_ctx *cx)
{
	const char *fn = argv[0].p, *mode = "we";
	char op = fn[0];

	(void)name;
	if (op != '>' && op != '<')
		diag_fatal(cx->varloc, "file: invalid file operation: %s", fn);
	fn++;
	if (op == '>' && *fn == '>') {
		mode = "ae";
		fn++;
	}
	while (is_space((unsigned char)*fn))
		fn++;
	if (!*fn)
		diag_fatal(cx->varloc, "file: missing filename");
	if (op == '>') {
		if (expand_hooks.files_may_change)
			expand_hooks.files_may_change();
		file_write(fn, mode, argc > 1 ? &argv[1] : NULL, cx);
		return;
	}
	if (argc > 1)
		diag_fatal(cx->varloc, "file: too many arguments");
	file_read(out, fn, cx);
}
