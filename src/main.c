/*
 * main.c - options, MAKEFLAGS, the flow read -> plan -> run, exit status.
 *
 * Interface: main.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "build.h"
#include "builtin.h"
#include "dbprint.h"
#include "debug.h"
#include "directive.h"
#include "dot.h"
#include "emit.h"
#include "diag.h"
#include "expand.h"
#include "func.h"
#include "graph.h"
#include "job.h"
#include "jobserver.h"
#include "parse.h"
#include "re.h"
#include "remote.h"
#include "rule.h"
#include "session.h"
#include "strbuf.h"
#include "suffix.h"
#include "util.h"
#include "var.h"
#include "xfer.h"

extern char **environ;

/* The variable that holds the --eval strings, as MAKEFLAGS words. */
#define EVAL_FLAGS "-*-eval-flags-*-"

#ifdef __SANITIZE_ADDRESS__
/* Built with --enable-sanitizers.  GCC 12's LeakSanitizer (Debian 12)
 * records wrong bounds for the thread-local blocks of libraries that
 * are dlopen()ed (libssh and what it loads), and its exit-time scan
 * then dies reading one ("Tracer caught signal 11", status 1): seen
 * on every run of tests/remote's quoting-corpus in a build under
 * /check/work/main and on none under /tmp, as the layout of memory
 * moved.  Not tracking those blocks costs only leaks that a dlopen()ed
 * library's own thread-local variables would hide; ASAN_OPTIONS still
 * overrides this. */
const char *__asan_default_options(void);

const char *
__asan_default_options(void)
{
	return "intercept_tls_get_addr=0";
}
#endif

enum opt_id {
	O_ALWAYS_MAKE = 1, O_DIRECTORY, O_DEBUG, O_DEBUG_ALL, O_ENV_OVERRIDES, O_EVAL,
	O_FILE, O_HELP, O_IGNORE, O_INCLUDE, O_JOBS, O_KEEP_GOING, O_LOAD,
	O_CHECK_SYMLINK, O_DRY_RUN, O_OLD_FILE, O_OUTPUT_SYNC, O_PRINT_DB,
	O_QUESTION, O_NO_BUILTIN_RULES, O_NO_BUILTIN_VARS, O_SILENT,
	O_NO_SILENT, O_STOP, O_TOUCH, O_TRACE, O_VERSION, O_PRINT_DIR,
	O_NO_PRINT_DIR, O_NEW_FILE, O_WARN_UNDEF, O_IGNORED, O_JOBSERVER,
	O_JOBSERVER_FDS, O_SYNC_MUTEX,
	/* dmake's own: long options only */
	O_LIMIT, O_FORKS, O_SSH_CONFIG, O_IDENTITY, O_ACCEPT_NEW, O_CTIMEOUT,
	O_LIST, O_GRAPH, O_CHECKSUM, O_EMIT, O_SUMMARY, O_LOG_JSON,
};

enum opt_arg { ARG_NONE, ARG_REQUIRED, ARG_OPTIONAL };

struct optdef {
	char short_name;
	const char *long_name;
	enum opt_arg arg;
	enum opt_id id;
};

/* GNU make 4.3's long options in its getopt table's order (getopt lists
 * an ambiguous prefix's possibilities in it), aliases last; then
 * dmake's own. */
static const struct optdef optdefs[] = {
	{ 'b', NULL, ARG_NONE, O_IGNORED },
	{ 'm', NULL, ARG_NONE, O_IGNORED },
	{ 'd', NULL, ARG_NONE, O_DEBUG_ALL },
	{ 'B', "always-make", ARG_NONE, O_ALWAYS_MAKE },
	{ 'C', "directory", ARG_REQUIRED, O_DIRECTORY },
	{ 0, "debug", ARG_OPTIONAL, O_DEBUG },
	{ 'e', "environment-overrides", ARG_NONE, O_ENV_OVERRIDES },
	{ 'E', "eval", ARG_REQUIRED, O_EVAL },
	{ 'f', "file", ARG_REQUIRED, O_FILE },
	{ 'h', "help", ARG_NONE, O_HELP },
	{ 'i', "ignore-errors", ARG_NONE, O_IGNORE },
	{ 'I', "include-dir", ARG_REQUIRED, O_INCLUDE },
	{ 'n', "just-print", ARG_NONE, O_DRY_RUN },
	{ 'j', "jobs", ARG_OPTIONAL, O_JOBS },
	{ 0, "jobserver-auth", ARG_REQUIRED, O_JOBSERVER },
	{ 'k', "keep-going", ARG_NONE, O_KEEP_GOING },
	{ 'l', "load-average", ARG_OPTIONAL, O_LOAD },
	{ 'L', "check-symlink-times", ARG_NONE, O_CHECK_SYMLINK },
	{ 'o', "old-file", ARG_REQUIRED, O_OLD_FILE },
	{ 'O', "output-sync", ARG_OPTIONAL, O_OUTPUT_SYNC },
	{ 'p', "print-data-base", ARG_NONE, O_PRINT_DB },
	{ 'q', "question", ARG_NONE, O_QUESTION },
	{ 'r', "no-builtin-rules", ARG_NONE, O_NO_BUILTIN_RULES },
	{ 'R', "no-builtin-variables", ARG_NONE, O_NO_BUILTIN_VARS },
	{ 's', "silent", ARG_NONE, O_SILENT },
	{ 'S', "no-keep-going", ARG_NONE, O_STOP },
	{ 't', "touch", ARG_NONE, O_TOUCH },
	{ 0, "trace", ARG_NONE, O_TRACE },
	{ 'v', "version", ARG_NONE, O_VERSION },
	{ 'w', "print-directory", ARG_NONE, O_PRINT_DIR },
	{ 0, "no-print-directory", ARG_NONE, O_NO_PRINT_DIR },
	{ 'W', "what-if", ARG_REQUIRED, O_NEW_FILE },
	{ 0, "warn-undefined-variables", ARG_NONE, O_WARN_UNDEF },
	/* GNU make's (for Windows), taken and not used */
	{ 0, "sync-mutex", ARG_REQUIRED, O_SYNC_MUTEX },
	{ 0, "no-silent", ARG_NONE, O_NO_SILENT },
	{ 0, "jobserver-fds", ARG_REQUIRED, O_JOBSERVER_FDS },
	{ 0, "quiet", ARG_NONE, O_SILENT },
	{ 0, "stop", ARG_NONE, O_STOP },
	{ 0, "new-file", ARG_REQUIRED, O_NEW_FILE },
	{ 0, "assume-new", ARG_REQUIRED, O_NEW_FILE },
	{ 0, "assume-old", ARG_REQUIRED, O_OLD_FILE },
	{ 0, "max-load", ARG_OPTIONAL, O_LOAD },
	{ 0, "dry-run", ARG_NONE, O_DRY_RUN },
	{ 0, "recon", ARG_NONE, O_DRY_RUN },
	{ 0, "makefile", ARG_REQUIRED, O_FILE },
	{ 0, "limit", ARG_REQUIRED, O_LIMIT },
	{ 0, "forks", ARG_REQUIRED, O_FORKS },
	{ 0, "ssh-config", ARG_REQUIRED, O_SSH_CONFIG },
	{ 0, "identity", ARG_REQUIRED, O_IDENTITY },
	{ 0, "accept-new-host-keys", ARG_NONE, O_ACCEPT_NEW },
	{ 0, "connect-timeout", ARG_REQUIRED, O_CTIMEOUT },
	{ 0, "list", ARG_OPTIONAL, O_LIST },
	{ 0, "graph", ARG_OPTIONAL, O_GRAPH },
	{ 0, "checksum", ARG_NONE, O_CHECKSUM },
	{ 0, "emit-makefile", ARG_NONE, O_EMIT },
	{ 0, "summary", ARG_NONE, O_SUMMARY },
	{ 0, "log-json", ARG_REQUIRED, O_LOG_JSON },
};

/* Everything the command line and MAKEFLAGS said. */
struct config {
	struct build_opts build;
	bool env_overrides, no_builtin_rules, no_builtin_vars;
	bool empty_evals;	/* only a makefile's MAKEFLAGS named --eval */
	bool print_dir, no_print_dir, print_db, warn_undef, help, version;
	bool dmake_only;	/* a dmake option that is not built yet */
	bool debug_all;		/* -d */
	bool silent_opt;	/* -s (not .SILENT: no 's' in MAKEFLAGS) */
	unsigned debug_levels;	/* --debug's */
	char **debug;		/* --debug's arguments */
	size_t ndebug, debug_alloc;
	const char *sync;
	char **files;
	size_t nfiles, files_alloc;
	char **goals;
	size_t ngoals, goals_alloc;
	char **evals;
	size_t nevals, evals_alloc;
	char **dirs;
	size_t ndirs, dirs_alloc;
	char **cmdvars;
	size_t ncmdvars, cmdvars_alloc;
	const char **cmdvar_names;	/* per cmdvars[i]: its variable's */
	size_t *cmdvar_at;		/* per cmdvars[i]: goals before it
					 * (SIZE_MAX: not the command line's) */
	size_t cmdvar_at_alloc;
	char **old_files, **new_files;
	size_t nold, old_alloc, nnew, new_alloc;
	const char *jobs_arg;
	const char *load_arg;
	char **kept;		/* option arguments, copied: MAKEFLAGS'
				 * words are freed after reading */
	size_t nkept, kept_alloc;
	const char *unbuilt;	/* name of that dmake option */
	/* deployment */
	const char *limit;
	bool checksum;
	const char *list;	/* --list: "text" or "json" */
	const char *graph;	/* --graph[=TARGET]: "" for the goals */
	bool emit;		/* --emit-makefile */
	bool prints_dir;	/* "Entering directory": -w, or implied */
	const char *jobserver_auth;	/* --jobserver-auth=R,W (MAKEFLAGS) */
	struct session_opts ssh;
	struct remote_opts remote;
};

static void
push(char ***v, size_t *n, size_t *alloc, const char *s)
{
	XGROW(*v, *n + 1, *alloc);
	(*v)[(*n)++] = xstrdup(s);
}

