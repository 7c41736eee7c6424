/*
 * hosts.h - host-list words: the HOSTS part of @remote, @put and @get
 * (DESIGN.md section 2), split, range-expanded and parsed.
 *
 *	struct host_spec *v;
 *	size_t n;
 *	if (hosts_split("root@web[01-03]:2222, [::1]:22", &v, &n, &err) < 0)
 *		return diag_error(loc, "%s", err.buf);
 *	... v[0].word is "root@web01:2222", v[3].name is "::1" ...
 *	hosts_free(v, n);
 *
 * Word grammar, after range expansion:
 *
 *	[user@]host[:port]
 *
 * host is a name, an ssh_config alias or an address; "[addr]" (brackets
 * around something holding a ':') is an IPv6 address, which a ":port"
 * may follow; a bare word with more than one ':' is an IPv6 address
 * without a port.  user is everything before the last '@'.  port is
 * 1..65535.
 *
 * Ranges follow pdsh: a bracket group made of digits, ',' and '-' is a
 * list of numbers and ranges, "web[1,3,5-7]"; the lower bound's width
 * pads every number, so "web[01-10]" gives web01 ... web10 and
 * "web[1-10]" gives web1 ... web10; several groups multiply, leftmost
 * slowest: "r[1-2]n[1-2]" gives r1n1 r1n2 r2n1 r2n2.  Only ranges in the
 * host part are promised: the expansion is textual, so one in the user
 * or port part ("u[1-2]@h", "h:[80,443]") happens to work too, but is
 * neither documented for users nor guaranteed to stay.  Bracket content
 * holding a ':' is an IPv6 address, left alone; any other content is an
 * error.
 */
#ifndef DMAKE_HOSTS_H
#define DMAKE_HOSTS_H

#include <stddef.h>

struct strbuf;

/* Most host words one text may produce, duplicates included: a guard
 * against "h[1-99999999]" and multiplying groups. */
#define HOSTS_MAX 65536

struct host_spec {
	char *word;	/* the word after range expansion, as written:
			 * "root@web01:2222", "[::1]:22", "web1"; it is
			 * $(HOST) and the [prefix] of output lines */
	char *user;	/* "root", or NULL */
	char *name;	/* host name, alias or address; IPv6 without
			 * brackets */
	unsigned port;	/* 0: none given */
};

/*
 * Split text (already expanded by make) into host words and parse them.
 * Words are separated by blanks (space, tab, newline and the other
 * isspace characters) and by commas outside [...]; empty words are
 * skipped.  Each word is range-expanded and parsed as above; a word
 * equal (as a string) to an earlier one is dropped, so the result keeps
 * first-seen order.
 *
 * On success returns 0, sets *out to a malloc'd array that the caller
 * frees with hosts_free(*out, *n), and *n to its length (0 for a text
 * without words; *out may then be NULL).  On a bad word returns -1,
 * sets *out to NULL and *n to 0, and appends one message to err,
 * without a final full stop, naming the word:
 *	"bad host range 'web[3-1]'", "bad port in 'h:99999'",
 *	"empty host name in 'root@'", "empty user name in '@h'",
 *	"unterminated '[' in 'web[1-3'", "unmatched ']' in 'web]'",
 *	"nested '[' in 'a[[1]]'", "bad IPv6 address in '[::g]'",
 *	"bad host word 'a[::1]'",
 *	"too many hosts (over 65536) in 'h[0-99999]'".
 */
int hosts_split(const char *text, struct host_spec **out, size_t *n,
    struct strbuf *err);

/* Free v and its n entries' strings; hosts_free(NULL, 0) is a no-op. */
void hosts_free(struct host_spec *v, size_t n);

#endif
