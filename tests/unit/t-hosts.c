/*
 * t-hosts.c - unit tests of src/hosts.c: splitting on blanks and commas,
 * pdsh ranges (lists, padding, several groups), [user@]host[:port] with
 * IPv6 in and out of brackets, duplicates, the 65536-host guard, and the
 * message of every kind of bad word.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hosts.h"
#include "strbuf.h"
#include "tap.h"
#include "util.h"

/* The words of text joined by single spaces, or "ERR: message". */
static char *
words(const char *text)
{
	struct strbuf sb = STRBUF_INIT, err = STRBUF_INIT;
	struct host_spec *v;
	size_t n, i;

	if (hosts_split(text, &v, &n, &err) < 0) {
		if (v != NULL || n != 0)
			sb_adds(&sb, "(out set on error) ");
		sb_addf(&sb, "ERR: %s", err.buf);
		sb_release(&err);
		return sb_detach(&sb, NULL);
	}
	for (i = 0; i < n; i++)
		sb_addf(&sb, "%s%s", i ? " " : "", v[i].word);
	hosts_free(v, n);
	sb_release(&err);
	return sb_detach(&sb, NULL);
}

/* One word parsed, as "user|name|port" ("-" for no user), or "ERR: ...". */
static char *
spec(const char *text)
{
	struct strbuf sb = STRBUF_INIT, err = STRBUF_INIT;
	struct host_spec *v;
	size_t n;

	if (hosts_split(text, &v, &n, &err) < 0)
		sb_addf(&sb, "ERR: %s", err.buf);
	else if (n != 1)
		sb_addf(&sb, "%zu words", n);
	else
		sb_addf(&sb, "%s|%s|%u", v[0].user ? v[0].user : "-",
		    v[0].name, v[0].port);
	if (v)
		hosts_free(v, n);
	sb_release(&err);
	return sb_detach(&sb, NULL);
}

#define check_words(text, want) do { \
	char *got_ = words(text); \
	check_str(got_, want); \
	free(got_); \
} while (0)

#define check_spec(text, want) do { \
	char *got_ = spec(text); \
	check_str(got_, want); \
	free(got_); \
} while (0)

static void
test_split(void)
{
	check_words("", "");
	check_words(" \t\n ", "");
	check_words(",,", "");
	check_words("a", "a");
	check_words("a b\tc\nd", "a b c d");
	check_words("  a  ,b,,c , d  ", "a b c d");
	check_words("a\r\nb\fc\vd", "a b c d");
	/* Commas in brackets belong to the range. */
	check_words("w[1,3],x", "w1 w3 x");
	check_words("[::1],[::2]:22", "[::1] [::2]:22");
}

static void
test_ranges(void)
{
	check_words("web[1-3]", "web1 web2 web3");
	check_words("web[01-03]", "web01 web02 web03");
	check_words("web[1-10]", "web1 web2 web3 web4 web5 web6 web7 web8 "
	    "web9 web10");
	check_words("web[08-11]", "web08 web09 web10 web11");
	check_words("web[001-2]", "web001 web002");
	check_words("web[9-11]", "web9 web10 web11");
	check_words("web[1-010]x", "web1x web2x web3x web4x web5x web6x "
	    "web7x web8x web9x web10x");
	check_words("web[1,3,5-7]", "web1 web3 web5 web6 web7");
	check_words("web[07]", "web07");
	check_words("web[0]", "web0");
	check_words("[1-2]", "1 2");
	check_words("w[5-5]", "w5");
	check_words("r[1-2]n[1-2]", "r1n1 r1n2 r2n1 r2n2");
	check_words("a[1-2]b[3,4]c[5]d", "a1b3c5d a1b4c5d a2b3c5d a2b4c5d");
	check_words("root@web[1-2]:2222", "root@web1:2222 root@web2:2222");
	check_words("db[1-2].example.com", "db1.example.com db2.example.com");
	/* Textual: user and port ranges happen to work (not promised). */
	check_words("u[1-2]@h", "u1@h u2@h");
	check_words("h:[80,443]", "h:80 h:443");
	/* An IPv6 group is not a range; a range may sit beside it. */
	check_words("u[1-2]@[::1]:22", "u1@[::1]:22 u2@[::1]:22");
	check_words("[::1]:[22,23]", "[::1]:22 [::1]:23");
	/* Huge numbers within bounds, no overflow. */
	check_words("h[999999999999999998-999999999999999999]",
	    "h999999999999999998 h999999999999999999");
}