static void
free_strv(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void
usage(FILE *fp)
{
	fprintf(fp,
"Usage: dmake [options] [target] ...\n"
"dmake is a GNU-make-compatible make; a Deployfile may also run recipes\n"
"on remote hosts.  Options:\n"
"  -b, -m                      Ignored for compatibility.\n"
"  -B, --always-make           Unconditionally make all targets.\n"
"  -C DIRECTORY, --directory=DIRECTORY\n"
"                              Change to DIRECTORY before doing anything.\n"
"  -d                          Print debugging information: --debug=a.\n"
"  --debug[=FLAGS]             Print debugging information of the levels\n"
"                              FLAGS (b basic, v verbose, i implicit,\n"
"                              j jobs, m makefiles, a all, n none).\n"
"  -e, --environment-overrides Environment variables override makefiles.\n"
"  -E STRING, --eval=STRING    Evaluate STRING as a makefile statement.\n"
"  -f FILE, --file=FILE, --makefile=FILE\n"
"                              Read FILE as a makefile.\n"
"  -h, --help                  Print this message and exit.\n"
"  -i, --ignore-errors         Ignore errors from recipes.\n"
"  -I DIRECTORY, --include-dir=DIRECTORY\n"
"                              Search DIRECTORY for included makefiles.\n"
"  -j [N], --jobs[=N]          Allow N jobs at once; infinite jobs with no arg.\n");
	fprintf(fp,
"  -k, --keep-going            Keep going when some targets can't be made.\n"
"  -l [N], --load-average[=N], --max-load[=N]\n"
"                              Don't start multiple jobs unless load is below N.\n"
"  -L, --check-symlink-times   Use the latest time of a symlink and its target.\n"
"  -n, --just-print, --dry-run, --recon\n"
"                              Don't actually run any recipe; just print them.\n"
"  -o FILE, --old-file=FILE, --assume-old=FILE\n"
"                              Consider FILE to be very old and don't remake it.\n"
"  -O[TYPE], --output-sync[=TYPE]\n"
"                              Show each recipe's output (TYPE target, the\n"
"                              default), line or recursive make's in one piece;\n"
"                              each remote host's when its command ends.\n"
"  -p, --print-data-base       Print the rules and variables read, as GNU make.\n"
"  -q, --question              Run no recipe; exit status says if up to date.\n"
"  -r, --no-builtin-rules      Disable the built-in implicit rules.\n"
"  -R, --no-builtin-variables  Disable the built-in variable settings.\n"
"  -s, --silent, --quiet       Don't echo recipes.\n"
"  --no-silent                 Echo recipes (disable --silent mode).\n"
"  -S, --no-keep-going, --stop Turns off -k.\n"
"  -t, --touch                 Touch targets instead of remaking them.\n"
"  --trace                     Print why each target is remade, and its recipe.\n"
"  -v, --version               Print the version number of dmake and exit.\n"
"  -w, --print-directory       Print the current directory.\n"
"  --no-print-directory        Turn off -w, even if it was turned on implicitly.\n"
"  -W FILE, --what-if=FILE, --new-file=FILE, --assume-new=FILE\n"
"                              Consider FILE to be infinitely new.\n"
"  --warn-undefined-variables  Warn when an undefined variable is referenced.\n"
"\n"
"Deployment options (long options only):\n"
"  --limit=REGEX               Act only on hosts matching the PCRE2 REGEX.\n"
"  --forks=N                   Run a directive on at most N hosts at once (16).\n"
"  --ssh-config=FILE           Read FILE instead of ~/.ssh/config and\n"
"                              /etc/ssh/ssh_config.\n"
"  --identity=FILE             Try the private key FILE first.\n"
"  --accept-new-host-keys      Trust and record keys of hosts never seen.\n"
"  --connect-timeout=SEC       Give up connecting after SEC seconds\n"
"                              (default: ssh_config's ConnectTimeout, else 10).\n"
"  --summary                   Always print the per-host summary.\n"
"  --log-json=FILE             Write one JSON object per remote step to FILE.\n"
"  --checksum                  Skip transfers by content (SHA-256), not mtime.\n"
"  --list[=json]               List the targets with a '## ' description and the\n"
"                              phony ones, then exit.\n"
"  --graph[=TARGET]            Print the dependency graph of the goals (or of\n"
"                              TARGET) in Graphviz DOT, then exit.\n"
"  --emit-makefile             Print a plain GNU Makefile that runs the directives\n"
"                                with OpenSSH's client; run nothing.\n");
	if (*PACKAGE_BUGREPORT)
		fprintf(fp, "\nReport bugs to <%s>.\n", PACKAGE_BUGREPORT);
}

/* --version; short: the first paragraph only, each line after prefix,
 * as GNU make prints it at the head of -p's database ("# ") and of
 * --debug's output (""). */
static void
version(const char *prefix, bool brief)
{
	printf("%sdmake %s\n"
	    "%sCopyright (C) 2026 the dmake authors.\n"
	    "%sNo license has been chosen yet: the terms of distribution are "
	    "not set.\n"
	    "%sThere is NO WARRANTY, to the extent permitted by law.\n",
	    prefix, PACKAGE_VERSION, prefix, prefix, prefix);
	if (brief)
		return;
	printf("\n"
	    "A make compatible with GNU Make 4.3 that also deploys over SSH;\n"
	    "built with libssh %s and PCRE2 %s.\n",
	    session_library_version(), re_library_version());
}

static void bad_usage(const char *fmt, const char *arg)
	__attribute__((noreturn));

static void
bad_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", progname);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	usage(stderr);
	exit(2);
}

/* Options read from MAKEFLAGS (or GNUMAKEFLAGS) are taken as GNU make
 * takes them: one it does not know, or that lacks its argument, is left
 * out without a word; one with a bad value is named ("the '-j' option
 * requires ...") without the usage, and left out; -C, -f, -o, -W and
 * --help are not read from there at all. */
static bool lenient;

/* The program as invoked, which getopt's messages name. */
static const char *invoked_as = "dmake";
/* A usage error was said: the usage follows once the arguments are
 * read (as GNU make, every bad option is named first). */
static bool usage_bad;

/* A usage error in the arguments, said and false returned: the option
 * is left out; fatal once all arguments are read, but in MAKEFLAGS
 * only said when said is true.  Said (make's own check of a value) is
 * also what names the program as progname; getopt's messages (said
 * false) name it as invoked. */
static bool
usage_error(bool said, const char *fmt, const char *arg)
{
	if (!lenient || said) {
		fprintf(stderr, "%s: ", said ? progname : invoked_as);
		fprintf(stderr, fmt, arg);
		fputc('\n', stderr);
	}
	if (!lenient)
		usage_bad = true;
	return false;
}

/* A whole number from 1 to 1000000, or a usage error. */
static unsigned
positive(const char *arg, const char *opt)
{
	char *end;
	unsigned long v;

	if (!arg)
		bad_usage("%s needs a whole number from 1 to 1000000", opt);
	v = strtoul(arg, &end, 10);
	if (!*arg || *end || *arg == '-' || v < 1 || v > 1000000)
		bad_usage("%s needs a whole number from 1 to 1000000", opt);
	return (unsigned)v;
}

/* A copy of arg that lives as long as c. */
static const char *
keep(struct config *c, const char *arg)
{
	if (!arg)
		return NULL;
	push(&c->kept, &c->nkept, &c->kept_alloc, arg);
	return c->kept[c->nkept - 1];
}

/* A file name from the command line as GNU make takes it: a leading '~'
 * expanded (with the environment's HOME), then without its leading
 * "./"s.  Kept in c. */
static const char *
cmdline_name(struct config *c, const char *arg)
{
	char *t = tilde_expand(arg, strlen(arg), getenv("HOME"));

	if (t && *t) {
		arg = keep(c, t);
	}
	free(t);
	return cmdline_file_name(arg);
}

/* --debug=SPEC: its levels now; the words again in MAKEFLAGS */
static void
add_debug(struct config *c, const char *spec)
{
	const char *bad = NULL;
	size_t i;

	if (!debug_parse(spec, &bad, &c->debug_levels))
		diag_fatal(NULL, "unknown debug level specification '%.*s'",
		    (int)strcspn(bad, ", \t"), bad);
	for (i = 0; i < c->ndebug; i++)
		if (!strcmp(c->debug[i], spec))
			return;
	push(&c->debug, &c->ndebug, &c->debug_alloc, spec);
}

static void
apply_opt(struct config *c, enum opt_id id, const char *arg)
{
	struct build_opts *b = &c->build;

	arg = keep(c, arg);
	/* as GNU make: the names of files and directories without their
	 * leading "./" (in MAKEFLAGS too) */
	if (arg && (id == O_DIRECTORY || id == O_FILE || id == O_INCLUDE ||
	    id == O_OLD_FILE || id == O_NEW_FILE))
		arg = cmdline_name(c, arg);

	switch (id) {
	case O_ALWAYS_MAKE: b->always_make = true; break;
	case O_DIRECTORY: push(&c->dirs, &c->ndirs, &c->dirs_alloc, arg);
		break;
	case O_ENV_OVERRIDES: c->env_overrides = true; break;
	case O_EVAL: push(&c->evals, &c->nevals, &c->evals_alloc, arg); break;
	case O_FILE: push(&c->files, &c->nfiles, &c->files_alloc, arg); break;
	case O_HELP: c->help = true; break;
	case O_IGNORE: b->ignore_errors = true; break;
	case O_INCLUDE: parse_add_include_dir(arg); break;
	case O_JOBS: {
		unsigned long n = arg ? strtoul(arg, NULL, 10) : 0;

		if (arg && (n == 0 || arg[strspn(arg, "0123456789")])) {
			usage_error(true, "the '%s' option requires a positive "
			    "integer argument", "-j");
			break;
		}
		c->jobs_arg = arg ? arg : "";
		b->jobs = (unsigned)n;
		break;
	}
	case O_KEEP_GOING: b->keep_going = true; break;
	case O_LOAD: c->load_arg = arg;
		b->max_load = arg ? strtod(arg, NULL) : 0;
		break;
	case O_DRY_RUN: b->dry_run = true; break;
	case O_OLD_FILE: push(&c->old_files, &c->nold, &c->old_alloc, arg);
		break;
	case O_NEW_FILE: push(&c->new_files, &c->nnew, &c->new_alloc, arg);
		break;
	case O_OUTPUT_SYNC: c->sync = arg ? arg : "target"; break;
	case O_PRINT_DB: c->print_db = true; break;
	case O_QUESTION: b->question = true; break;
	case O_NO_BUILTIN_RULES: c->no_builtin_rules = true; break;
	case O_NO_BUILTIN_VARS: c->no_builtin_vars = true; break;
	case O_SILENT: b->silent = c->silent_opt = true; break;
	case O_NO_SILENT: b->silent = c->silent_opt = false; break;
	case O_STOP: b->keep_going = false; break;
	case O_TOUCH: b->touch = true; break;
	case O_VERSION: c->version = true; break;
	case O_PRINT_DIR: c->print_dir = true; break;
	case O_NO_PRINT_DIR: c->no_print_dir = true; break;
	case O_WARN_UNDEF: c->warn_undef = true; break;
	case O_DEBUG_ALL: c->debug_all = true; break;
	case O_DEBUG:
		add_debug(c, arg ? arg : "basic");
		break;
	case O_CHECK_SYMLINK: graph_check_symlinks = true; break;
	case O_TRACE: b->trace = true; break;
	case O_IGNORED:
		break;
	case O_LIMIT: c->limit = arg; break;
	case O_FORKS: c->remote.forks = positive(arg, "--forks"); break;
	case O_SSH_CONFIG: c->ssh.ssh_config = arg; break;
	case O_IDENTITY: c->ssh.identity = arg; break;
	case O_ACCEPT_NEW: c->ssh.accept_new = true; break;
	case O_CTIMEOUT:
		c->ssh.connect_timeout = positive(arg, "--connect-timeout");
		break;
	case O_SUMMARY: c->remote.summary = true; break;
	case O_CHECKSUM: c->checksum = true; break;
	case O_JOBSERVER: case O_JOBSERVER_FDS:
		c->jobserver_auth = arg;
		break;
	case O_SYNC_MUTEX: break;
	case O_EMIT: c->emit = true; break;
	case O_GRAPH: c->graph = arg ? arg : ""; break;
	case O_LIST:
		if (arg && strcmp(arg, "json") != 0)
			bad_usage("--list takes no argument or 'json', not '%s'",
			    arg);
		c->list = arg ? "json" : "text";
		break;
	case O_LOG_JSON: c->remote.log_json = arg; break;
	default:
		/* dmake's deployment options: parsed, not built yet. */
		if (!c->unbuilt)
			c->unbuilt = "a deployment option";
		c->dmake_only = true;
		break;
	}
}

/* The long option name[0..len) stands for: the one of that name, else
 * the one it is a prefix of (GNU getopt takes unambiguous prefixes).
 * dmake's own options do not make a prefix of GNU make's ambiguous
 * ("--c" is --check-symlink-times, as in GNU make, not --checksum).
 * NULL when none is; *ambiguous then tells whether several were. */
