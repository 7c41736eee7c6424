/*
 * fuzz-hosts.c - host-list parsing: the input is the expanded HOSTS
 * text of an @remote, @put or @get.  Checks hosts.h's contract: on
 * success every entry is complete and distinct, and splitting the
 * words again (joined by spaces) gives the same words; on failure
 * nothing is returned and err holds one message.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "hosts.h"
#include "strbuf.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
cmp_word(const void *a, const void *b)
{
	const struct host_spec *const *x = a, *const *y = b;

	return strcmp((*x)->word, (*y)->word);
}

static void
check_entry(const struct host_spec *h)
{
	const char *p;
	size_t ulen;

	if (!h->word || !*h->word || !h->name || !*h->name)
		fuzz_fail("an entry without word or name");
	for (p = h->word; *p; p++)
		if (is_space((unsigned char)*p))
			fuzz_fail("whitespace in host word '%s'", h->word);
	if (h->port > 65535)
		fuzz_fail("port %u in '%s'", h->port, h->word);
	if (h->user) {
		ulen = strlen(h->user);
		if (!ulen || strncmp(h->word, h->user, ulen) != 0 ||
		    h->word[ulen] != '@')
			fuzz_fail("user '%s' is not the start of '%s'",
			    h->user, h->word);
	}
	if (!strstr(h->word, h->name))
		fuzz_fail("name '%s' is not in '%s'", h->name, h->word);
}

static void
check_distinct(const struct host_spec *v, size_t n)
{
	const struct host_spec **s = malloc((n ? n : 1) * sizeof(*s));
	size_t i;

	if (!s)
		abort();
	for (i = 0; i < n; i++)
		s[i] = &v[i];
	qsort(s, n, sizeof(*s), cmp_word);
	for (i = 1; i < n; i++)
		if (strcmp(s[i - 1]->word, s[i]->word) == 0)
			fuzz_fail("duplicate host word '%s'", s[i]->word);
	free(s);
}

/* Split again: the expanded words are a fixed point. */
static void
check_again(const struct host_spec *v, size_t n)
{
	struct strbuf text = STRBUF_INIT, err = STRBUF_INIT;
	struct host_spec *w;
	size_t m, i;

	for (i = 0; i < n; i++) {
		if (i)
			sb_addc(&text, ' ');
		sb_adds(&text, v[i].word);
	}
	if (hosts_split(text.buf, &w, &m, &err) != 0)
		fuzz_fail("the expanded words do not split again: %s",
		    err.buf);
	if (m != n)
		fuzz_fail("the expanded words split into %zu, not %zu", m, n);
	for (i = 0; i < n; i++) {
		if (strcmp(w[i].word, v[i].word) != 0 ||
		    strcmp(w[i].name, v[i].name) != 0 ||
		    w[i].port != v[i].port ||
		    !w[i].user != !v[i].user ||
		    (w[i].user && strcmp(w[i].user, v[i].user) != 0))
			fuzz_fail("'%s' splits again differently", v[i].word);
	}
	hosts_free(w, m);
	sb_release(&text);
	sb_release(&err);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_strndup(data, size);
	struct strbuf err = STRBUF_INIT;
	struct host_spec *v = (struct host_spec *)&v;	/* must be set */
	size_t n = (size_t)-1, i;
	int rc;

	rc = hosts_split(text, &v, &n, &err);
	if (rc == 0) {
		if (err.len)
			fuzz_fail("success with a message: %s", err.buf);
		if (n > HOSTS_MAX || (n && !v))
			fuzz_fail("success with %zu entries at %p", n,
			    (void *)v);
		for (i = 0; i < n; i++)
			check_entry(&v[i]);
		check_distinct(v, n);
		if (n <= 256)
			check_again(v, n);
	} else if (rc == -1) {
		if (v || n)
			fuzz_fail("failure returned %zu entries", n);
		if (!err.len || strchr(err.buf, '\n') ||
		    err.buf[err.len - 1] == '.')
			fuzz_fail("failure with message '%s'", err.buf);
	} else {
		fuzz_fail("hosts_split returned %d", rc);
	}
	hosts_free(v, n);
	sb_release(&err);
	free(text);
	return 0;
}