static void
test_bad_ranges(void)
{
	check_words("web[3-1]", "ERR: bad host range 'web[3-1]'");
	check_words("web[]", "ERR: bad host range 'web[]'");
	check_words("web[a-b]", "ERR: bad host range 'web[a-b]'");
	check_words("web[1-]", "ERR: bad host range 'web[1-]'");
	check_words("web[-1]", "ERR: bad host range 'web[-1]'");
	check_words("web[1--2]", "ERR: bad host range 'web[1--2]'");
	check_words("web[1-2-3]", "ERR: bad host range 'web[1-2-3]'");
	check_words("web[1,]", "ERR: bad host range 'web[1,]'");
	check_words("web[,1]", "ERR: bad host range 'web[,1]'");
	check_words("web[1,,2]", "ERR: bad host range 'web[1,,2]'");
	check_words("web[,]", "ERR: bad host range 'web[,]'");
	check_words("web[-]", "ERR: bad host range 'web[-]'");
	check_words("web[ 1]", "ERR: unterminated '[' in 'web['");
	check_words("web[1-3", "ERR: unterminated '[' in 'web[1-3'");
	check_words("web[1,2 x]", "ERR: unterminated '[' in 'web[1,2'");
	check_words("web]", "ERR: unmatched ']' in 'web]'");
	check_words("a[1]]", "ERR: unmatched ']' in 'a[1]]'");
	check_words("a[[1]]", "ERR: nested '[' in 'a[[1]]'");
	check_words("web[1-2]x[3-1]", "ERR: bad host range 'web[1-2]x[3-1]'");
	/* 19 digits: refused rather than overflowing. */
	check_words("h[1-9999999999999999999]",
	    "ERR: bad host range 'h[1-9999999999999999999]'");
	check_words("h[0000000000000000001]",
	    "ERR: bad host range 'h[0000000000000000001]'");
	/* The bad word is reported even after good ones; nothing is kept. */
	check_words("a b c[2-1]", "ERR: bad host range 'c[2-1]'");
}

static void
test_limit(void)
{
	struct strbuf err = STRBUF_INIT;
	struct host_spec *v;
	size_t n;

	check_int(hosts_split("h[1-65536]", &v, &n, &err), 0);
	check_int(n, 65536);
	check_str(n ? v[n - 1].word : "", "h65536");
	hosts_free(v, n);
	check_words("h[0-65536]",
	    "ERR: too many hosts (over 65536) in 'h[0-65536]'");
	check_words("h[1-999999999999999999]",
	    "ERR: too many hosts (over 65536) in 'h[1-999999999999999999]'");
	/* Groups multiply: 256 * 256 fits, 256 * 257 does not. */
	check_int(hosts_split("a[1-256]b[1-256]", &v, &n, &err), 0);
	check_int(n, 65536);
	hosts_free(v, n);
	check_words("a[1-256]b[0-256]",
	    "ERR: too many hosts (over 65536) in 'a[1-256]b[0-256]'");
	check_words("a[1-65536]b[1-65536]c[1-65536]d[1-65536]",
	    "ERR: too many hosts (over 65536) in "
	    "'a[1-65536]b[1-65536]c[1-65536]d[1-65536]'");
	/* The count is over the whole text, duplicates included. */
	check_words("h[1-40000] g[1-30000]",
	    "ERR: too many hosts (over 65536) in 'g[1-30000]'");
	check_int(hosts_split("h[1-40000] h[1-25536]", &v, &n, &err), 0);
	check_int(n, 40000);
	hosts_free(v, n);
	check_words("h[1-40000] h[1-25537]",
	    "ERR: too many hosts (over 65536) in 'h[1-25537]'");
	check_int(err.len, 0);
	sb_release(&err);
}

static void
test_parse(void)
{
	check_spec("web1", "-|web1|0");
	check_spec("root@web01:2222", "root|web01|2222");
	check_spec("web:22", "-|web|22");
	check_spec("web:022", "-|web|22");
	check_spec("web:65535", "-|web|65535");
	check_spec("web:1", "-|web|1");
	check_spec("a@b@c", "a@b|c|0");
	check_spec("10.0.0.1:22", "-|10.0.0.1|22");
	check_spec("[::1]", "-|::1|0");
	check_spec("[::1]:22", "-|::1|22");
	check_spec("deploy@[2001:db8::1]:2222", "deploy|2001:db8::1|2222");
	check_spec("[fe80::1%eth0]:22", "-|fe80::1%eth0|22");
	check_spec("[::ffff:10.1.2.3]", "-|::ffff:10.1.2.3|0");
	/* Bare IPv6: more than one ':', no port. */
	check_spec("::1", "-|::1|0");
	check_spec("2001:db8::1", "-|2001:db8::1|0");
	check_spec("root@fe80::1", "root|fe80::1|0");
	check_spec("::1:22", "-|::1:22|0");
}