static const struct optdef *
find_long(const char *name, size_t len, bool *ambiguous)
{
	const struct optdef *make = NULL, *own = NULL;
	size_t i, nmake = 0, nown = 0;

	*ambiguous = false;
	for (i = 0; i < countof(optdefs); i++) {
		const char *ln = optdefs[i].long_name;
		bool gnu = optdefs[i].id < O_LIMIT;

		if (!ln || strncmp(ln, name, len) != 0)
			continue;
		if (ln[len] == '\0')
			return &optdefs[i];
		if (gnu && (!make || make->id != optdefs[i].id)) {
			nmake++;
			make = &optdefs[i];
		} else if (!gnu && (!own || own->id != optdefs[i].id)) {
			nown++;
			own = &optdefs[i];
		}
	}
	if (nmake)
		own = NULL;
	else
		nmake = nown;
	if (nmake == 1)
		return make ? make : own;
	*ambiguous = nmake > 1;
	return NULL;
}

/* GNU getopt's "is ambiguous" error, with the long options name[0..len)
 * is a prefix of (GNU make's only, when it is one of theirs). */
static void
ambiguous_opt(const char *arg, const char *name, size_t len)
{
	struct strbuf sb = STRBUF_INIT;
	bool gnu = false;
	size_t i, k;
	char *msg;

	for (i = 0; i < countof(optdefs); i++)
		if (optdefs[i].long_name && optdefs[i].id < O_LIMIT &&
		    !strncmp(optdefs[i].long_name, name, len))
			gnu = true;
	for (i = 0; i < countof(optdefs); i++) {
		const char *ln = optdefs[i].long_name;

		if (!ln || strncmp(ln, name, len) != 0 ||
		    (gnu && optdefs[i].id >= O_LIMIT))
			continue;
		/* one name per option, as getopt lists them */
		for (k = 0; k < i; k++)
			if (optdefs[k].id == optdefs[i].id &&
			    optdefs[k].long_name &&
			    !strncmp(optdefs[k].long_name, name, len))
				break;
		if (k == i)
			sb_addf(&sb, " '--%s'", ln);
	}
	msg = xasprintf("option '%s' is ambiguous; possibilities:%s", arg,
	    sb.buf);
	usage_error(false, "%s", msg);
	free(msg);
	sb_release(&sb);
}

static const struct optdef *
find_short(char ch)
{
	size_t i;

	for (i = 0; i < countof(optdefs); i++)
		if (optdefs[i].short_name == ch)
			return &optdefs[i];
	return NULL;
}

/* GNU make's options that take a string refuse an empty one, naming
 * the option by its letter when it has one. */
static bool
check_nonempty(const struct optdef *o, const char *arg)
{
	const struct optdef *d = NULL;
	char name[64];
	size_t i;

	if (!arg || *arg)
		return true;
	switch (o->id) {
	case O_DIRECTORY: case O_FILE: case O_INCLUDE: case O_OLD_FILE:
	case O_NEW_FILE: case O_EVAL: case O_DEBUG: case O_OUTPUT_SYNC:
	case O_JOBSERVER: case O_JOBSERVER_FDS: case O_SYNC_MUTEX:
		break;
	default:
		return true;
	}
	for (i = 0; i < countof(optdefs); i++)
		if (optdefs[i].id == o->id && (!d || (!d->short_name &&
		    optdefs[i].short_name)))
			d = &optdefs[i];
	if (d->short_name)
		snprintf(name, sizeof(name), "-%c", d->short_name);
	else
		snprintf(name, sizeof(name), "--%s", d->long_name);
	return usage_error(true, "the '%s' option requires a non-empty "
	    "string argument", name);
}

/* Not read from MAKEFLAGS (GNU make's switches without "env"). */
static bool
env_skips(const struct optdef *o)
{
	return lenient && (o->id == O_DIRECTORY || o->id == O_FILE ||
	    o->id == O_OLD_FILE || o->id == O_NEW_FILE || o->id == O_HELP);
}

/* -j's argument may be the next word when it is all digits (even none,
 * and then it is refused); -l's when it starts as a number does. */
static bool
takes_next(const struct optdef *o, const char *next)
{
	if (o->id == O_JOBS)
		return next[strspn(next, "0123456789")] == '\0';
	return o->id == O_LOAD && ((*next >= '0' && *next <= '9') ||
	    *next == '.');
}

/* A long option at argv[*i]; may consume the next argument. */
static void
long_opt(struct config *c, char **argv, int argc, int *i)
{
	const char *s = argv[*i] + 2, *eq = strchr(s, '=');
	size_t len = eq ? (size_t)(eq - s) : strlen(s);
	bool ambiguous;
	const struct optdef *o = find_long(s, len, &ambiguous);
	const char *arg = eq ? eq + 1 : NULL;

	if (!o && ambiguous) {
		ambiguous_opt(argv[*i], s, len);
		return;
	}
	if (!o) {
		usage_error(false, "unrecognized option '%s'", argv[*i]);
		return;
	}
	/* (getopt names the option in full) */
	if (o->arg == ARG_NONE && eq) {
		usage_error(false, "option '--%s' doesn't allow an argument",
		    o->long_name);
		return;
	}
	if (o->arg == ARG_REQUIRED && !arg) {
		if (*i + 1 >= argc) {
			usage_error(false, "option '--%s' requires an "
			    "argument", o->long_name);
			return;
		}
		arg = argv[++*i];
	}
	if (o->arg == ARG_OPTIONAL && !arg && *i + 1 < argc &&
	    takes_next(o, argv[*i + 1]))
		arg = argv[++*i];
	if (!env_skips(o) && check_nonempty(o, arg))
		apply_opt(c, o->id, arg);
}

/* A cluster of short options at argv[*i]. */
static void
short_opts(struct config *c, char **argv, int argc, int *i)
{
	const char *s = argv[*i] + 1;

	for (; *s; s++) {
		const struct optdef *o = find_short(*s);
		const char *arg = NULL;
		char bad[2] = { *s, 0 };

		if (!o) {
			usage_error(false, "invalid option -- '%s'", bad);
			continue;
		}
		if (o->arg == ARG_REQUIRED) {
			if (s[1])
				arg = s + 1;
			else if (*i + 1 < argc)
				arg = argv[++*i];
			else
				usage_error(false, "option requires an "
				    "argument -- '%s'", bad);
			if (arg && !env_skips(o) && check_nonempty(o, arg))
				apply_opt(c, o->id, arg);
			return;
		}
		if (o->arg == ARG_OPTIONAL) {
			if (s[1])
				arg = s + 1;
			else if (*i + 1 < argc && takes_next(o, argv[*i + 1]))
				arg = argv[++*i];
			apply_opt(c, o->id, arg);
			return;
		}
		if (!env_skips(o))
			apply_opt(c, o->id, NULL);
	}
}

/* Options, variable assignments and goals, in any order. */
static void
parse_args(struct config *c, int argc, char **argv, bool from_makeflags,
    bool take_vars)
{
	int i;
	bool dashdash = false;

	if (!from_makeflags && argc > 0)
		invoked_as = argv[0];
	for (i = from_makeflags ? 0 : 1; i < argc; i++) {
		const char *a = argv[i];

		if (!dashdash && !strcmp(a, "--")) {
			dashdash = true;
			continue;
		}
		if (!strcmp(a, "-"))
			continue;	/* as GNU make: nothing, even after -- */
		if (!dashdash && a[0] == '-' && a[1] == '-' && a[2])
			long_opt(c, argv, argc, &i);
		else if (!dashdash && a[0] == '-' && a[1])
			short_opts(c, argv, argc, &i);
		else if (strchr(a, '=')) {
			if (!take_vars)
				continue;
			/* where it stands among the goals, should it be
			 * one ("override A=o" is) */
			XGROW(c->cmdvar_at, c->ncmdvars + 1,
			    c->cmdvar_at_alloc);
			c->cmdvar_at[c->ncmdvars] = from_makeflags ?
			    SIZE_MAX : c->ngoals;
			push(&c->cmdvars, &c->ncmdvars,
			    &c->cmdvars_alloc, a);
		}
		else if (!from_makeflags && !*a) {
			/* as GNU make, before anything (so without the
			 * level) */
			diag_fatal(NULL, "empty string invalid as file name");
		} else if (!from_makeflags)
			push(&c->goals, &c->ngoals, &c->goals_alloc,
			    cmdline_name(c, a));
	}
	if (usage_bad) {
		/* as GNU make: a -v given too has the version first */
		if (c->version)
			version("", false);
		usage(stderr);
		exit(2);
	}
}

/* Split MAKEFLAGS into words: blanks separate, a backslash quotes the
 * next character. */
static void
makeflags_words(const char *s, char ***v, size_t *n, size_t *alloc)
{
	struct strbuf w = STRBUF_INIT;

	for (;;) {
		while (is_blank((unsigned char)*s))
			s++;
		if (!*s)
			break;
		sb_reset(&w);
		while (*s && !is_blank((unsigned char)*s)) {
			if (*s == '\\' && s[1])
				s++;
			sb_addc(&w, *s++);
		}
		push(v, n, alloc, w.buf);
	}
	sb_release(&w);
}

static void
read_makeflags(struct config *c, const char *value, bool take_vars)
{
	char **v = NULL;
	size_t n = 0, alloc = 0;

	if (!value || !*value)
		return;
	makeflags_words(value, &v, &n, &alloc);
	if (n && v[0][0] != '-' && !strchr(v[0], '=')) {
		char *f = xasprintf("-%s", v[0]);

		free(v[0]);
		v[0] = f;
	}
	lenient = true;
	parse_args(c, (int)n, v, true, take_vars);
	lenient = false;
	free_strv(v, n);
}

static void command_vars(struct config *c, size_t from, bool from_makefile);

/* The flags in the variable name (a makefile may have set it), expanded
 * as GNU make reads them back.  Its --eval words were evaluated already
 * (they came from the command line or the environment). */
static void
read_expanded_flags(struct config *c, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	size_t nevals = c->nevals;

	size_t nvars = c->ncmdvars;

	expand_var(&sb, name, strlen(name), &scope_global, NULL);
	read_makeflags(c, sb.buf, true);
	sb_release(&sb);
	if (c->ncmdvars > nvars)
		command_vars(c, nvars, true);
	/* (GNU make then has an empty list of them, which MAKEFLAGS
	 * shows as a space) */
	if (!nevals && c->nevals)
		c->empty_evals = true;
	while (c->nevals > nevals)
		free(c->evals[--c->nevals]);
}

/* MAKEFLAGS (or GNUMAKEFLAGS) from the environment, as GNU make reads
 * it: expanded first, so that "$$" (how GNU make and dmake write a '$'
 * there) is one '$' again.  Returns a string to free, or NULL. */
static char *
env_flags(const char *name)
{
	const char *v = getenv(name);
	char *out, *o, *p;

	if (!v)
		return NULL;
	out = xstrdup(v);
	for (o = p = out; *p; p++) {
		*o++ = *p;
		if (p[0] == '$' && p[1] == '$')
			p++;
	}
	*o = '\0';
	return out;
}

/* s as one MAKEFLAGS word: blanks and backslashes escaped, and with
 * dollars, '$' doubled (GNU make expands MAKEFLAGS when it reads it
 * from the environment: see env_flags) */
static void
add_escaped(struct strbuf *sb, const char *s, bool dollars)
{
	for (; *s; s++) {
		if (is_blank((unsigned char)*s) || *s == '\\')
			sb_addc(sb, '\\');
		else if (*s == '$' && dollars)
			sb_addc(sb, '$');
		sb_addc(sb, *s);
	}
}

/* MAKEFLAGS and MFLAGS as GNU make 4.3 writes them: the options that
 * take a value only once the makefiles are read (all), as GNU make's
 * MAKEFLAGS holds none while it reads them (the Linux kernel's
 * makefiles look for an 'i' in its words: an -I directory's name would
 * be one); the --eval strings through a reference to the variable that
 * holds them; the command line's variables through MAKEOVERRIDES. */
