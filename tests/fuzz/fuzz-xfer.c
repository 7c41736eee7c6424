/*
 * fuzz-xfer.c - the shell-word splitter of @put and @get
 * (xfer_split_words): the input is the expanded "SRC... DEST" text.
 * Checks the result is a NULL-terminated vector of non-NULL words, or
 * NULL with a message; and that quoting each word in single quotes
 * and splitting again gives the same words.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "strbuf.h"
#include "xfer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
free_words(char **v)
{
	size_t i;

	for (i = 0; v[i]; i++)
		free(v[i]);
	free(v);
}

/* 'word' with each ' as '\'' : the shell quoting xfer's commands use. */
static void
quote(struct strbuf *sb, const char *s)
{
	sb_addc(sb, '\'');
	for (; *s; s++)
		if (*s == '\'')
			sb_adds(sb, "'\\''");
		else
			sb_addc(sb, *s);
	sb_addc(sb, '\'');
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_strndup(data, size), *err = NULL, **v, **w;
	struct strbuf again = STRBUF_INIT;
	size_t i;

	v = xfer_split_words(text, &err);
	if (!v) {
		if (!err || !*err)
			fuzz_fail("NULL without a message");
		free(err);
		free(text);
		return 0;
	}
	if (err)
		fuzz_fail("words and a message: %s", err);
	for (i = 0; v[i]; i++) {
		if (i)
			sb_addc(&again, ' ');
		quote(&again, v[i]);
	}
	w = xfer_split_words(again.buf, &err);
	if (!w)
		fuzz_fail("the quoted words do not split: %s", err);
	for (i = 0; v[i] || w[i]; i++)
		if (!v[i] || !w[i] || strcmp(v[i], w[i]) != 0)
			fuzz_fail("word %zu differs after quoting", i);
	free_words(w);
	free_words(v);
	sb_release(&again);
	free(text);
	return 0;
}
