/*
 * t-strbuf.c - unit tests of src/strbuf.c.
 *
 * The invariants of strbuf.h: buf is never NULL, buf[len] is always NUL,
 * an initialised buffer owns no memory, and sb_setlen() past the
 * allocation is a BUG (checked in a child process).
 */
#include "config.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "strbuf.h"
#include "tap.h"

/* buf non-NULL, NUL at len, len within the allocation. */
static bool
sane(const struct strbuf *sb)
{
	if (!sb->buf || sb->buf[sb->len] != '\0')
		return false;
	return sb->alloc ? sb->len < sb->alloc : sb->len == 0;
}

static void
test_init(void)
{
	struct strbuf a = STRBUF_INIT, b;

	sb_init(&b);
	check(sane(&a));
	check(sane(&b));
	check(a.buf == strbuf_empty);
	check(b.buf == strbuf_empty);
	check_int(a.alloc, 0);
	check_str(b.buf, "");

	/* Releasing a buffer that owns nothing is fine, twice too. */
	sb_release(&a);
	sb_release(&a);
	check(a.buf == strbuf_empty);
	/* Resetting an empty unallocated buffer is not a BUG. */
	sb_reset(&b);
	check(sane(&b));
	check_int(b.alloc, 0);
}

static void
test_add(void)
{
	struct strbuf sb = STRBUF_INIT;

	sb_add(&sb, "", 0);
	check_int(sb.alloc, 0);	/* adding nothing allocates nothing */
	sb_adds(&sb, "abc");
	check_str(sb.buf, "abc");
	check_int(sb.len, 3);
	check(sane(&sb));
	sb_add(&sb, "defXXX", 3);
	check_str(sb.buf, "abcdef");
	sb_addc(&sb, 'g');
	check_str(sb.buf, "abcdefg");
	check_int(sb.len, 7);
	check(sane(&sb));
	check(strbuf_empty[0] == '\0');	/* the shared empty stays empty */
	sb_release(&sb);
	check(sane(&sb));
	check_int(sb.len, 0);

	/* Reusable after release. */
	sb_adds(&sb, "again");
	check_str(sb.buf, "again");
	sb_release(&sb);
}

static void
test_binary(void)
{
	struct strbuf sb = STRBUF_INIT;
	static const char data[] = { 'a', '\0', 'b', '\0', '\xff' };

	sb_add(&sb, data, sizeof(data));
	check_int(sb.len, sizeof(data));
	check(memcmp(sb.buf, data, sizeof(data)) == 0);
	check(sane(&sb));
	sb_addc(&sb, '\0');
	check_int(sb.len, sizeof(data) + 1);
	check(sane(&sb));
	sb_release(&sb);
}

static void
test_grow(void)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i, alloc;
	bool ok = true;

	sb_grow(&sb, 100);
	check_int(sb.len, 0);
	check(sb.alloc >= 101);
	check(sane(&sb));
	alloc = sb.alloc;
	/* Growing within the allocation does not reallocate. */
	sb_grow(&sb, 50);
	check_int(sb.alloc, alloc);

	/* A million bytes one at a time: contents and invariants hold. */
	for (i = 0; i < 1000000; i++)
		sb_addc(&sb, 'a' + (int)(i % 26));
	check_int(sb.len, 1000000);
	check(sane(&sb));
	for (i = 0; i < sb.len; i++)
		if (sb.buf[i] != 'a' + (int)(i % 26))
			ok = false;
	check(ok);
	sb_release(&sb);
}

static void
test_setlen(void)
{
	struct strbuf sb = STRBUF_INIT;

	sb_adds(&sb, "hello world");
	sb_setlen(&sb, 5);
	check_str(sb.buf, "hello");
	check_int(sb.len, 5);
	/* Extending into space already grown is allowed; the byte the
	 * truncation overwrote stays NUL. */
	sb_setlen(&sb, 7);
	check_int(sb.len, 7);
	check(sane(&sb));
	check(memcmp(sb.buf, "hello\0w", 8) == 0);
	sb_reset(&sb);
	check_str(sb.buf, "");
	check(sb.alloc > 0);	/* the memory is kept for reuse */
	sb_release(&sb);
}

