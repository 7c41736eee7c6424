/*
 * fuzz-expand.c - the expander: the input is text expanded in a
 * target's scope (automatic variables, a target-specific '+=', the
 * globals below), as a recipe line is.  Checks the result is a proper
 * strbuf and that expand_skip_ref() stays inside the text for every
 * '$'.  Errors (diag_fatal) end the input and are no failure.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "expand.h"
#include "fuzz.h"
#include "graph.h"
#include "parse.h"
#include "strbuf.h"
#include "var.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Read before each input: variables of every flavour for the text to
 * use. */
static const char prelude[] =
    "A = a b c\n"
    "B = $(A) x $(EMPTY)\n"
    "C := $(B:x=y)\n"
    "EMPTY =\n"
    "SPACE = $(EMPTY) $(EMPTY)\n"
    "COMMA = ,\n"
    "SELF = $(SELF)\n"
    "FN = $(1)-$(2)-$(0)\n"
    "REV = $(if $(1),$(call REV,$(wordlist 2,$(words $(1)),$(1))) "
    "$(firstword $(1)))\n"
    "SRCS = src/a.c src/b.c lib/c.cc d.h\n"
    "OBJS = $(SRCS:.c=.o)\n"
    "PAT = %.c\n"
    "HOSTS ?= root@web[01-03]:22 [::1]\n"
    "RE = ^web[0-9]+$$\n"
    "define DEF\nline one\n\tline $(A)\nendef\n"
    "override O += more\n"
    "export X := 1\n"
    "out/app: B += target\n"
    "out/app: private P = secret\n"
    "%.o: PV = pattern\n"
    "out/app: src/a.c src/b.c | dir ; $(CC) -o $@ $^\n";

static const struct loc loc = { "Makefile", 7 };

struct input {
	const uint8_t *data;
	size_t size;
};

static void
set(struct varset *set, const char *name, const char *value)
{
	varset_set(set, name, strlen(name), value, strlen(value), VAR_SIMPLE,
	    VAR_ORIGIN_AUTOMATIC, NULL);
}

static void
check_skip_ref(const char *text, size_t len)
{
	const char *end = text + len, *p;

	for (p = text; p < end; p++) {
		const char *q;

		if (*p != '$')
			continue;
		q = expand_skip_ref(p, end);
		if (q <= p || q > end)
			fuzz_fail("expand_skip_ref at offset %zu returned "
			    "offset %td (text of %zu)", (size_t)(p - text),
			    q - text, len);
	}
}

static void
run(void *arg)
{
	const struct input *in = arg;
	struct loc ploc = { "prelude.mk", 1 };
	struct node *n;
	struct scope target, autos;
	struct strbuf out = STRBUF_INIT;

	parse_eval(prelude, strlen(prelude), &ploc, false, NULL);
	n = graph_node("out/app", 7);
	target.vars = node_vars(n);
	target.parent = &scope_global;
	target.inherited = false;
	target.func = false;
	autos.vars = varset_new();
	autos.parent = node_vars(n) ? &target : &scope_global;
	autos.inherited = false;
	autos.func = false;
	set(autos.vars, "@", "out/app");
	set(autos.vars, "<", "src/a.c");
	set(autos.vars, "^", "src/a.c src/b.c");
	set(autos.vars, "+", "src/a.c src/b.c src/a.c");
	set(autos.vars, "?", "src/b.c");
	set(autos.vars, "|", "dir");
	set(autos.vars, "*", "out/app");
	set(autos.vars, "HOST", "web1");
	/* A fatal error abandons autos.vars and out (as exit would): the
	 * first run has leak detection off (fuzz_run_twice). */
	expand(&out, (const char *)in->data, in->size, &autos, &loc);
	if ((out.alloc ? out.len >= out.alloc : out.len != 0) ||
	    out.buf[out.len] != '\0' || strbuf_empty[0] != '\0')
		fuzz_fail("expand() left a bad strbuf: len %zu alloc %zu",
		    out.len, out.alloc);
	sb_release(&out);
	varset_free(autos.vars);
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
	/* libFuzzer's data is an exact-size heap copy: a read past its
	 * end is caught. */
	struct input in = { data, size };

	check_skip_ref((const char *)data, size);
	fuzz_run_twice(run, &in);
	return 0;
}