static void
set_makeflags(const struct config *c, bool all)
{
	const struct build_opts *b = &c->build;
	struct strbuf mf = STRBUF_INIT, rest = STRBUF_INIT;
	const char **dirs;
	size_t i, nd = parse_include_dirs(&dirs);
	struct var *v;

	if (b->always_make) sb_addc(&mf, 'B');
	if (c->debug_all) sb_addc(&mf, 'd');
	if (c->env_overrides) sb_addc(&mf, 'e');
	if (b->ignore_errors) sb_addc(&mf, 'i');
	if (b->keep_going) sb_addc(&mf, 'k');
	if (graph_check_symlinks) sb_addc(&mf, 'L');
	if (b->dry_run) sb_addc(&mf, 'n');
	if (c->print_db) sb_addc(&mf, 'p');
	if (b->question) sb_addc(&mf, 'q');
	if (c->no_builtin_rules) sb_addc(&mf, 'r');
	if (c->no_builtin_vars) sb_addc(&mf, 'R');
	if (c->silent_opt) sb_addc(&mf, 's');
	if (b->touch) sb_addc(&mf, 't');
	if (c->prints_dir) sb_addc(&mf, 'w');	/* -w, or implied */
	if (all) {
		for (i = 0; i < nd; i++) {
			sb_adds(&rest, " -I");
			add_escaped(&rest, dirs[i], true);
		}
		if (c->jobs_arg)
			sb_addf(&rest, " -j%s", c->jobs_arg);
		if (c->load_arg)
			sb_addf(&rest, " -l%s", c->load_arg);
		if (c->sync)
			sb_addf(&rest, " -O%s", c->sync);
		for (i = 0; i < c->ndebug; i++)
			sb_addf(&rest, " --debug=%s", c->debug[i]);
		if (jobserver_auth())
			sb_addf(&rest, " --jobserver-auth=%s",
			    jobserver_auth());
	}
	if (b->trace)
		sb_adds(&rest, " --trace");
	if (c->no_print_dir)
		sb_adds(&rest, " --no-print-directory");
	if (c->warn_undef)
		sb_adds(&rest, " --warn-undefined-variables");
	v = varset_set(var_global, "MFLAGS", 6, "", 0, VAR_RECURSIVE,
	    VAR_ORIGIN_ENV, NULL);
	{
		struct strbuf m = STRBUF_INIT;

		if (mf.len)
			sb_addf(&m, "-%s%s", mf.buf, rest.buf);
		else if (rest.len)
			sb_adds(&m, rest.buf + 1);
		var_set_value(v, m.buf, m.len);
		sb_release(&m);
	}
	sb_add(&mf, rest.buf, rest.len);
	if (c->nevals)	/* (empty while they are evaluated, as GNU's) */
		sb_adds(&mf, " $(" EVAL_FLAGS ")");
	else if (c->empty_evals)
		sb_addc(&mf, ' ');
	/* a reference, so that a makefile's "MAKEOVERRIDES =" keeps the
	 * command line's variables from sub-makes, as in GNU make */
	if (all && (v = varset_find(var_global, "MAKEOVERRIDES", 13)) &&
	    v->len)
		sb_adds(&mf, " -- $(MAKEOVERRIDES)");
	/* not over "override MAKEFLAGS = ..." (which GNU make's own
	 * MAKEFLAGS does not beat either), and still unexported after
	 * "unexport MAKEFLAGS" */
	v = varset_find(var_global, "MAKEFLAGS", 9);
	if (!v || v->origin <= VAR_ORIGIN_ENV_OVERRIDE) {
		enum var_export ex = v ? v->export : VAR_EXPORT_YES;

		v = varset_set(var_global, "MAKEFLAGS", 9, mf.buf, mf.len,
		    VAR_RECURSIVE, c->env_overrides ?
		    VAR_ORIGIN_ENV_OVERRIDE : VAR_ORIGIN_FILE, NULL);
		v->export = ex == VAR_EXPORT_NO ? ex : VAR_EXPORT_YES;
	}
	sb_release(&mf);
	sb_release(&rest);
}

static void
set_var(const char *name, const char *value, enum var_flavor flavor,
    enum var_origin origin)
{
	var_define_global(name, value, flavor, origin);
}

/* MAKE_RESTARTS as it came ("-N" when "Entering directory" was said
 * before, as GNU make passes it on): how many times dmake started
 * again, and whether that line was said. */
static long restarts;
/* -B from the command line or the environment */
static bool always_make_at_start;
static bool restarts_entered;
static const char *restarts_text;	/* N, for the variable */

static void
read_make_restarts(void)
{
	const char *r = getenv("MAKE_RESTARTS");

	if (!r)
		return;
	restarts_entered = *r == '-';
	restarts_text = r + restarts_entered;
	restarts = strtol(restarts_text, NULL, 10);
}

static void
import_environment(void)
{
	char **e;

	for (e = environ; *e; e++) {
		const char *eq = strchr(*e, '=');
		struct var *v;

		if (!eq || eq == *e)
			continue;
		/* GNU make never takes SHELL from the environment. */
		if ((size_t)(eq - *e) == 5 && !strncmp(*e, "SHELL", 5))
			continue;
		if ((size_t)(eq - *e) == 13 && !strncmp(*e, "MAKE_RESTARTS",
		    13) && restarts_text) {
			v = varset_set(var_global, *e, 13, restarts_text,
			    strlen(restarts_text), VAR_RECURSIVE,
			    VAR_ORIGIN_ENV, NULL);
			v->export = VAR_EXPORT_NO;	/* not for sub-makes */
			continue;
		}
		v = varset_set(var_global, *e, (size_t)(eq - *e), eq + 1,
		    strlen(eq + 1), VAR_RECURSIVE, VAR_ORIGIN_ENV, NULL);
		v->export = VAR_EXPORT_DEFAULT;
		v->from_env = true;
	}
}

/* .INCLUDE_DIRS, as GNU make makes it when it starts: the -I
 * directories that are directories (without trailing slashes), then
 * its own. */
static void
set_include_dirs_var(void)
{
	struct strbuf sb = STRBUF_INIT;
	const char *const *dirs;
	const char *const *std;
	size_t i, nd = parse_include_path(&dirs);
	size_t ns = parse_std_include_dirs(&std);

	for (i = 0; i < nd; i++) {
		if (sb.len)
			sb_addc(&sb, ' ');
		sb_adds(&sb, dirs[i]);
	}
	for (i = 0; i < ns; i++) {
		if (sb.len)
			sb_addc(&sb, ' ');
		sb_adds(&sb, std[i]);
	}
	set_var(".INCLUDE_DIRS", sb.buf ? sb.buf : "", VAR_RECURSIVE,
	    VAR_ORIGIN_DEFAULT);
	sb_release(&sb);
}

/* $(@D), $(<F) and the rest, in the global set as GNU make defines them
 * (a recipe's automatic level holds their values; these give $(origin)
 * and -p what GNU's give). */
static void
define_auto_forms(void)
{
	static const char autos[] = "@%*<^+?";
	char name[3] = { 0, 0, 0 }, *val;
	const char *a;

	for (a = autos; *a; a++) {
		name[0] = *a;
		name[1] = 'D';
		val = xasprintf("$(patsubst %%/,%%,$(dir $%c))", *a);
		set_var(name, val, VAR_RECURSIVE, VAR_ORIGIN_AUTOMATIC);
		free(val);
		name[1] = 'F';
		val = xasprintf("$(notdir $%c)", *a);
		set_var(name, val, VAR_RECURSIVE, VAR_ORIGIN_AUTOMATIC);
		free(val);
	}
}

/* MAKE_TERMOUT, MAKE_TERMERR: the terminal fd shows on (exported, so
 * that a sub-make whose output is synced through a file still knows),
 * unless the environment set it, as GNU make does. */
static void
set_term_var(const char *name, int fd)
{
	char tty[PATH_MAX] = "";	/* (filled by ttyname_r) */
	const char *val;
	struct var *v;

	if (var_global_raw(name) || !isatty(fd))
		return;
	val = ttyname_r(fd, tty, sizeof(tty)) == 0 ? tty : "true";
	v = varset_set(var_global, name, strlen(name), val, strlen(val),
	    VAR_SIMPLE, VAR_ORIGIN_DEFAULT, NULL);
	v->export = VAR_EXPORT_YES;
}

/* Define the command line's variables from cmdvars[from] on, and say
 * them in MAKEOVERRIDES; an argument that is no assignment after all is
 * a goal.  Those the makefiles' MAKEFLAGS gave (from_makefile) are defined
 * as the command line's too, and not said: GNU make's MAKEOVERRIDES
 * keeps what the command line and the environment gave. */
static void
command_vars(struct config *c, size_t from, bool from_makefile)
{
	const char **names;
	struct strbuf cv = STRBUF_INIT;
	size_t i, added = 0;
	char *goal;

	c->cmdvar_names = xrealloc(c->cmdvar_names,
	    (c->ncmdvars + 1) * sizeof(*c->cmdvar_names));
	names = c->cmdvar_names;
	for (i = from; i < c->ncmdvars; i++) {
		size_t at = c->cmdvar_at[i];

		if ((names[i] = parse_command_var(c->cmdvars[i])) ||
		    from_makefile)
			continue;
		/* a goal after all, in its place among the others */
		push(&c->goals, &c->ngoals, &c->goals_alloc,
		    cmdline_name(c, c->cmdvars[i]));
		if (at == SIZE_MAX)
			continue;
		at += added++;
		goal = c->goals[c->ngoals - 1];
		memmove(c->goals + at + 1, c->goals + at,
		    (c->ngoals - 1 - at) * sizeof(*c->goals));
		c->goals[at] = goal;
	}
	for (i = 0; i < c->ncmdvars && !names[i]; i++)
		;
	/* (none: no MAKEOVERRIDES, as in GNU make) */
	if (i == c->ncmdvars || from_makefile)
		return;
	/* as GNU make passes them on: each variable once, in the reverse
	 * order of first appearance, as NAME=VALUE (NAME:=VALUE when
	 * simple) with the value it has now ("A+=x" is "A=x") */
	for (i = c->ncmdvars; i-- > 0;) {
		const struct var *v;
		size_t k;

		if (!names[i] || !*names[i])
			continue;
		for (k = 0; k < i && (!names[k] || strcmp(names[k], names[i]));
		    k++)
			;
		v = varset_find(var_global, names[i], strlen(names[i]));
		if (k < i || !v)
			continue;	/* given before */
		if (cv.len)
			sb_addc(&cv, ' ');
		add_escaped(&cv, v->name, true);
		sb_adds(&cv, v->flavor == VAR_SIMPLE ? ":=" : "=");
		add_escaped(&cv, v->value, true);
	}
	set_var("-*-command-variables-*-", cv.buf, VAR_SIMPLE,
	    VAR_ORIGIN_AUTOMATIC);
	/* not over "MAKEOVERRIDES=" on the command line */
	if (!varset_find(var_global, "MAKEOVERRIDES", 13))
		set_var("MAKEOVERRIDES", "${-*-command-variables-*-}",
		    VAR_RECURSIVE, VAR_ORIGIN_ENV);
	sb_release(&cv);
}