static void
test_addf(void)
{
	struct strbuf sb = STRBUF_INIT;
	char big[300];

	sb_addf(&sb, "%d-%s", 42, "x");
	check_str(sb.buf, "42-x");
	sb_addf(&sb, "%s", "");
	check_str(sb.buf, "42-x");
	sb_addf(&sb, "%%");
	check_str(sb.buf, "42-x%");

	/* Longer than the first allocation: sb_addf must grow. */
	memset(big, 'z', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	sb_reset(&sb);
	sb_addf(&sb, "<%s>", big);
	check_int(sb.len, sizeof(big) + 1);
	check(sb.buf[0] == '<' && sb.buf[sb.len - 1] == '>');
	check(sane(&sb));
	sb_release(&sb);
}

static void
test_rtrim(void)
{
	struct strbuf sb = STRBUF_INIT;

	sb_adds(&sb, "a b \t\n\r\v\f ");
	sb_rtrim(&sb);
	check_str(sb.buf, "a b");
	check_int(sb.len, 3);
	sb_rtrim(&sb);
	check_str(sb.buf, "a b");

	sb_reset(&sb);
	sb_adds(&sb, " \t ");
	sb_rtrim(&sb);
	check_str(sb.buf, "");
	check_int(sb.len, 0);
	sb_release(&sb);

	/* On an unallocated buffer. */
	sb_rtrim(&sb);
	check(sane(&sb));
	check_int(sb.alloc, 0);
}

static void
test_detach(void)
{
	struct strbuf sb = STRBUF_INIT;
	size_t len = 99;
	char *p;

	/* An empty buffer still hands out a malloc'd "". */
	p = sb_detach(&sb, &len);
	check(p != NULL && p != strbuf_empty);
	check_str(p, "");
	check_int(len, 0);
	free(p);

	sb_adds(&sb, "owned");
	p = sb_detach(&sb, &len);
	check_str(p, "owned");
	check_int(len, 5);
	check(sb.buf == strbuf_empty);
	check_int(sb.len, 0);
	check_int(sb.alloc, 0);
	free(p);

	sb_adds(&sb, "x");
	p = sb_detach(&sb, NULL);
	check_str(p, "x");
	free(p);
}

/* What /bin/sh makes of "printf %s WORD": the word after quote removal. */
static char *
sh_echo(const char *word)
{
	struct strbuf cmd = STRBUF_INIT, out = STRBUF_INIT;
	char buf[256];
	size_t n;
	FILE *f;

	sb_addf(&cmd, "printf %%s %s", word);
	f = popen(cmd.buf, "r");
	sb_release(&cmd);
	if (!f)
		return NULL;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sb_add(&out, buf, n);
	if (pclose(f) != 0) {
		sb_release(&out);
		return NULL;
	}
	return sb_detach(&out, NULL);
}

static void
test_sh_quoted(void)
{
	static const char *const words[] = {
		"", "plain", "a b", "'", "''", "it's", "'lead", "trail'",
		"$HOME `id` $(id) \\ \" * ? [a] ~ # ; & | < > \t\n!",
		"-n", "%s", "\xc3\xa9t\xc3\xa9",
	};
	struct strbuf sb = STRBUF_INIT;
	size_t i;
	char *back;

	/* Always quoted, even when nothing needs it. */
	sb_add_sh_quoted(&sb, "");
	check_str(sb.buf, "''");
	sb_reset(&sb);
	sb_add_sh_quoted(&sb, "plain");
	check_str(sb.buf, "'plain'");
	sb_reset(&sb);
	sb_add_sh_quoted(&sb, "it's");
	check_str(sb.buf, "'it'\\''s'");
	sb_reset(&sb);
	sb_add_sh_quoted(&sb, "''");
	check_str(sb.buf, "''\\'''\\'''");
	check(sane(&sb));
	/* Appends, as the other sb_add* do. */
	sb_reset(&sb);
	sb_adds(&sb, "cd ");
	sb_add_sh_quoted(&sb, "a b");
	check_str(sb.buf, "cd 'a b'");

	/* The shell gives back exactly what went in. */
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		sb_reset(&sb);
		sb_add_sh_quoted(&sb, words[i]);
		back = sh_echo(sb.buf);
		check(back != NULL);
		check_str(back ? back : "(null)", words[i]);
		free(back);
	}
	sb_release(&sb);
}

/* Run fn in a child with stderr captured into err; return the wait
 * status. */
static int
in_child(void (*fn)(void), char *err, size_t errsize)
{
	int fds[2], status;
	size_t n = 0;
	ssize_t r;
	pid_t pid;

	if (pipe(fds) != 0)
		return -1;
	fflush(stdout);
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 2);
		fn();
		_exit(0);
	}
	close(fds[1]);
	while (n + 1 < errsize &&
	    (r = read(fds[0], err + n, errsize - n - 1)) > 0)
		n += (size_t)r;
	err[n] = '\0';
	close(fds[0]);
	if (waitpid(pid, &status, 0) != pid)
		return -1;
	return status;
}

static void
setlen_past_alloc(void)
{
	struct strbuf sb = STRBUF_INIT;

	sb_adds(&sb, "abc");
	sb_setlen(&sb, sb.alloc);
}

static void
test_setlen_bug(void)
{
	char err[1024];
	int st = in_child(setlen_past_alloc, err, sizeof(err));

	check(st != -1 && WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT);
	check(strstr(err, "internal error") != NULL);
	check(strstr(err, "sb_setlen") != NULL);
}

int
main(void)
{
	test_init();
	test_add();
	test_binary();
	test_grow();
	test_setlen();
	test_addf();
	test_rtrim();
	test_detach();
	test_sh_quoted();
	test_setlen_bug();
	return test_done();
}
