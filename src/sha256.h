/*
 * sha256.h - SHA-256 (FIPS 180-4), for --checksum: the local side of
 * comparing files with what sha256sum says on a host.
 *
 *	struct sha256 c;
 *	sha256_init(&c);
 *	sha256_update(&c, buf, n);	// as often as needed
 *	sha256_hex(&c, hex);		// 64 lowercase digits and a NUL
 */
#ifndef DMAKE_SHA256_H
#define DMAKE_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t len;		/* bytes hashed */
	unsigned char buf[64];
	size_t nbuf;
};

void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t n);
/* Finish: hex gets the digest in lowercase hex (65 bytes with the NUL);
 * c is spent. */
void sha256_hex(struct sha256 *c, char hex[65]);

/* The digest of the file at path, in hex; -1 with errno on a read
 * error. */
int sha256_file(const char *path, char hex[65]);

#endif
