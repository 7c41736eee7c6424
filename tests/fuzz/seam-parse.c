/*
 * seam-parse.c - parse.c itself, compiled here so the harnesses can
 * reset its file-scope state between inputs (dmake reads makefiles once
 * per process and never needs to).  run.sh builds this instead of
 * src/parse.c.  A parse_reset() in src/ would make this file
 * unnecessary (README, "Test seams").
 *
 * Interface (fuzz.h):
 *	fuzz_parse_reset
 */
#include "parse.c"

#include "fuzz.h"

void
fuzz_parse_reset(void)
{
	const char **missing = parse_result.missing;
	struct loc *missing_loc = parse_result.missing_loc;
	bool *missing_optional = parse_result.missing_optional;
	int *missing_err = parse_result.missing_err;
	struct parse_file_rec *files = parse_result.files;

	/* The arrays stay (their capacities are statics too); the
	 * counts go, and with them every arena pointer they held. */
	memset(&parse_result, 0, sizeof(parse_result));
	parse_result.missing = missing;
	parse_result.missing_loc = missing_loc;
	parse_result.missing_optional = missing_optional;
	parse_result.missing_err = missing_err;
	parse_result.files = files;
	nlisted = 0;
	/* special targets left for the second expansion, if the harness
	 * did not reach parse_finish() (their text was in the arena) */
	free(deferred);
	deferred = NULL;
	ndeferred = adeferred = 0;
	applying_deferred = false;
	ninclude_dirs = 0;
	ndata_dirs = 0;
	memset(specials_seen, 0, sizeof(specials_seen));
	/* a diag_fatal() in an $(eval) or right after .POSIX */
	read_scope = &scope_global;
	posix_vars_pending = false;
}
