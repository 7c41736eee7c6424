/*
 * fuzz.h - what the libFuzzer harnesses (fuzz-*.c) share: a sandbox
 * that keeps dmake's code from running commands or writing files, a
 * catch for diag_fatal(), and the reset of dmake's global state between
 * inputs.  See README for why each exists.
 *
 *	int LLVMFuzzerInitialize(int *argc, char ***argv)
 *	{ fuzz_sandbox_init(argc, argv); return 0; }
 *
 *	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
 *	{ struct input in = { data, size };
 *	  fuzz_run_twice(read_it, &in);	   // state set up, run, reset
 *	  return 0; }
 *
 * Harnesses of code without global state or files (hosts, directive,
 * tar, xfer) need none of it but fuzz_strndup() and fuzz_fail().
 */
#ifndef DMAKE_FUZZ_H
#define DMAKE_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Make a private temporary directory ($TMPDIR or /tmp) and fill it
 * with a few small files for include, $(file <), $(wildcard) and
 * ssh_config Include to find; it is sshconf's and $HOME's home.  Make
 * libFuzzer's relative artifact paths in *argv absolute (crash files go
 * to the starting directory unless -artifact_prefix says otherwise).
 * Once, from LLVMFuzzerInitialize. */
void fuzz_sandbox_init(int *argc, char ***argv);
/* Make the sandbox the working directory while an input runs, and go
 * back to the starting one (where libFuzzer keeps its files and finds
 * argv[0]) after. */
void fuzz_sandbox_enter(void);
void fuzz_sandbox_leave(void);
/* Its absolute path. */
const char *fuzz_sandbox_dir(void);

/* Call fn(arg); true when it ended in diag_fatal() (a makefile error,
 * not a bug), whose exit is turned into a longjmp back here.  Whatever
 * fn had allocated on the way is abandoned: see fuzz_run_twice(). */
bool fuzz_catch_fatal(void (*fn)(void *), void *arg);

/* Run fn(arg) under fuzz_catch_fatal() with leak detection off; when it
 * did not end in diag_fatal(), run it again with leak detection on, so
 * a leak on a normal path is reported and the memory a fatal error
 * abandons (as dmake's exit(2) would) is not.  Resets state after
 * each run.  Returns whether the input was fatal. */
bool fuzz_run_twice(void (*fn)(void *), void *arg);

/* The variables main() defines before reading makefiles (SHELL, MAKE,
 * CURDIR, the built-in ones, the default suffixes), and the $(eval)
 * hook. */
void fuzz_state_init(void);
/* Free and forget everything reading made: what main() frees at exit,
 * plus the module statics it never needs to reset (seam-*.c). */
void fuzz_state_reset(void);

/* seam-parse.c, seam-expand.c: the statics of parse.c and expand.c. */
void fuzz_parse_reset(void);
void fuzz_expand_reset(void);

/* A NUL-terminated malloc'd copy of the input. */
char *fuzz_strndup(const uint8_t *data, size_t size);

/* Stop with a message (an invariant the harness checks failed): the
 * fuzzer reports it as a crash and saves the input. */
void fuzz_fail(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));

#endif
