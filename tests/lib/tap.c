/*
 * tap.c - a small TAP emitter for the C unit tests.
 *
 * Interface:
 *	tap_check, tap_check_int, tap_check_str	one test point
 *	tap_skip_all				skip the whole program
 *	tap_diag				a comment line
 *	test_done				plan and exit status
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "tap.h"

static int count, failed;

static void
vreport(bool ok, const char *file, int line, const char *fmt, va_list ap)
{
	count++;
	if (!ok)
		failed++;
	printf("%sok %d - ", ok ? "" : "not ", count);
	vprintf(fmt, ap);
	putchar('\n');
	if (!ok)
		printf("#   failed at %s:%d\n", file, line);
	fflush(stdout);
}

bool
tap_check(bool ok, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(ok, file, line, fmt, ap);
	va_end(ap);
	return ok;
}

bool
tap_check_int(long long got, long long want, const char *file, int line,
    const char *what)
{
	bool ok = got == want;

	tap_check(ok, file, line, "%s", what);
	if (!ok)
		printf("#   got: %lld\n#  want: %lld\n", got, want);
	return ok;
}

bool
tap_check_str(const char *got, const char *want, const char *file, int line,
    const char *what)
{
	bool ok = (got == NULL && want == NULL) ||
	    (got && want && strcmp(got, want) == 0);

	tap_check(ok, file, line, "%s", what);
	if (!ok)
		printf("#   got: '%s'\n#  want: '%s'\n", got ? got : "(null)",
		    want ? want : "(null)");
	return ok;
}

void
tap_skip(int n, const char *why)
{
	while (n-- > 0)
		printf("ok %d # SKIP %s\n", ++count, why);
}

int
tap_skip_all(const char *why)
{
	printf("1..0 # SKIP %s\n", why);
	return 0;
}

void
tap_diag(const char *fmt, ...)
{
	va_list ap;

	fputs("# ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

int
test_done(void)
{
	printf("1..%d\n", count);
	return failed ? 1 : 0;
}
