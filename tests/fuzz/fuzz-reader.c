/*
 * fuzz-reader.c - the makefile reader: the input is makefile text, read
 * as $(eval) and --eval read it (parse_eval), then parse_finish() turns
 * suffix rules into pattern rules, as main() does.  The built-in rules
 * are left out: adding and converting them for every input would cost
 * more than the rest (graph_add_pattern() compares each new pattern
 * rule with all before it), and they are the same every time.
 *
 * A makefile error (diag_fatal) ends the input, as dmake's exit(2)
 * would, and is no failure; see fuzz.h and README for how it is caught,
 * and how $(shell) and $(file >) are kept from acting.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "diag.h"
#include "fuzz.h"
#include "parse.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct input {
	const uint8_t *data;
	size_t size;
};

static void
read_makefile(void *arg)
{
	const struct input *in = arg;
	struct loc loc = { "Makefile", 1 };

	/* parse_eval() takes (text, len): no NUL is needed, and none is
	 * added, so a read past the end is caught. */
	parse_eval((const char *)in->data, in->size, &loc, false, NULL);
	parse_finish();
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_sandbox_init(argc, argv);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in = { data, size };

	fuzz_run_twice(read_makefile, &in);
	return 0;
}
