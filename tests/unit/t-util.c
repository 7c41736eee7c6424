/*
 * t-util.c - unit tests of src/util.c: the x* allocators (including the
 * "virtual memory exhausted" exit, checked in a child process), the
 * string helpers and the macros of util.h.
 */
#include "config.h"

#include <stdint.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tap.h"
#include "util.h"

static void
test_alloc(void)
{
	char *p;
	int *v;
	size_t i;
	bool zero = true, kept = true;

	p = xmalloc(0);
	check(p != NULL);	/* zero bytes is still a pointer to free */
	free(p);

	v = xcalloc(1000, sizeof(*v));
	for (i = 0; i < 1000; i++)
		if (v[i] != 0)
			zero = false;
	check(zero);
	free(v);
	p = xcalloc(0, 0);
	check(p != NULL);
	free(p);

	p = xmalloc(4);
	memcpy(p, "abc", 4);
	p = xrealloc(p, 1 << 20);
	check_str(p, "abc");
	p = xrealloc(p, 0);
	check(p != NULL);
	free(p);

	v = xreallocarray(NULL, 10, sizeof(*v));
	for (i = 0; i < 10; i++)
		v[i] = (int)i;
	v = xreallocarray(v, 100000, sizeof(*v));
	for (i = 0; i < 10; i++)
		if (v[i] != (int)i)
			kept = false;
	check(kept);
	free(v);
}

static void
test_strdup(void)
{
	char *p;

	p = xstrdup("hello");
	check_str(p, "hello");
	free(p);
	p = xstrdup("");
	check_str(p, "");
	free(p);
	p = xstrndup("hello", 3);
	check_str(p, "hel");
	free(p);
	p = xstrndup("hi", 0);
	check_str(p, "");
	free(p);
	/* xstrndup copies n bytes, NULs included, and terminates. */
	p = xstrndup("a\0b", 3);
	check(p[0] == 'a' && p[1] == '\0' && p[2] == 'b' && p[3] == '\0');
	free(p);
}

