/*
 * fuzz-directive.c - directive lines: the input is one unexpanded recipe
 * line, given to directive_kind() and, for a directive, its rest to
 * directive_host_colon() (and the whole line too, which must be just
 * as safe).  Checks what directive.h promises about the results.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "directive.h"
#include "exec.h"
#include "fuzz.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const words[] = {
	[DIRECTIVE_REMOTE] = "remote", [DIRECTIVE_END] = "end",
	[DIRECTIVE_PUT] = "put", [DIRECTIVE_GET] = "get",
};

static void
check_colon(const char *text)
{
	const char *end = text + strlen(text);
	const char *c = directive_host_colon(text);

	if (!c)
		return;
	if (c < text || c >= end || *c != ':' ||
	    (c[1] && !is_space((unsigned char)c[1])))
		fuzz_fail("directive_host_colon gave offset %td of %td",
		    c - text, end - text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *line = fuzz_strndup(data, size);
	const char *end = line + strlen(line);
	const char *rest = NULL, *w;
	unsigned flags = 0xdead;
	enum directive_kind k;
	size_t wl;

	k = directive_kind(line, &flags, &rest);
	if (k == DIRECTIVE_NONE) {
		if (flags != 0xdead || rest)
			fuzz_fail("no directive, yet flags or rest were set");
	} else if (k >= DIRECTIVE_REMOTE && k <= DIRECTIVE_GET) {
		w = words[k];
		wl = strlen(w);
		if (!rest || rest < line + wl + 1 || rest > end)
			fuzz_fail("rest outside the line");
		if (memcmp(rest - wl, w, wl) != 0 || *(rest - wl - 1) != '@')
			fuzz_fail("rest not just past '@%s'", w);
		if (*rest && *rest != ':' && !is_space((unsigned char)*rest))
			fuzz_fail("'@%s' runs on into '%c'", w, *rest);
		if (flags & ~(unsigned)(STEP_SILENT | STEP_IGNORE |
		    STEP_ALWAYS))
			fuzz_fail("flags %#x", flags);
		check_colon(rest);
	} else {
		fuzz_fail("directive_kind returned %d", (int)k);
	}
	check_colon(line);
	free(line);
	return 0;
}