static void
init_variables(struct config *c, const char *argv0, int level)
{
	char cwd[PATH_MAX], lvl[32];

	var_env_overrides = c->env_overrides;
	var_warn_undefined = c->warn_undef;
	import_environment();
	/* GNU make never takes SHELL from the environment; its origin is
	 * then "file" and its flavor recursive, else "default" and
	 * simple */
	if (getenv("SHELL"))
		set_var("SHELL", "/bin/sh", VAR_RECURSIVE, VAR_ORIGIN_FILE);
	else
		set_var("SHELL", "/bin/sh", VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	set_var(".SHELLFLAGS", "-c", VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	set_var("MAKE", "$(MAKE_COMMAND)", VAR_RECURSIVE, VAR_ORIGIN_DEFAULT);
	set_var("MAKE_COMMAND", argv0, VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	set_var("MAKE_VERSION", "4.3", VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	set_var("MAKE_HOST", "x86_64-pc-linux-gnu", VAR_SIMPLE,
	    VAR_ORIGIN_DEFAULT);
	/* read already; a makefile's assignment is read after the
	 * makefiles, then it is emptied again (see main) */
	set_var("GNUMAKEFLAGS", "", VAR_SIMPLE, VAR_ORIGIN_ENV);
	if (!getenv("MAKEFILES"))
		set_var("MAKEFILES", "", VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	define_auto_forms();
	set_var(".RECIPEPREFIX", "", VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	set_var(".LOADED", "", VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	set_term_var("MAKE_TERMOUT", STDOUT_FILENO);
	set_term_var("MAKE_TERMERR", STDERR_FILENO);
	set_var(".DEFAULT_GOAL", "", VAR_SIMPLE, VAR_ORIGIN_FILE);
	/* its value is made when it is referenced (expand.c) */
	set_var(".VARIABLES", "", VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	set_var(".FEATURES", "target-specific order-only second-expansion "
	    "else-if shortest-stem undefine oneshell nocomment "
	    "grouped-target extra-prereqs jobserver output-sync check-symlink",
	    VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	set_include_dirs_var();
	if (getcwd(cwd, sizeof(cwd)))
		set_var("CURDIR", cwd, VAR_SIMPLE, VAR_ORIGIN_FILE);
	snprintf(lvl, sizeof(lvl), "%d", level);
	set_var("MAKELEVEL", lvl, VAR_SIMPLE, VAR_ORIGIN_ENV);
	expand_makelevel = level;
	if (!c->no_builtin_vars)
		builtin_define_vars();
	set_makeflags(c, false);
	command_vars(c, 0, false);
	if (c->no_builtin_rules)
		set_var("SUFFIXES", "", VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
}

static const char default_suffixes[] =
    ".out .a .ln .o .c .cc .C .cpp .p .f .F .m .r .y .l .ym .yl .s .S "
    ".mod .sym .def .h .info .dvi .tex .texinfo .texi .txinfo .w .ch "
    ".web .sh .elc .el";

static const char *const default_files[] = {
	"Deployfile", "GNUmakefile", "makefile", "Makefile",
};

/* "-f -": standard input, read once and kept (stdin_text), so that a
 * dmake started again after a makefile was remade reads the same text:
 * restart() hands it on in a memory file whose descriptor the new
 * process finds in DMAKE_STDIN_FD (taken out of the environment as soon
 * as dmake starts, so that no recipe sees it). */
static struct strbuf stdin_text = STRBUF_INIT;
static bool stdin_read;
static int stdin_fd = -1;	/* handed on by the dmake before us */

static void
take_stdin_fd(void)
{
	const char *v = getenv("DMAKE_STDIN_FD");

	if (!v)
		return;
	if (restarts > 0)
		stdin_fd = (int)strtol(v, NULL, 10);
	unsetenv("DMAKE_STDIN_FD");
}

/* Hand the text on to the next dmake (see above); nothing when
 * standard input was not read. */
static void
pass_stdin_text(void)
{
	size_t off = 0;
	int fd;

	if (!stdin_read)
		return;
	fd = memfd_create("dmake-stdin", 0);	/* (inherited by exec) */
	if (fd < 0)
		diag_fatal(NULL, "cannot keep the makefile read from standard "
		    "input: %s", strerror(errno));
	while (off < stdin_text.len) {
		ssize_t w = write(fd, stdin_text.buf + off,
		    stdin_text.len - off);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			diag_fatal(NULL, "cannot keep the makefile read from "
			    "standard input: %s", strerror(errno));
		off += (size_t)w;
	}
	{
		char num[32];

		snprintf(num, sizeof(num), "%d", fd);
		if (setenv("DMAKE_STDIN_FD", num, 1) < 0)
			diag_fatal(NULL, "setenv: %s", strerror(errno));
	}
}

static void
read_stdin_makefile(void)
{
	char buf[65536];
	size_t n;
	struct loc loc = { "-", 1 };

	if (stdin_read)		/* (GNU make's words, and its full stops) */
		diag_fatal(NULL, "Makefile from standard input specified "
		    "twice.");
	if (stdin_fd >= 0) {
		ssize_t r;

		if (lseek(stdin_fd, 0, SEEK_SET) < 0)
			diag_fatal(NULL, "-: %s", strerror(errno));
		while ((r = read(stdin_fd, buf, sizeof(buf))) > 0 ||
		    (r < 0 && errno == EINTR))
			if (r > 0)
				sb_add(&stdin_text, buf, (size_t)r);
		close(stdin_fd);
		stdin_fd = -1;
	} else {
		while ((n = fread(buf, 1, sizeof(buf), stdin)) > 0)
			sb_add(&stdin_text, buf, n);
	}
	stdin_read = true;
	parse_add_makefile_list("-");
	parse_eval(stdin_text.buf, stdin_text.len, &loc, false, NULL);
}

static const char *default_file_read;	/* the default makefile read */

/* The MAKEFILES variable (from the environment or the command line),
 * expanded: each word read first as by -include (one that cannot be
 * read is skipped), none of its targets a default goal. */
static void
read_env_makefiles(void)
{
	struct strbuf val = STRBUF_INIT;
	const char *v, *p, *w;
	size_t n;

	expand(&val, "$(MAKEFILES)", 12, &scope_global, NULL);
	v = val.buf;
	parse_no_default_goal = parse_dont_care = true;
	p = v;
	while ((w = next_word(&p, v + strlen(v), &n)) != NULL) {
		char *f = xstrndup(w, n);

		debug_say(DEBUG_VERBOSE, 0, "Reading makefile '%s' (no default "
		    "goal) (search path) (don't care)...", f);
		/* as GNU make: one not found is remade if a rule can, and
		 * its failures are silent */
		if (parse_file_search(f) < 0 && errno == ENOENT)
			parse_missing_makefile(arena_strdup(f));
		free(f);
	}
	parse_no_default_goal = parse_dont_care = false;
	sb_release(&val);
}

static void
read_makefiles(const struct config *c)
{
	size_t i;

	read_env_makefiles();
	for (i = 0; i < c->nfiles; i++) {
		const char *f = c->files[i];

		if (!strcmp(f, "-")) {
			read_stdin_makefile();
			continue;
		}
		debug_say(DEBUG_VERBOSE, 0, "Reading makefile '%s'...", f);
		if (parse_file(f, arena_strdup(f)) < 0) {
			int e = errno;

			if (e == EISDIR)	/* as GNU make */
				diag_fatal(NULL, "%s: %s", f, strerror(e));
			diag_warn(NULL, "%s: %s", f, strerror(e));
			/* as GNU make: remade as a missing include is,
			 * unless no makefile is remade */
			if (e != ENOENT || c->list || c->emit || c->graph)
				diag_fatal(NULL, "No rule to make target '%s'",
				    f);
			parse_missing_makefile(arena_strdup(f));
		}
	}
	if (c->nfiles)
		return;
	for (i = 0; i < countof(default_files); i++) {
		if (access(default_files[i], F_OK) == 0)
			debug_say(DEBUG_VERBOSE, 0, "Reading makefile '%s'...",
			    default_files[i]);
		if (parse_file(default_files[i], default_files[i]) == 0) {
			default_file_read = default_files[i];
			return;
		}
	}
}

/* --list, --graph, --emit-makefile remake no makefile: a missing
 * include is fatal, as GNU make's "no rule" case. */
static void
check_missing_includes(void)
{
	const struct parse_result *pr = &parse_result;
	size_t i;

	for (i = 0; i < pr->nmissing; i++) {
		if (pr->missing_optional[i])
			continue;
		diag_warn(&pr->missing_loc[i], "%s: %s", pr->missing[i],
		    strerror(pr->missing_err[i]));
		diag_fatal(NULL, "No rule to make target '%s'",
		    pr->missing[i]);
	}
}

static int finish(int status);

static bool
any_makefile_read(void)
{
	size_t i;

	for (i = 0; i < parse_result.nfiles; i++)
		if (!parse_result.files[i].missing)
			return true;
	return stdin_read;	/* (even empty) */
}

/* ---- remaking makefiles (GNU make manual, "How Makefiles Are
 * Remade") ---- */

struct makefile {
	struct node *node;
	const struct parse_file_rec *rec;
	struct timespec mtime;		/* before: 0 when missing */
	bool said;			/* its "No such file" */
};

static struct makefile *makefiles;	/* while they are remade */
static size_t nmakefiles;

static bool
file_mtime(const char *name, struct timespec *ts)
{
	struct stat st;

	if (stat(name, &st) < 0) {
		ts->tv_sec = ts->tv_nsec = 0;
		return false;
	}
	*ts = st.st_mtim;
	return true;
}

/* Makefile n is read from standard input, or is a double-colon target
 * without prerequisites (it would be remade every time). */
static bool
might_loop(const struct node *n)
{
	const struct rule *r;

	if (!strcmp(n->name, "-"))
		return true;
	if (n->flags & NODE_DOUBLE_COLON)
		for (r = n->rules; r; r = r->next)
			if (!r->deps && !r->order_only && !r->sx)
				return true;
	return false;
}

/* The "No such file or directory" of a missing include comes when its
 * remaking failed, before the failure's own message (GNU make's
 * order); for one that no rule makes, before "No rule to make target". */
static void
missing_include_note(const struct node *n)
{
	size_t i;

	for (i = 0; i < nmakefiles; i++)
		if (makefiles[i].node == n && makefiles[i].rec->missing &&
		    !makefiles[i].rec->optional && !makefiles[i].rec->named &&
		    !makefiles[i].said) {
			makefiles[i].said = true;
			diag_warn(&makefiles[i].rec->loc, "%s: %s",
			    n->name, strerror(makefiles[i].rec->err));
		}
}

static bool dir_entered;	/* "Entering directory" said */

/* Run this dmake again from the start, in the directory it started in,
 * with MAKE_RESTARTS one more. */
static void __attribute__((noreturn))
restart(const struct config *c, char **argv, const char *start)
{
	long k = restarts;
	char num[32];
	int e;

	if (k < 0 || k >= 100)
		diag_fatal(NULL, "makefiles remade %ld times: giving up", k);
	snprintf(num, sizeof(num), "%s%ld", dir_entered ? "-" : "", k + 1);
	if (setenv("MAKE_RESTARTS", num, 1) < 0)
		diag_fatal(NULL, "setenv: %s", strerror(errno));
	if (debug_on(DEBUG_BASIC)) {
		int i;

		printf("Re-executing[%ld]:", k + 1);
		for (i = 0; argv[i]; i++)
			printf(" %s", argv[i]);
		putchar('\n');
	}
	pass_stdin_text();
	fflush(stdout);
	fflush(stderr);
	graph_prefetch_halt();
	if (c->ndirs && start && chdir(start) < 0) {
		e = errno;
		diag_fatal(NULL, "%s: %s", start, strerror(e));
	}
	execv("/proc/self/exe", argv);
	execvp(argv[0], argv);
	e = errno;
	diag_fatal(NULL, "cannot run %s again: %s", argv[0], strerror(e));
}

/* Is n a goal named on the command line? */
static bool
is_cmd_goal(const struct config *c, const struct node *n)
{
	size_t i;

	for (i = 0; i < c->ngoals; i++) {
		const char *g = c->goals[i];
		size_t len = strlen(g);

		strip_dot_slash(&g, &len);
		if (strlen(n->name) == len && !memcmp(n->name, g, len))
			return true;
	}
	return false;
}

/* -p: the database when dmake ends, also by a fatal error. */
static const struct config *db_config;
/* After the makefiles' update, until the goals': what a fatal error
 * removes, as GNU make's die() removes intermediate files. */
static const struct build_opts *fatal_rm_opts;
/* A fatal error's end: those removed, and -p's database. */
static void main_fatal_hook(void);

/* Update the makefiles nodes[0..nn) in order, as GNU make does while it
 * remakes them: -n, -t and -q apply to the walk of one that is also a
 * goal on the command line (and to what that walk reaches), the others
 * are made for real; MAKEFLAGS says none of n, t, q meanwhile.  -q's
 * "out of date" counts as nothing done here (the goals' walk says it).
 * Returns build_goals()'s status, 0 for that. */
static int
update_makefiles(const struct config *c, struct node **nodes,
    const bool *dontcare, size_t nn, struct build_opts *o)
{
	struct config quiet = *c;
	size_t i = 0, j;
	int status = 0;

	quiet.build.dry_run = quiet.build.touch = quiet.build.question = false;
	set_makeflags(&quiet, true);
	while (i < nn) {
		bool goal = is_cmd_goal(c, nodes[i]);
		int st;

		for (j = i + 1; j < nn && is_cmd_goal(c, nodes[j]) == goal; j++)
			;
		o->dry_run = goal && c->build.dry_run;
		o->touch = goal && c->build.touch;
		o->question = goal && c->build.question;
		o->dontcare = dontcare + i;
		st = build_goals(nodes + i, j - i, o);
		if (st == 1 && o->question)
			st = 0;
		if (st > status)
			status = st;
		if (st != 0 && !c->build.keep_going)
			break;
		i = j;
	}
	set_makeflags(c, true);
	return status;
}

/* Update every makefile read (and every include not found) as a goal,
 * the last read first, before the real goals, with -n, -q and -t set
 * aside (GNU make runs those recipes anyway).  When one changed, run
 * dmake again from the start, as GNU make re-executes itself, with
 * MAKE_RESTARTS counting.  A makefile whose remaking failed ends the
 * run (status 2); under -k it is named ("Failed to remake makefile")
 * and the goals are still made: the return value is then true, and
 * the run's status 2 (unless a makefile changed: dmake starts again,
 * and the new run's status is what counts, as in GNU make). */
static bool
remake_makefiles(const struct config *c, char **argv, const char *start)
{
	const struct parse_result *pr = &parse_result;
	struct node **nodes;
	size_t nn = 0, i, k;
	struct build_opts o = c->build;
	bool remade = false, failed = false, *dontcare;
	unsigned saved_levels = debug_levels;
	int status;

	if (pr->nfiles)
		debug_say(DEBUG_BASIC, 0, "Updating makefiles....");
	makefiles = xcalloc(pr->nfiles + 1, sizeof(*makefiles));
	nmakefiles = 0;
	nodes = xcalloc(pr->nfiles + 1, sizeof(*nodes));
	dontcare = xcalloc(pr->nfiles + 1, sizeof(*dontcare));
	for (i = pr->nfiles; i-- > 0;) {
		const struct parse_file_rec *rec = &pr->files[i];
		struct makefile *m = &makefiles[nmakefiles];

		m->node = graph_node(rec->name, strlen(rec->name));
		for (k = 0; k < nmakefiles; k++)
			if (makefiles[k].node == m->node)
				break;
		if (k < nmakefiles)
			continue;
		m->rec = rec;
		/* as GNU make: why it could not be read was said, and
		 * is not said again as a stat() failure */
		if (rec->missing && rec->err != ENOENT)
			graph_stat_seed(m->node, NULL);
		file_mtime(rec->name, &m->mtime);
		nmakefiles++;
		/* as GNU make, which takes their times without the VPATH
		 * search before it remakes them, and keeps them: a missing
		 * one is never found through VPATH, in the goals' walk
		 * too */
		if (!might_loop(m->node))
			build_no_vpath(m->node);
		if (might_loop(m->node))
			continue;
		dontcare[nn] = rec->optional;
		nodes[nn++] = m->node;
	}
	if (nn) {
		/* -B remakes the makefiles once, not again after the
		 * restart that brings, and not for a makefile's -B (as
		 * GNU make); -W's files are new for them only before the
		 * first restart too (fill_build_opts(): else each run
		 * would remake them) */
		o.always_make = always_make_at_start && restarts == 0;
		o.makefiles = true;
		o.before_error = missing_include_note;
		/* as GNU make: their debugging output only with --debug=m */
		if (!debug_on(DEBUG_MAKEFILES))
			debug_levels = 0;
		status = update_makefiles(c, nodes, dontcare, nn, &o);
		debug_levels = saved_levels;
		if (status != 0 && !c->build.keep_going) {
			free(nodes);
			free(dontcare);
			/* as a fatal error: intermediate files removed (with
			 * -n, -t, -q as they were for the makefile updated
			 * last, as GNU make's die() finds its flags), and
			 * -p's database */
			fatal_rm_opts = &o;
			main_fatal_hook();
			exit(finish(2));
		}
		for (i = 0; i < nmakefiles; i++) {
			const struct makefile *m = &makefiles[i];
			struct timespec now;
			/* a phony one is never read again, as GNU make
			 * (whose time for it is "none" before and after) */
			bool exists = file_mtime(m->node->name, &now) &&
			    !(m->node->flags & NODE_PHONY);

			if (m->node->state == NODE_FAILED && m->rec->optional) {
				/* as GNU make: it stays as it was, or
				 * unread, and nothing is said */
			} else if (m->node->state == NODE_FAILED) {
				diag_warn(NULL, "Failed to remake makefile '%s'.",
				    m->node->name);
				failed = true;
				/* (-k) its recipe may have changed it
				 * before it failed: read again too */
				if (exists && (m->rec->missing ||
				    now.tv_sec != m->mtime.tv_sec ||
				    now.tv_nsec != m->mtime.tv_nsec))
					remade = true;
			} else if (m->node->changed && exists &&
			    (m->rec->missing || now.tv_sec != m->mtime.tv_sec ||
			    now.tv_nsec != m->mtime.tv_nsec)) {
				remade = true;	/* its recipe ran and made it */
			}
		}
		if (status != 0)
			failed = true;
	}
	free(nodes);
	free(dontcare);
	free(makefiles);
	makefiles = NULL;
	nmakefiles = 0;
	/* as GNU make: any makefile changed, even when another failed
	 * (under -k), and dmake starts again (where the failed one is
	 * remade again).  The intermediate files the makefiles' update
	 * made are removed first; else they stay until the goals are
	 * made, as GNU make removes them before it re-executes or exits */
	if (remade) {
		build_remove_intermediates(&c->build, 0);
		restart(c, argv, start);
	}
	return failed;
}

static void
set_goals_var(const struct config *c)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	if (!c->ngoals)
		return;		/* GNU make leaves it undefined */
	for (i = 0; i < c->ngoals; i++) {
		if (i)
			sb_addc(&sb, ' ');
		sb_adds(&sb, c->goals[i]);
	}
	set_var("MAKECMDGOALS", sb.buf, VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	sb_release(&sb);
}

static void
eval_hook(const char *text, size_t len, const struct loc *loc,
    const struct scope *sc)
{
	parse_eval(text, len, loc, true, sc);
}

static void
recipe_hook(const struct loc *first_line)
{
	parse_in_recipe = first_line;
}

static struct node **
resolve_files(char **names, size_t n)
{
	struct node **v = xcalloc(n + 1, sizeof(*v));
	size_t i;

	for (i = 0; i < n; i++) {
		const char *name = names[i];
		size_t len = strlen(name);

		strip_dot_slash(&name, &len);
		v[i] = graph_node(name, len);
		/* as GNU make, which enters them: files it knows of */
		v[i]->flags |= NODE_MENTIONED;
	}
	return v;
}

static void print_dir(const char *what);

/* -O line or target under -j: the lines go around each job's output
 * (GNU make syncs nothing under -j1). */
static bool
dir_per_job(const struct config *c)
{
	return c->sync && (!strcmp(c->sync, "line") ||
	    !strcmp(c->sync, "target")) && c->build.jobs != 1;
}

/* -O's type, or fatal. */
static int
sync_mode(const struct config *c)
{
	if (c->sync && !strcmp(c->sync, "line"))
		return OSYNC_LINE;
	if (c->sync && !strcmp(c->sync, "target"))
		return OSYNC_TARGET;
	if (c->sync && !strcmp(c->sync, "recurse"))
		return OSYNC_RECURSE;
	if (c->sync && strcmp(c->sync, "none"))
		diag_fatal(NULL, "unknown output-sync type '%s'", c->sync);
	return OSYNC_NONE;
}

static void
fill_build_opts(struct config *c)
{
	struct build_opts *b = &c->build;
	const struct parse_result *pr = &parse_result;

	b->output_sync = sync_mode(c);
	b->say_dir = c->prints_dir && dir_per_job(c) ? print_dir : NULL;
	b->oneshell = pr->oneshell;
	b->posix = pr->posix;
	b->delete_on_error = pr->delete_on_error;
	b->not_parallel = pr->not_parallel;
	b->export_all = pr->export_all;
	b->second_expansion = pr->second_expansion;
	if (pr->silent_all)
		b->silent = true;
	if (pr->secondary_all) {
		struct node *n;

		b->all_secondary = true;
		for (n = graph_first(); n; n = n->all_next)
			n->flags |= NODE_SECONDARY;
	}
	if (pr->ignore_all)
		b->ignore_errors = true;
	b->old_files = resolve_files(c->old_files, c->nold);
	b->nold_files = c->nold;
	/* as GNU make: after a restart, -W's files are known only once
	 * the makefiles are updated (they are nothing to an implicit
	 * rule's search for a makefile) */
	if (restarts == 0) {
		b->new_files = resolve_files(c->new_files, c->nnew);
		b->nnew_files = c->nnew;
	}
}

/* The goals: the command line's, or the default goal. */
static struct node **
goal_nodes(const struct config *c, size_t *n)
{
	struct node **v;
	size_t i;

	if (c->ngoals) {
		v = xcalloc(c->ngoals, sizeof(*v));
		for (i = 0; i < c->ngoals; i++) {
			const char *g = c->goals[i];
			size_t len = strlen(g);

			strip_dot_slash(&g, &len);
			v[i] = graph_node(g, len);
		}
		*n = c->ngoals;
		return v;
	}
	{
		struct strbuf dg = STRBUF_INIT;
		const struct var *dv = var_lookup(&scope_global,
		    ".DEFAULT_GOAL", 13, NULL);
		const char *p, *w;
		size_t len;

		/* (a simple value is the name: the reader's "foo$bar"
		 * names foo$bar) */
		if (dv && dv->flavor == VAR_RECURSIVE)
			expand(&dg, dv->value, dv->len, &scope_global, NULL);
		else if (dv)
			sb_add(&dg, dv->value, dv->len);
		const struct node *first = parse_result.first_target;
		char *scratch = NULL;
		size_t more;

		v = xcalloc(1, sizeof(*v));
		if (first && !strcmp(dg.buf, first->name)) {
			/* the first target's name, as the reader set it */
			v[0] = graph_node(dg.buf, dg.len);
			sb_release(&dg);
			*n = 1;
			return v;
		}
		p = dg.buf;
		w = next_name(&p, dg.buf + dg.len, &len);
		if (!w) {
			free(v);
			sb_release(&dg);
			*n = 0;
			return NULL;
		}
		if (next_name(&p, dg.buf + dg.len, &more))
			diag_fatal(NULL, ".DEFAULT_GOAL contains more than one "
			    "target");
		w = name_unescape(w, &len, dg.buf + dg.len, &scratch);
		v[0] = graph_node(w, len);
		free(scratch);
		sb_release(&dg);
		*n = 1;
		return v;
	}
}

static const char *left_dir;	/* said "Entering" of it before -C */

static void
leave_start_dir(void)
{
	printf("%s: Leaving directory '%s'\n", progname, left_dir);
}

/* -C's directories, in order, from start.  One that cannot be entered
 * is fatal; under -w GNU make says it in the directory it started in. */
static void
change_directories(const struct config *c, const char *start)
{
	size_t i;
	bool lines = c->print_dir && !c->no_print_dir && !c->emit &&
	    !c->list && !c->graph && start;

	for (i = 0; i < c->ndirs; i++) {
		if (chdir(c->dirs[i]) < 0) {
			int e = errno;

			if (lines) {
				printf("%s: Entering directory '%s'\n",
				    progname, start);
				fflush(stdout);
				left_dir = start;
				atexit(leave_start_dir);
			}
			diag_fatal(NULL, "%s: %s", c->dirs[i], strerror(e));
		}
	}
}

static void
print_dir(const char *what)
{
	char cwd[PATH_MAX];

	if (getcwd(cwd, sizeof(cwd)))
		printf("%s: %s directory '%s'\n", progname, what, cwd);
	fflush(stdout);
}

/* "Entering directory" is said before dmake's first output
 * (diag_output_hook), and then "Leaving directory" when it exits,
 * however it exits: GNU make says neither when it has nothing to say. */
static const struct config *dir_cfg;

static void
leave_dir(void)
{
	if (dir_entered)
		print_dir("Leaving");
	dir_entered = false;
}

/* -O line or target: what dmake says while it reads the makefiles
 * gets a pair of directory lines of its own, as GNU make holds it and
 * shows it with its own "Entering" and "Leaving" lines before any job
 * (with -j or without). */
static bool parse_pair;

static void
enter_dir(void)
{
	if (dir_per_job(dir_cfg) && !parse_pair)
		return;
	diag_output_hook = NULL;
	if (dir_entered)
		return;
	print_dir("Entering");
	dir_entered = true;
	atexit(leave_dir);
}

/* The parent's jobserver, left once our own is made (a -j given to
 * this sub-make: GNU make's order, seen in the descriptors that
 * MAKEFLAGS passes on). */
static const char *close_parent;

/* -j once the makefiles are read: the command line's, else the one
 * they set (MAKEFLAGS += -jN), else the environment's.  A sub-make
 * that was given a jobserver and has a -j of its own leaves it for one
 * of its own, as GNU make does. */
static void
set_jobs(struct config *c, const char *argv_jobs, unsigned argv_njobs,
    const char *env_jobs, unsigned env_njobs)
{
	const char *mk_jobs = c->jobs_arg;

	if (argv_jobs) {
		c->jobs_arg = argv_jobs;
		c->build.jobs = argv_njobs;
	} else if (!mk_jobs) {
		c->jobs_arg = env_jobs;
		c->build.jobs = env_njobs;
	}
	if (!c->jobserver_auth || (!argv_jobs && !mk_jobs) || c->list ||
	    c->emit || c->graph)
		return;
	if (!restarts)
		diag_warning(NULL, "-j%u forced in %s: resetting jobserver "
		    "mode.", c->build.jobs, argv_jobs ? "submake" : "makefile");
	if (argv_jobs)
		close_parent = c->jobserver_auth;
	else
		jobserver_close_parent(c->jobserver_auth);
	c->jobserver_auth = NULL;
}

/* The makefiles are read: the pair of lines around what that said is
 * closed, and the next output says "Entering" again (or each job's
 * does, under -j). */
static void
end_parse_pair(void)
{
	if (!parse_pair)
		return;
	parse_pair = false;
	if (dir_entered) {
		print_dir("Leaving");
		dir_entered = false;
		diag_output_hook = enter_dir;
	}
}

static void
start_dir_lines(const struct config *c)
{
	dir_cfg = c;
	diag_output_hook = enter_dir;
	parse_pair = c->sync && (!strcmp(c->sync, "line") ||
	    !strcmp(c->sync, "target")) && !restarts_entered;
	/* said before dmake started again: not again, but Leaving at the
	 * end */
	if (restarts_entered && !dir_per_job(c)) {
		diag_output_hook = NULL;
		dir_entered = true;
		atexit(leave_dir);
	}
}

static void
free_config(struct config *c)
{
	free_strv(c->files, c->nfiles);
	free_strv(c->goals, c->ngoals);
	free_strv(c->evals, c->nevals);
	free_strv(c->dirs, c->ndirs);
	free_strv(c->cmdvars, c->ncmdvars);
	free(c->cmdvar_names);
	free(c->cmdvar_at);
	free_strv(c->old_files, c->nold);
	free_strv(c->new_files, c->nnew);
	free_strv(c->kept, c->nkept);
	free_strv(c->debug, c->ndebug);
	free(c->build.old_files);
	free(c->build.new_files);
}

/* Target- and pattern-specific variable sets live until exit. */
static void
free_node_vars(void)
{
	struct node *n;
	struct pattern_var *pv;

	for (n = graph_first(); n; n = n->all_next) {
		if (n->more) {
			varset_free(n->more->vars);
			n->more->vars = NULL;
			varset_free(n->more->pat_vars);
			n->more->pat_vars = NULL;
		}
	}
	for (pv = graph_pattern_vars; pv; pv = pv->next) {
		varset_free(pv->vars);
		pv->vars = NULL;
	}
}

/* "include dmake/deploy.mk" works without -I: the installed data
 * directory ($(datadir)), then, for a binary that is not installed,
 * share/ beside the directory it is in (SRCDIR/src/dmake finds
 * SRCDIR/share; a VPATH build copies share/ into its build tree). */
static void
add_data_dirs(void)
{
	char exe[4096], *slash;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 16);

	parse_add_data_dir(DMAKE_SHAREDIR);
	if (n <= 0)
		return;
	exe[n] = '\0';
	if (!(slash = strrchr(exe, '/')))
		return;
	*slash = '\0';
	if (!(slash = strrchr(exe, '/')))
		return;
	memcpy(slash, "/share", sizeof("/share"));	/* 16 bytes kept */
	if (access(exe, F_OK) == 0)
		parse_add_data_dir(exe);
}

/* --list: the targets with a "## " description and the phony ones, in
 * file order, as fab --list shows tasks; --list=json for scripts. */
static void
list_targets(bool json)
{
	const struct parse_target *t;
	size_t n = parse_targets(&t), i, width = 0;
	bool first = true;

	for (i = 0; i < n; i++)
		if ((t[i].doc || (t[i].node->flags & NODE_PHONY)) &&
		    strlen(t[i].node->name) > width)
			width = strlen(t[i].node->name);
	if (!json)
		printf("Available targets:\n\n");
	else
		putchar('[');
	for (i = 0; i < n; i++) {
		const char *d = t[i].doc ? t[i].doc : "";

		if (!t[i].doc && !(t[i].node->flags & NODE_PHONY))
			continue;
		if (!json) {
			printf("  %-*s%s%s\n", (int)width, t[i].node->name,
			    *d ? "    " : "", d);
			continue;
		}
		printf("%s\n  {\"name\": ", first ? "" : ",");
		json_fputs(t[i].node->name, stdout);
		printf(", \"description\": ");
		json_fputs(d, stdout);
		printf(", \"file\": ");
		json_fputs(t[i].node->loc.file, stdout);
		printf(", \"line\": %lu, \"phony\": %s}", t[i].node->loc.line,
		    t[i].node->flags & NODE_PHONY ? "true" : "false");
		first = false;
	}
	if (json)
		printf("%s]\n", first ? "" : "\n");
}

/* DMAKEFLAGS: the deployment options a recursive dmake inherits, as
 * MAKEFLAGS carries make's; a separate variable, because GNU make would
 * reject dmake's options in MAKEFLAGS.  Only "--" words are read. */
static void
read_dmakeflags(struct config *c)
{
	const char *s = getenv("DMAKEFLAGS");
	char **v = NULL, **opts;
	size_t n = 0, alloc = 0, i, k = 0;

	if (!s || !*s)
		return;
	makeflags_words(s, &v, &n, &alloc);
	opts = xcalloc(n + 1, sizeof(*opts));
	for (i = 0; i < n; i++)
		if (!strncmp(v[i], "--", 2) && v[i][2])
			opts[k++] = v[i];
	parse_args(c, (int)k, opts, true, false);
	free(opts);
	free_strv(v, n);
}

static void
add_dmakeflag(struct strbuf *sb, const char *opt, const char *val)
{
	if (sb->len)
		sb_addc(sb, ' ');
	sb_adds(sb, opt);
	if (val) {
		sb_addc(sb, '=');
		add_escaped(sb, val, false);
	}
}

/* A path as seen from anywhere (a sub-make may run in another
 * directory): absolute, malloc'd. */
static char *
abs_path(const char *p)
{
	char *r = realpath(p, NULL);

	return r ? r : xstrdup(p);
}

static void
set_dmakeflags(const struct config *c)
{
	struct strbuf sb = STRBUF_INIT;
	char num[32], *p;
	struct var *v;

	if (c->ssh.ssh_config) {
		add_dmakeflag(&sb, "--ssh-config",
		    (p = abs_path(c->ssh.ssh_config)));
		free(p);
	}
	if (c->ssh.identity) {
		add_dmakeflag(&sb, "--identity", (p = abs_path(c->ssh.identity)));
		free(p);
	}
	if (c->ssh.accept_new)
		add_dmakeflag(&sb, "--accept-new-host-keys", NULL);
	if (c->ssh.connect_timeout > 0) {
		snprintf(num, sizeof(num), "%ld", c->ssh.connect_timeout);
		add_dmakeflag(&sb, "--connect-timeout", num);
	}
	if (c->remote.forks) {
		snprintf(num, sizeof(num), "%u", c->remote.forks);
		add_dmakeflag(&sb, "--forks", num);
	}
	if (c->limit)
		add_dmakeflag(&sb, "--limit", c->limit);
	if (c->checksum)
		add_dmakeflag(&sb, "--checksum", NULL);
	if (sb.len) {
		v = varset_set(var_global, "DMAKEFLAGS", 10, sb.buf, sb.len,
		    VAR_SIMPLE, VAR_ORIGIN_FILE, NULL);
		v->export = VAR_EXPORT_YES;
	}
	sb_release(&sb);
}

/* Hand the deployment options to the modules that use them. */
static void
configure_remote(struct config *c)
{
	if (c->ssh.ssh_config && access(c->ssh.ssh_config, R_OK) < 0) {
		int e = errno;

		diag_fatal(NULL, "--ssh-config: %s: %s", c->ssh.ssh_config,
		    strerror(e));
	}
	if (c->ssh.identity && access(c->ssh.identity, R_OK) < 0) {
		int e = errno;

		diag_fatal(NULL, "--identity: %s: %s", c->ssh.identity,
		    strerror(e));
	}
	session_configure(&c->ssh);
	c->remote.output_sync = c->sync && strcmp(c->sync, "none") != 0;
	remote_configure(&c->remote);
	directive_set_limit(c->limit);
	xfer_set_checksum(c->checksum);
}

static void
main_fatal_hook(void)
{
	if (fatal_rm_opts)
		build_remove_intermediates(fatal_rm_opts, 0);
	if (!db_config)
		return;
	fflush(stdout);
	db_print(stdout, db_config->goals, db_config->ngoals,
	    db_config->no_builtin_rules);
}

/* --emit-makefile: the makefiles read, translated, on stdout. */
static void
emit(const struct config *c)
{
	struct emit_opts o;

	memset(&o, 0, sizeof(o));
	o.ssh_config = c->ssh.ssh_config;
	o.identity = c->ssh.identity;
	o.accept_new = c->ssh.accept_new;
	o.connect_timeout = c->ssh.connect_timeout;
	o.forks = c->remote.forks;
	o.limit = c->limit;
	o.program = progname;
	if (c->nfiles)
		emit_makefile((const char *const *)c->files, c->nfiles,
		    (const char *const *)c->evals, c->nevals, &o, stdout);
	else if (default_file_read)
		emit_makefile(&default_file_read, 1,
		    (const char *const *)c->evals, c->nevals, &o, stdout);
	else
		diag_fatal(NULL, "No targets specified and no makefile found");
}

static int
finish(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "%s: write error: stdout\n", progname);
		return 1;
	}
	return status;
}

/* Options a makefile put in MAKEFLAGS that act on what was read, as GNU
 * make takes them after reading: -R undefines the built-in variables
 * (without -r); -r empties the suffixes unless a makefile changed them,
 * and leaves out the built-in pattern rules (not the suffix rules, which
 * GNU make defines before reading); --warn-undefined-variables and
 * --debug act from now on. */
static void
makefile_flags(const struct config *c, bool had_rules, bool had_vars)
{
	if (had_rules && c->no_builtin_rules) {
		suffix_drop_builtin();
		set_var("SUFFIXES", "", VAR_SIMPLE, VAR_ORIGIN_DEFAULT);
	}
	if (had_vars && c->no_builtin_vars)
		builtin_undefine_vars();
	var_warn_undefined = c->warn_undef;
	if (!c->emit && !c->list && !c->graph)
		debug_levels = c->debug_all ? DEBUG_ALL : c->debug_levels;
}

/* The level a MAKELEVEL value gives: GNU make's atoi() of it, 0 when
 * it starts with '-'. */
static int
make_level(const char *v)
{
	long n;

	if (!v || *v == '-')
		return 0;
	n = strtol(v, NULL, 10);
	return n < 0 || n > INT_MAX ? 0 : (int)n;
}

int
main(int argc, char **argv)
{
	static struct config cfg;
	struct node **goals;
	size_t ngoals, i;
	int level = make_level(getenv("MAKELEVEL")), status;
	bool entered, makefiles_failed = false, had_rules, had_vars;
	char *start_dir = NULL, *make_command = NULL;
	const char *env_jobs, *argv_jobs;
	unsigned argv_njobs, env_njobs;

	setlocale(LC_ALL, "");
	cfg.build.jobs = 1;	/* -j alone means no limit (0) */
	var_init();
	expand_hooks.eval = eval_hook;
	expand_hooks.files_may_change = graph_prefetch_drop;
	job_recipe_hook = recipe_hook;
	read_make_restarts();
	take_stdin_fd();
	{
		char *g = env_flags("GNUMAKEFLAGS"), *m = env_flags("MAKEFLAGS");

		read_makeflags(&cfg, g, true);
		read_makeflags(&cfg, m, true);
		free(g);
		free(m);
	}
	read_dmakeflags(&cfg);
	env_jobs = cfg.jobs_arg;
	cfg.jobs_arg = NULL;
	parse_args(&cfg, argc, argv, false, true);
	/* a MAKELEVEL the command line sets is the level, as GNU make */
	for (i = 0; i < cfg.ncmdvars; i++) {
		const char *a = skip_space(cfg.cmdvars[i]);

		if (!strncmp(a, "MAKELEVEL", 9)) {
			a = skip_space(a + 9);
			a += strspn(a, ":");
			if (*a == '=')
				level = make_level(skip_space(a + 1));
		}
	}
	/* -R means -r too, as GNU make: on the command line or in the
	 * environment, not in a makefile */
	if (cfg.no_builtin_vars)
		cfg.no_builtin_rules = true;
	/* (not before: GNU make names itself without its level when the
	 * options or the environment's flags are wrong) */
	if (level > 0)
		progname = xasprintf("dmake[%d]", level);
	argv_jobs = cfg.jobs_arg;	/* a makefile's -j does not undo it */
	argv_njobs = cfg.build.jobs;
	if (!cfg.jobs_arg)
		cfg.jobs_arg = env_jobs;
	jobserver_inherited(cfg.jobserver_auth);
	if (cfg.help) {
		if (cfg.version)
			version("", false);
		usage(stdout);
		return finish(0);
	}
	if (cfg.version) {
		version("", false);
		return finish(0);
	}
	if (cfg.unbuilt)
		diag_fatal(NULL, "--%s is not built yet", cfg.unbuilt);
	(void)sync_mode(&cfg);	/* a bad -O before reading, as GNU make */
	configure_remote(&cfg);
	add_data_dirs();
	debug_levels = cfg.debug_all ? DEBUG_ALL : cfg.debug_levels;
	if (cfg.emit || cfg.list || cfg.graph)
		debug_levels = 0;
	if (debug_on(DEBUG_BASIC))	/* (not for --debug=j alone) */
		version("", true);
	if (cfg.print_db && !cfg.emit && !cfg.list && !cfg.graph) {
		version("# ", true);
		db_config = &cfg;
	}
	diag_fatal_hook = main_fatal_hook;
	/* "Entering directory" with -w, and as GNU make with -C or in a
	 * sub-make unless -s; never on --emit-makefile's stdout, which is
	 * a makefile */
	entered = (cfg.print_dir || ((cfg.ndirs || level > 0) &&
	    !cfg.build.silent)) && !cfg.no_print_dir && !cfg.emit &&
	    !cfg.list && !cfg.graph;
	cfg.prints_dir = entered;
	if (cfg.ndirs)
		start_dir = getcwd(NULL, 0);
	/* as GNU make: a relative program name with a slash is made
	 * absolute before -C, so that $(MAKE) runs from anywhere */
	if (argv[0][0] != '/' && strchr(argv[0], '/')) {
		char *cwd = getcwd(NULL, 0);

		if (cwd) {
			make_command = xasprintf("%s/%s", cwd, argv[0]);
			free(cwd);
		}
	}
	change_directories(&cfg, start_dir);
	if (entered)
		start_dir_lines(&cfg);
	init_variables(&cfg, make_command ? make_command : argv[0], level);
	free(make_command);
	set_dmakeflags(&cfg);
	if (!cfg.no_builtin_rules) {
		suffix_add_builtin(default_suffixes,
		    strlen(default_suffixes));
		set_var("SUFFIXES", default_suffixes, VAR_SIMPLE,
		    VAR_ORIGIN_DEFAULT);
	}
	set_goals_var(&cfg);
	parse_listing = cfg.list != NULL;
	if (cfg.emit)
		emit_start();
	else if (!cfg.list && !cfg.graph)
		graph_prefetch_reading();
	/* as GNU make, with no location in their messages */
	for (i = 0; i < cfg.nevals; i++)
		parse_eval(cfg.evals[i], strlen(cfg.evals[i]), NULL, false,
		    NULL);
	if (cfg.nevals) {
		/* as GNU make: defined once evaluated, and MAKEFLAGS names
		 * it, so that sub-makes evaluate the same strings */
		struct strbuf ev = STRBUF_INIT;

		for (i = 0; i < cfg.nevals; i++) {
			sb_adds(&ev, i ? " --eval=" : "--eval=");
			add_escaped(&ev, cfg.evals[i], true);
		}
		set_var(EVAL_FLAGS, ev.buf, VAR_SIMPLE, VAR_ORIGIN_AUTOMATIC);
		sb_release(&ev);
	}
	debug_say(DEBUG_BASIC, 0, "Reading makefiles...");
	read_makefiles(&cfg);
	/* Flags the makefiles added to MAKEFLAGS take effect now, and
	 * those a makefile put in GNUMAKEFLAGS (which is then emptied, as
	 * GNU make does, so that sub-makes do not see them twice).
	 * MAKEFLAGS has no -j while they are read: a -j now is theirs. */
	cfg.print_dir = cfg.prints_dir;
	env_jobs = cfg.jobs_arg;
	env_njobs = cfg.build.jobs;
	cfg.jobs_arg = NULL;
	had_rules = !cfg.no_builtin_rules;
	had_vars = !cfg.no_builtin_vars;
	always_make_at_start = cfg.build.always_make;
	read_expanded_flags(&cfg, "GNUMAKEFLAGS");
	set_var("GNUMAKEFLAGS", "", VAR_SIMPLE, VAR_ORIGIN_OVERRIDE);
	read_expanded_flags(&cfg, "MAKEFLAGS");
	makefile_flags(&cfg, had_rules, had_vars);
	set_jobs(&cfg, argv_jobs, argv_njobs, env_jobs, env_njobs);
	/* -w there: the directory lines after all, whatever -s or
	 * --no-print-directory said (as GNU make) */
	if (cfg.print_dir && !cfg.prints_dir && !cfg.emit && !cfg.list &&
	    !cfg.graph) {
		cfg.prints_dir = true;
		start_dir_lines(&cfg);
	}
	if (!cfg.list && !cfg.emit && !cfg.graph) {
		void (*hook)(void) = diag_output_hook;

		/* its warning comes before "Entering directory", as GNU
		 * make's */
		diag_output_hook = NULL;
		jobserver_setup(cfg.jobserver_auth, &cfg.build.jobs);
		diag_output_hook = hook;
		/* no jobserver after all: MAKEFLAGS says -j1, as GNU make */
		if (cfg.jobserver_auth && !jobserver_auth())
			cfg.jobs_arg = "1";
	}
	if (close_parent)
		jobserver_close_parent(close_parent);
	set_makeflags(&cfg, true);
	/* (GNU make has them before it reads: a makefile's -r leaves
	 * them, only the suffixes go) */
	if (had_rules)
		builtin_define_rules();
	parse_finish();
	if (!cfg.no_builtin_rules)
		builtin_define_patterns();
	rule_add_extra_prereqs();
	parse_rules_closed = true;
	if (cfg.list || cfg.emit || cfg.graph)
		check_missing_includes();
	if (cfg.list) {
		list_targets(strcmp(cfg.list, "json") == 0);
		return finish(0);
	}
	if (cfg.emit) {
		emit(&cfg);
		return finish(0);
	}
	if (cfg.graph && *cfg.graph) {
		struct node *root = graph_node(cfg.graph, strlen(cfg.graph));

		dot_graph(&root, 1, stdout);
		return finish(0);
	}
	if (!cfg.graph) {
		end_parse_pair();
		fill_build_opts(&cfg);
		makefiles_failed = remake_makefiles(&cfg, argv, start_dir);
		fatal_rm_opts = &cfg.build;
		if (restarts > 0) {
			cfg.build.new_files = resolve_files(cfg.new_files,
			    cfg.nnew);
			cfg.build.nnew_files = cfg.nnew;
		}
	}
	goals = goal_nodes(&cfg, &ngoals);
	if (cfg.graph) {
		dot_graph(goals, ngoals, stdout);
		free(goals);
		return finish(0);
	}
	if (!ngoals) {
		if (!any_makefile_read())
			diag_fatal(NULL, "No targets specified and no makefile "
			    "found");
		diag_fatal(NULL, "No targets");
	}
	debug_say(DEBUG_BASIC, 0, "Updating goal targets....");
	fatal_rm_opts = NULL;	/* the goals' update removes them */
	status = build_goals(goals, ngoals, &cfg.build);
	if (makefiles_failed && !status)
		status = 2;
	if (remote_finish() && !status)
		status = 2;
	if (graph_clock_skew)
		diag_warn(NULL, "warning:  Clock skew detected.  Your build "
		    "may be incomplete.");
	if (db_config) {
		fflush(stdout);
		db_print(stdout, cfg.goals, cfg.ngoals, cfg.no_builtin_rules);
	}
	leave_dir();
	free(goals);
	free(start_dir);
	free_config(&cfg);
	status = finish(status);
	free_node_vars();
	func_cleanup();
	directive_cleanup();
	rule_cleanup();
	var_cleanup();
	graph_free_all();
	arena_free_all();
	return status;
}