static void
test_asprintf(void)
{
	char *p, *q;
	char big[5000];

	p = xasprintf("%s:%lu: %d%%", "Makefile", 12UL, 7);
	check_str(p, "Makefile:12: 7%");
	free(p);
	p = xasprintf("%s", "");
	check_str(p, "");
	free(p);

	memset(big, 'q', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	p = xasprintf("[%s]", big);
	check_int(strlen(p), sizeof(big) + 1);
	q = xasprintf("[%s]", big);
	check(strcmp(p, q) == 0);
	free(p);
	free(q);
}

static void
test_space(void)
{
	check(is_blank(' ') && is_blank('\t'));
	check(!is_blank('\n') && !is_blank('x') && !is_blank('\0'));
	check(is_space(' ') && is_space('\t') && is_space('\n') &&
	    is_space('\v') && is_space('\f') && is_space('\r'));
	check(!is_space('x') && !is_space('\0') && !is_space(0xa0));

	check_str(skip_space(" \t\n\v\f\rx y"), "x y");
	check_str(skip_space("x"), "x");
	check_str(skip_space(""), "");
	check_str(skip_space("   "), "");
}

static void
test_next_word(void)
{
	const char text[] = "  a bb\tccc \n";
	const char *p = text, *end = text + strlen(text), *w;
	size_t len = 0;

	w = next_word(&p, end, &len);
	check(w == text + 2);
	check_int(len, 1);
	w = next_word(&p, end, &len);
	check(w != NULL && len == 2 && memcmp(w, "bb", 2) == 0);
	w = next_word(&p, end, &len);
	check(w != NULL && len == 3 && memcmp(w, "ccc", 3) == 0);
	w = next_word(&p, end, &len);
	check(w == NULL);
	check(p == end);

	/* end is a limit, not the NUL: a word is cut there. */
	p = text;
	end = text + 5;			/* "  a b" */
	check(next_word(&p, end, &len) == text + 2);
	w = next_word(&p, end, &len);
	check(w == text + 4 && len == 1);
	check(next_word(&p, end, &len) == NULL);

	/* Empty and blank ranges. */
	p = text;
	check(next_word(&p, text, &len) == NULL);
	check(p == text);
	p = text;
	check(next_word(&p, text + 2, &len) == NULL);
	check(p == text + 2);
}

/* The names next_name() and name_unescape() read from text, each in
 * [brackets]. */
static char *
names_of(const char *text)
{
	const char *p = text, *end = text + strlen(text), *w;
	char *scratch = NULL, *out = xstrdup("");
	size_t len;

	while ((w = next_name(&p, end, &len)) != NULL) {
		char *o = out;

		w = name_unescape(w, &len, end, &scratch);
		out = xasprintf("%s[%.*s]", o, (int)len, w);
		free(o);
	}
	free(scratch);
	return out;
}

static void
test_next_name(void)
{
	static const struct {
		const char *text, *names;
	} cases[] = {
		{ "a b", "[a][b]" },
		{ " a\\ b.c  x ", "[a b.c][x]" },
		{ "a\\\tb", "[a\tb]" },
		{ "a\\\\ b", "[a\\][b]" },		/* escaped backslash */
		{ "a\\\\\\ b", "[a\\ b]" },		/* and a blank */
		{ "a\\ ", "[a ]" },
		{ "a\\", "[a\\]" },			/* no blank after */
		{ "a\\\\", "[a\\\\]" },
		{ "a\\b\\\\c", "[a\\b\\\\c]" },		/* not before a blank */
		{ "a\\\nb", "[a\\\nb]" },		/* a newline does not end it */
		{ "\na b\n c", "[a][b\n][c]" },	/* (but is skipped before) */
		{ "", "" },
	};
	size_t i;

	for (i = 0; i < countof(cases); i++) {
		char *got = names_of(cases[i].text);

		check_str(got, cases[i].names);
		free(got);
	}
}

/* The normal and order-only parts prereq_split() makes of text, each
 * in [brackets]. */
static char *
split_of(const char *text)
{
	const char *normal, *oo, *end = text + strlen(text);
	size_t nlen, oolen;
	char *buf = NULL, *out;

	normal = prereq_split(text, strlen(text), &nlen, &oo, &oolen, &buf);
	check(buf == NULL || normal == buf);
	check(oo + oolen == end);
	out = xasprintf("[%.*s][%.*s]", (int)nlen, normal, (int)oolen, oo);
	free(buf);
	return out;
}

static void
test_prereq_split(void)
{
	static const struct {
		const char *text, *parts;
	} cases[] = {
		{ "a b", "[a b][]" },
		{ "a | b", "[a ][ b]" },
		{ "a|b|c", "[a][b|c]" },		/* the first '|' only */
		{ "|b", "[][b]" },
		{ "a\\|b c", "[a|b c][]" },		/* escaped: a byte */
		{ "a\\|b|c\\|d", "[a|b][c\\|d]" },	/* not after the split */
		{ "a\\\\|b", "[a\\][b]" },		/* even run: half, split */
		{ "a\\\\\\|b", "[a\\|b][]" },		/* odd run: half, a byte */
		{ "x\\\\ a\\|b", "[x\\\\ a|b][]" },	/* other runs as they are */
		{ "a\\", "[a\\][]" },
		{ "", "[][]" },
	};
	size_t i;

	for (i = 0; i < countof(cases); i++) {
		char *got = split_of(cases[i].text);

		check_str(got, cases[i].parts);
		free(got);
	}
}

static void
test_tilde(void)
{
	struct passwd *pw = getpwnam("root");
	/* (a later getpwnam() may reuse *pw) */
	char *t, *want = pw ? xasprintf("%s/x", pw->pw_dir) : NULL;

	t = tilde_expand("~/a/b", 5, "/h");
	check_str(t ? t : "(null)", "/h/a/b");
	free(t);
	t = tilde_expand("~", 1, "/h");
	check_str(t ? t : "(null)", "/h");
	free(t);
	t = tilde_expand("~/x y", 3, "/h");	/* only n bytes */
	check_str(t ? t : "(null)", "/h/x");
	free(t);
	check(tilde_expand("a~", 2, "/h") == NULL);
	check(tilde_expand("", 0, "/h") == NULL);
	check(tilde_expand("~nosuchuserzz/x", 15, "/h") == NULL);
	if (want) {
		t = tilde_expand("~root/x", 7, "/h");
		check_str(t ? t : "(null)", want);
		free(t);
		free(want);
	}
	/* no home given: the environment's */
	setenv("HOME", "/envhome", 1);
	t = tilde_expand("~/c", 3, "");
	check_str(t ? t : "(null)", "/envhome/c");
	free(t);
}

/* What json_fputs() writes for s. */
static char *
json_of(const char *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	if (!f)
		return NULL;
	json_fputs(s, f);
	fclose(f);
	return buf;
}

static void
test_json(void)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{ "", "\"\"" },
		{ "plain", "\"plain\"" },
		{ "a\"b\\c", "\"a\\\"b\\\\c\"" },
		{ "\t\n\x01\x1f ", "\"\\u0009\\u000a\\u0001\\u001f \"" },
		{ "\x7f\xc3\xa9/", "\"\x7f\xc3\xa9/\"" },
	};
	size_t i;
	char *got;

	for (i = 0; i < countof(cases); i++) {
		got = json_of(cases[i].in);
		check_str(got ? got : "(null)", cases[i].out);
		free(got);
	}
}

