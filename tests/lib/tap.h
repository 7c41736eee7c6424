/*
 * tap.h - a small TAP emitter for the C unit tests.
 *
 *	int main(void) {
 *		check_int(1 + 1, 2);
 *		check_str(s, "abc");
 *		check(p != NULL);
 *		return test_done();
 *	}
 *
 * Each check prints "ok N - EXPR" or "not ok N - EXPR" with the file and
 * line and both values on failure; test_done() prints the plan and
 * returns the exit status (0 when every check passed).
 */
#ifndef DMAKE_TAP_H
#define DMAKE_TAP_H

#include <stdbool.h>

#define check(cond) \
	tap_check((cond), __FILE__, __LINE__, "%s", #cond)
#define check_int(got, want) \
	tap_check_int((long long)(got), (long long)(want), __FILE__, \
	    __LINE__, #got " == " #want)
#define check_str(got, want) \
	tap_check_str((got), (want), __FILE__, __LINE__, #got " == " #want)

bool tap_check(bool ok, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
bool tap_check_int(long long got, long long want, const char *file,
    int line, const char *what);
bool tap_check_str(const char *got, const char *want, const char *file,
    int line, const char *what);
/* Skip everything: print "1..0 # SKIP why" and return 0 from main. */
int tap_skip_all(const char *why);
/* n checks that cannot run here: "ok N # SKIP why" each. */
void tap_skip(int n, const char *why);
/* A comment line "# ..." on stdout. */
void tap_diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int test_done(void);

#endif
