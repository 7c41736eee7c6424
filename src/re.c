/*
 * re.c - thin PCRE2 wrapper: compile once and cache by pattern text,
 * own match data, errors with pcre2_get_error_message()'s text.
 * libpcre2-8 is loaded when the first pattern is compiled, not at
 * program start: a makefile without regex functions or host patterns
 * does not map it (about 76 KiB of resident pages).
 *
 * Interface:
 *	re_get		compiled pattern from the cache (fatal if bad)
 *	re_match	does it match anywhere
 *	re_subst	replace every match, \0..\9 and \\ in the replacement
 *	re_cleanup	free the cache at exit
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8

#include <dlfcn.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "re.h"
#include "strbuf.h"
#include "util.h"

#define RE_OVECTOR_PAIRS 32

/* The 8-bit library: Debian 12's and upstream's soname since 10.0. */
#ifndef RE_PCRE2_SONAME
#define RE_PCRE2_SONAME "libpcre2-8.so.0"
#endif

/* The functions used, typed by pcre2.h's own declarations (its
 * macros name the 8-bit ones: pcre2_match is pcre2_match_8). */
static struct {
	__typeof__(pcre2_code_free) *code_free;
	__typeof__(pcre2_compile) *compile;
	__typeof__(pcre2_config) *config;
	__typeof__(pcre2_get_error_message) *get_error_message;
	__typeof__(pcre2_get_ovector_pointer) *get_ovector_pointer;
	__typeof__(pcre2_match) *match;
	__typeof__(pcre2_match_data_create) *match_data_create;
	__typeof__(pcre2_match_data_free) *match_data_free;
} lib;
static bool lib_loaded;
static char lib_error[256];

/* A function pointer from dlsym()'s void *, without the cast ISO C
 * leaves undefined. */
#define RE_SYM(field, name) \
	if (!(p = dlsym(h, name "_8"))) \
		goto bad; \
	memcpy(&lib.field, &p, sizeof(lib.field));

/* dlopen libpcre2-8 once; false (lib_error says why) if it cannot be. */
static bool
lib_load(void)
{
	void *h, *p;

	if (lib_loaded)
		return true;
	if (lib_error[0])
		return false;
	h = dlopen(RE_PCRE2_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		snprintf(lib_error, sizeof(lib_error), "%s", dlerror());
		return false;
	}
	RE_SYM(code_free, "pcre2_code_free")
	RE_SYM(compile, "pcre2_compile")
	RE_SYM(config, "pcre2_config")
	RE_SYM(get_error_message, "pcre2_get_error_message")
	RE_SYM(get_ovector_pointer, "pcre2_get_ovector_pointer")
	RE_SYM(match, "pcre2_match")
	RE_SYM(match_data_create, "pcre2_match_data_create")
	RE_SYM(match_data_free, "pcre2_match_data_free")
	lib_loaded = true;
	return true;
bad:
	snprintf(lib_error, sizeof(lib_error), "%s", dlerror());
	dlclose(h);
	return false;
}

struct re {
	char *text;
	size_t len;
	size_t hash;
	pcre2_code *code;
};

/* The cache: open addressing by pattern text. */
static struct re **cache;
static size_t ncache_slots, ncache;
static pcre2_match_data *match_data;

static void
cache_grow(void)
{
	size_t n = ncache_slots ? ncache_slots * 2 : 64, i, j;
	struct re **t = xcalloc(n, sizeof(*t));

	for (i = 0; i < ncache_slots; i++) {
		if (!cache[i])
			continue;
		for (j = cache[i]->hash & (n - 1); t[j]; j = (j + 1) & (n - 1))
			;
		t[j] = cache[i];
	}
	free(cache);
	cache = t;
	ncache_slots = n;
}

static void
error_text(int code, char *buf, size_t size)
{
	if (lib.get_error_message(code, (PCRE2_UCHAR *)buf, size) < 0)
		snprintf(buf, size, "PCRE2 error %d", code);
}

static pcre2_code *
compile(const char *pattern, size_t len, const char *func,
    const struct loc *loc)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *code;
	char msg[256];

	if (!lib_load())
		diag_fatal(loc, "%s: cannot load PCRE2 (%s): %s", func,
		    RE_PCRE2_SONAME, lib_error);
	code = lib.compile((PCRE2_SPTR)pattern, len,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &err, &off, NULL);
	if (!code) {
		error_text(err, msg, sizeof(msg));
		diag_fatal(loc, "%s: bad pattern at offset %zu: %s", func,
		    (size_t)off, msg);
	}
	return code;
}