static void
test_macros(void)
{
	int a[7];
	int *x = NULL;
	size_t alloc = 0, i;
	bool kept = true;

	check_int(countof(a), 7);

	XGROW(x, 3, alloc);
	check(x != NULL && alloc >= 3);
	for (i = 0; i < 3; i++)
		x[i] = (int)i;
	XGROW(x, 1000, alloc);
	check(alloc >= 1000);
	for (i = 0; i < 3; i++)
		if (x[i] != (int)i)
			kept = false;
	check(kept);
	i = alloc;
	XGROW(x, 10, alloc);		/* no shrinking */
	check_int(alloc, i);
	free(x);
}

static void
test_ptrset(void)
{
	struct ptrset s = PTRSET_INIT, t;
	static int obj[5000];
	size_t i, k, present = 0, added = 0;
	bool ok = true;

	check(!ptrset_has(&s, &obj[0]));	/* empty, never sized */
	/* every other element, so that it grows several times */
	for (i = 0; i < countof(obj); i += 2)
		if (ptrset_add(&s, &obj[i]))
			added++;
	check_int(added, countof(obj) / 2);
	check_int(s.n, countof(obj) / 2);
	check(s.size >= 2 * s.n);
	check(!ptrset_add(&s, &obj[0]));	/* already there */
	check(!ptrset_add(&s, &obj[4998]));
	for (i = 0; i < countof(obj); i++)
		if (ptrset_has(&s, &obj[i]) != (i % 2 == 0))
			ok = false;
	check(ok);
	ptrset_free(&s);
	check(s.v == NULL && s.size == 0 && s.n == 0);
	check(!ptrset_has(&s, &obj[0]));

	/* sized up front: no add grows it, so slots stay put */
	ptrset_init(&t, 100);
	k = t.size;
	i = ptrset_slot(&t, &obj[7]);
	check(t.v[i] == NULL);
	check(ptrset_add(&t, &obj[7]));
	check(t.v[i] == &obj[7]);
	check_int(ptrset_slot(&t, &obj[7]), i);
	for (i = 0; i < 100; i++)
		ptrset_add(&t, &obj[100 + i]);
	check_int(t.size, k);
	for (i = 0; i < t.size; i++)
		if (t.v[i])
			present++;
	check_int(present, 101);
	ptrset_free(&t);
}

static void
overflow(void)
{
	/* nmemb * size overflows: must die before calling realloc. */
	(void)xreallocarray(NULL, SIZE_MAX / 2 + 2, 2);
}

static void
test_oom(void)
{
	int fds[2], status = 0;
	char err[256];
	ssize_t n = 0, r;
	pid_t pid;

	check_str(progname, "dmake");
	if (pipe(fds) != 0) {
		check(!"pipe");
		return;
	}
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 2);
		overflow();
		_exit(0);
	}
	close(fds[1]);
	while (n < (ssize_t)sizeof(err) - 1 &&
	    (r = read(fds[0], err + n, sizeof(err) - 1 - (size_t)n)) > 0)
		n += r;
	err[n] = '\0';
	close(fds[0]);
	check(pid > 0 && waitpid(pid, &status, 0) == pid);
	check(WIFEXITED(status) && WEXITSTATUS(status) == 2);
	check_str(err, "dmake: *** virtual memory exhausted\n");
}

int
main(void)
{
	test_alloc();
	test_strdup();
	test_asprintf();
	test_space();
	test_next_word();
	test_next_name();
	test_prereq_split();
	test_tilde();
	test_macros();
	test_ptrset();
	test_json();
	test_oom();
	return test_done();
}
