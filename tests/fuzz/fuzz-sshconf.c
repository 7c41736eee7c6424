/*
 * fuzz-sshconf.c - dmake's ssh_config reader: the input is written to
 * ~/.ssh/fuzz.conf in the sandbox (whose home is the sandbox, with a
 * few files for Include to find; "Include fuzz.conf" includes itself)
 * and read for the alias "web1".  Checks the settings are in range,
 * that ProxyJump and ProxyCommand exclude each other, that a failure
 * comes with one message and success with none, and that a second
 * read gives the same.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "sshconf.h"
#include "strbuf.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *path;

static int
read_conf(struct sshconf *c, struct strbuf *err)
{
	int rc;

	sshconf_init(c);
	rc = sshconf_read(path, "web1", c, err);
	if (rc != 0 && rc != -1)
		fuzz_fail("sshconf_read returned %d", rc);
	if (rc == 0 && err->len)
		fuzz_fail("success with a message: %s", err->buf);
	/* (It may end in '.': "missing value for Match conf.") */
	if (rc == -1 && (!err->len || strchr(err->buf, '\n')))
		fuzz_fail("failure with message '%s'", err->buf);
	if (c->strict > SSHCONF_STRICT_ASK ||
	    c->server_alive_interval < -1 || c->server_alive_count_max < -1 ||
	    c->connect_timeout < -1 || c->identities_only < -1 ||
	    c->identities_only > 1 || c->batch_mode < -1 ||
	    c->batch_mode > 1)
		fuzz_fail("a setting out of range");
	if (c->proxy_jump && c->proxy_command)
		fuzz_fail("both ProxyJump and ProxyCommand");
	return rc;
}

static bool
same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_sandbox_init(argc, argv);
	if (asprintf(&path, "%s/.ssh/fuzz.conf", fuzz_sandbox_dir()) < 0)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sshconf a, b;
	struct strbuf ea = STRBUF_INIT, eb = STRBUF_INIT;
	FILE *f = fopen(path, "w");
	int ra, rb;

	if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
		fuzz_fail("cannot write %s", path);
	ra = read_conf(&a, &ea);
	rb = read_conf(&b, &eb);
	if (ra != rb || strcmp(ea.buf, eb.buf) != 0 ||
	    a.strict != b.strict ||
	    a.server_alive_interval != b.server_alive_interval ||
	    a.server_alive_count_max != b.server_alive_count_max ||
	    a.connect_timeout != b.connect_timeout ||
	    a.identities_only != b.identities_only ||
	    a.batch_mode != b.batch_mode ||
	    !same_str(a.user_known_hosts, b.user_known_hosts) ||
	    !same_str(a.proxy_jump, b.proxy_jump) ||
	    a.proxy_command != b.proxy_command)
		fuzz_fail("two reads of the same file differ");
	sshconf_free(&a);
	sshconf_free(&b);
	sb_release(&ea);
	sb_release(&eb);
	return 0;
}