struct re *
re_get(const char *pattern, size_t len, const char *func,
    const struct loc *loc)
{
	size_t h = str_hash(pattern, len), i;
	struct re *re;

	if ((ncache + 1) * 2 > ncache_slots)
		cache_grow();
	for (i = h & (ncache_slots - 1); cache[i];
	    i = (i + 1) & (ncache_slots - 1)) {
		re = cache[i];
		if (re->hash == h && re->len == len &&
		    memcmp(re->text, pattern, len) == 0)
			return re;
	}
	re = xmalloc(sizeof(*re));
	re->code = compile(pattern, len, func, loc);
	re->text = xstrndup(pattern, len);
	re->len = len;
	re->hash = h;
	cache[i] = re;
	ncache++;
	return re;
}

/* One match attempt; returns the number of pairs set, 0 for no match.
 * Errors other than "no match" are fatal. */
static int
run(struct re *re, const char *s, size_t len, size_t start,
    uint32_t opts, const char *func, const struct loc *loc)
{
	int rc;
	char msg[256];

	if (!match_data)
		match_data = lib.match_data_create(RE_OVECTOR_PAIRS, NULL);
	rc = lib.match(re->code, (PCRE2_SPTR)s, len, start, opts,
	    match_data, NULL);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		error_text(rc, msg, sizeof(msg));
		diag_fatal(loc, "%s: match error: %s", func, msg);
	}
	return rc ? rc : RE_OVECTOR_PAIRS;
}

bool
re_match(struct re *re, const char *subject, size_t len, const char *func,
    const struct loc *loc)
{
	return run(re, subject, len, 0, 0, func, loc) > 0;
}

/* Append the replacement for the current match. */
static void
add_replacement(struct strbuf *out, const char *repl, size_t rlen,
    const char *s, int npairs)
{
	const PCRE2_SIZE *ov = lib.get_ovector_pointer(match_data);
	size_t i;

	for (i = 0; i < rlen; i++) {
		int g;

		if (repl[i] != '\\' || i + 1 == rlen) {
			sb_addc(out, repl[i]);
			continue;
		}
		if (repl[i + 1] == '\\') {
			sb_addc(out, '\\');
			i++;
			continue;
		}
		if (repl[i + 1] < '0' || repl[i + 1] > '9') {
			sb_addc(out, '\\');
			continue;
		}
		g = repl[++i] - '0';
		if (g < npairs && ov[2 * g] != PCRE2_UNSET)
			sb_add(out, s + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
	}
}

void
re_subst(struct re *re, const char *s, size_t len, const char *repl,
    size_t rlen, struct strbuf *out, const char *func,
    const struct loc *loc)
{
	size_t pos = 0, copied = 0;
	uint32_t opts = 0;

	while (pos <= len) {
		const PCRE2_SIZE *ov;
		int n = run(re, s, len, pos, opts, func, loc);

		if (!n) {
			if (!opts)
				break;
			/* No non-empty match here: step one character. */
			opts = 0;
			pos++;
			while (pos < len && ((unsigned char)s[pos] & 0xc0) == 0x80)
				pos++;
			continue;
		}
		ov = lib.get_ovector_pointer(match_data);
		if (ov[1] < ov[0])	/* \K tricks: treat as no match */
			break;
		sb_add(out, s + copied, ov[0] - copied);
		add_replacement(out, repl, rlen, s, n);
		copied = pos = ov[1];
		opts = ov[0] == ov[1] ?
		    PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED : 0;
	}
	sb_add(out, s + copied, len - copied);
}

void
re_cleanup(void)
{
	size_t i;

	for (i = 0; i < ncache_slots; i++) {
		if (!cache[i])
			continue;
		lib.code_free(cache[i]->code);
		free(cache[i]->text);
		free(cache[i]);
	}
	free(cache);
	cache = NULL;
	ncache = ncache_slots = 0;
	if (match_data)
		lib.match_data_free(match_data);
	match_data = NULL;
}

const char *
re_library_version(void)
{
	static char v[64];

	if (!v[0] && (!lib_load() || lib.config(PCRE2_CONFIG_VERSION, v) < 0))
		memcpy(v, "?", 2);
	return v;
}