static void
test_bad_words(void)
{
	check_spec("h:99999", "ERR: bad port in 'h:99999'");
	check_spec("h:65536", "ERR: bad port in 'h:65536'");
	check_spec("h:0", "ERR: bad port in 'h:0'");
	check_spec("h:", "ERR: bad port in 'h:'");
	check_spec("h:x", "ERR: bad port in 'h:x'");
	check_spec("h:+22", "ERR: bad port in 'h:+22'");
	check_spec("h:-1", "ERR: bad port in 'h:-1'");
	check_spec("h:22x", "ERR: bad port in 'h:22x'");
	check_spec("h:99999999999999999999999",
	    "ERR: bad port in 'h:99999999999999999999999'");
	check_spec("[::1]:", "ERR: bad port in '[::1]:'");
	check_spec("[::1]:0", "ERR: bad port in '[::1]:0'");
	check_spec("[::1]:70000", "ERR: bad port in '[::1]:70000'");
	check_spec("root@", "ERR: empty host name in 'root@'");
	check_spec("root@:22", "ERR: empty host name in 'root@:22'");
	check_spec(":22", "ERR: empty host name in ':22'");
	check_spec("@h", "ERR: empty user name in '@h'");
	check_spec("@", "ERR: empty user name in '@'");
	check_spec("[::g]", "ERR: bad IPv6 address in '[::g]'");
	check_spec("[:]x", "ERR: bad host word '[:]x'");
	check_spec("[fe80::1%]", "ERR: bad IPv6 address in '[fe80::1%]'");
	check_spec("[fe80::1%a/b]", "ERR: bad IPv6 address in '[fe80::1%a/b]'");
	check_spec("a[::1]", "ERR: bad host word 'a[::1]'");
	check_spec("[::1]x", "ERR: bad host word '[::1]x'");
	check_spec("[::1]@h", "ERR: bad host word '[::1]@h'");
	check_spec("h[a:b]", "ERR: bad host word 'h[a:b]'");
}

static void
test_duplicates(void)
{
	struct strbuf err = STRBUF_INIT;
	struct host_spec *v;
	size_t n;

	check_words("a b a c b", "a b c");
	check_words("web[1-3] web2 web[2-4]", "web1 web2 web3 web4");
	check_words("w[1,1,2]", "w1 w2");
	/* Same host, different words: both kept. */
	check_words("web1 web1:22 root@web1", "web1 web1:22 root@web1");
	check_words("web[1-2] web[01-02]", "web1 web2 web01 web02");

	/* Many distinct words, then all of them again: the hash set. */
	check_int(hosts_split("n[1-5000] n[1-5000]", &v, &n, &err), 0);
	check_int(n, 5000);
	check_str(n ? v[4999].word : "", "n5000");
	hosts_free(v, n);

	/* Fields of a few entries, duplicates gone. */
	check_int(hosts_split("root@a:1, b  root@a:1 [::1]:2", &v, &n, &err),
	    0);
	check_int(n, 3);
	if (n == 3) {
		check_str(v[0].user, "root");
		check_str(v[0].name, "a");
		check_int(v[0].port, 1);
		check(v[1].user == NULL);
		check_str(v[1].name, "b");
		check_int(v[1].port, 0);
		check_str(v[2].word, "[::1]:2");
		check_str(v[2].name, "::1");
		check_int(v[2].port, 2);
	}
	hosts_free(v, n);
	check_int(err.len, 0);
	sb_release(&err);
}

static void
test_api(void)
{
	struct strbuf err = STRBUF_INIT;
	struct host_spec *v = (struct host_spec *)&err;
	size_t n = 99;

	check_int(hosts_split("", &v, &n, &err), 0);
	check_int(n, 0);
	hosts_free(v, n);
	hosts_free(NULL, 0);

	/* An error appends to err and leaves no result. */
	sb_adds(&err, "x: ");
	v = (struct host_spec *)&err;
	n = 99;
	check_int(hosts_split("ok1 ok2 bad:0", &v, &n, &err), -1);
	check(v == NULL);
	check_int(n, 0);
	check_str(err.buf, "x: bad port in 'bad:0'");
	sb_release(&err);
}

int
main(void)
{
	test_split();
	test_ranges();
	test_bad_ranges();
	test_limit();
	test_parse();
	test_bad_words();
	test_duplicates();
	test_api();
	return test_done();
}
