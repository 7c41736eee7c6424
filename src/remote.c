/*
 * remote.c - the remote executor: STEP_REMOTE and STEP_BLOCK steps run on
 * their hosts through session.c; this file decides what each host runs,
 * how many hosts run at once (--forks), and how their output, failures,
 * summary and --log-json records read.
 *
 * What a host runs.  OpenSSH sends no signal to a command without a
 * terminal when its channel closes, so every command is wrapped in a
 * small POSIX sh script: the channel's stdin, which dmake never writes
 * to or closes, is a lifeline read by a background watcher; when it
 * reaches end of file (dmake closed the channel, died, or the connection
 * broke), the watcher kills the command's process group (sshd makes each
 * session a process group), TERM then KILL two seconds later.  When the
 * command ends normally, an EXIT trap kills the watcher.  The command's
 * own stdin is /dev/null, its stdout and stderr the channel's, so they
 * stay apart.
 *
 * A remote block is one such script whose lines run in one shell.
 * Before each line the script writes a marker line (a random token, 'B'
 * and the line's index) to the channel's stdout through fd 4, so that
 * dmake echoes the line when it starts; a failing line writes 'F' (the
 * script then exits) or, for a '-' line, 'I' with its status.  Markers
 * are taken out of the output; the token is random per run so that a
 * command's output cannot fake one.
 *
 * Interface: see remote.h.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "graph.h"
#include "hosts.h"
#include "remote.h"
#include "session.h"
#include "strbuf.h"
#include "util.h"
#include "xfer.h"

#define MAX_LINE (64 * 1024)	/* a longer line is printed in pieces */

/* One host of a running step. */
struct host_run {
	struct run *run;
	size_t h;			/* index in the remote_step */
	struct session_cmd *cmd;	/* while it runs */
	struct strbuf part[2];		/* partial stdout, stderr line */
	struct strbuf held[2];		/* -O: lines held until the end */
	struct strbuf carry;		/* block: stdout text before a marker,
					 * the start of the next line */
	size_t cur;			/* block: the line running */
	bool started_line;		/* block: a 'B' marker came */
	long fail_line;			/* block: the 'F' line, or -1 */
	struct timespec t0, wall0;
	struct xfer *x;			/* @put, @get */
	struct strbuf errtext;		/* @put, @get: the host's stderr */
};

/* A step running on its hosts. */
struct run {
	struct job *j;
	struct step *s;
	struct remote_step *r;
	struct host_run *hr;
	size_t next;			/* next host to start */
	size_t nactive;
	bool stop;			/* a host failed: start no more */
	struct step_result res;
	struct timespec t0;
	struct run *link;
};

/* What the summary says of a host. */
struct host_stats {
	char *word;
	unsigned ncmds, nfailed;
	uint64_t bytes;
	double secs;
	bool unreachable;	/* a command failed with 255 and a reason */
};

static struct remote_opts ropts = { 16, false, false, NULL };
static const struct build_opts *bopts;
static struct executor *the_ex;
static struct run *runs;
static size_t nruns;
static int cancel_sig;
static char token[40];		/* "\001dmk-" + 16 hex digits + ' ' */
static bool colour[3];		/* per stream: 1 stdout, 2 stderr */
static bool progress_on;	/* stderr is a terminal that wants it */
static bool progress_shown;	/* a progress line is on the screen */
static FILE *log_json;
static struct host_stats *stats;
static size_t nstats, astats;

/* ---- settings ---- */

static bool
colour_wanted(int fd)
{
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");

	return isatty(fd) && !(nc && *nc) && term && *term &&
	    strcmp(term, "dumb") != 0;
}

static void
make_token(void)
{
	uint64_t x;

	if (getrandom(&x, sizeof(x), GRND_NONBLOCK) != (ssize_t)sizeof(x))
		x = (uint64_t)time(NULL) * 2654435761u ^ (uint64_t)getpid();
	snprintf(token, sizeof(token), "\001dmk-%016" PRIx64 " ", x);
}

void
remote_configure(const struct remote_opts *o)
{
	ropts = *o;
	if (!ropts.forks)
		ropts.forks = 16;
	if (o->log_json) {
		int fd = open(o->log_json, O_WRONLY | O_CREAT | O_TRUNC |
		    O_CLOEXEC, 0644);

		if (fd < 0 || !(log_json = fdopen(fd, "w"))) {
			int e = errno;

			diag_fatal(NULL, "--log-json: %s: %s", o->log_json,
			    strerror(e));
		}
	}
}

/* ---- output ---- */

static unsigned
host_colour(const char *word)
{
	return 31 + (unsigned)(str_hash(word, strlen(word)) % 6);
}

/* "[HOST] " in front of text, to out. */
static void
add_prefixed(struct strbuf *out, int stream, const char *word,
    const char *text, size_t len)
{
	if (colour[stream])
		sb_addf(out, "\033[%um[%s]\033[0m ", host_colour(word), word);
	else
		sb_addf(out, "[%s] ", word);
	sb_add(out, text, len);
	sb_addc(out, '\n');
}

/* Take the progress line off the screen before anything is written. */
static void
progress_clear(void)
{
	if (!progress_shown)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	progress_shown = false;
}

static void
write_out(int stream, const struct strbuf *sb)
{
	FILE *f = stream == 1 ? stdout : stderr;

	progress_clear();
	if (stream == 2)
		fflush(stdout);
	fwrite(sb->buf, 1, sb->len, f);
}

/* One line of a host: printed now, or held under -O. */
static void
host_line(struct host_run *hr, int stream, const char *text, size_t len)
{
	const char *word = hr->run->r->hosts[hr->h].word;
	struct strbuf sb = STRBUF_INIT;

	if (ropts.output_sync) {
		add_prefixed(&hr->held[stream - 1], stream, word, text, len);
		return;
	}
	add_prefixed(&sb, stream, word, text, len);
	write_out(stream, &sb);
	sb_release(&sb);
}

static void
echo_line(struct host_run *hr, size_t i)
{
	const struct remote_step *r = hr->run->r;
	size_t k = hr->h * r->nlines + i;
	char *text;

	if ((r->flags[k] & STEP_SILENT) || (hr->run->s->flags & STEP_SILENT) ||
	    bopts->silent)
		return;
	text = xasprintf("$ %s", r->text[k]);
	host_line(hr, 1, text, strlen(text));
	free(text);
}

/* -n: "[HOST] put SRC -> DEST", one line per source, reading nothing. */
static void
dry_xfer(struct strbuf *sb, const struct step *s, size_t h)
{
	const char *word = s->remote->hosts[h].word;
	const char *op = s->kind == STEP_PUT ? "put" : "get";
	char *err = NULL, **w = xfer_split_words(s->remote->text[h], &err);
	size_t n = 0, i;

	while (w && w[n])
		n++;
	if (!w || n < 2)
		sb_addf(sb, "[%s] %s %s\n", word, op, s->remote->text[h]);
	for (i = 0; w && n >= 2 && i + 1 < n; i++)
		sb_addf(sb, "[%s] %s %s -> %s\n", word, op, w[i], w[n - 1]);
	for (i = 0; w && w[i]; i++)
		free(w[i]);
	free(w);
	free(err);
}

void
remote_print_dry(const struct step *s)
{
	const struct remote_step *r = s->remote;
	struct strbuf sb = STRBUF_INIT;
	size_t h, i;

	for (h = 0; h < r->nhosts; h++)
		for (i = 0; i < r->nlines; i++) {
			sb_reset(&sb);
			if (s->kind == STEP_PUT || s->kind == STEP_GET)
				dry_xfer(&sb, s, h);
			else
				sb_addf(&sb, "[%s] $ %s\n", r->hosts[h].word,
				    r->text[h * r->nlines + i]);
			fwrite(sb.buf, 1, sb.len, stdout);
		}
	sb_release(&sb);
	fflush(stdout);
}

/* ---- failures ---- */

static const struct loc *
line_loc(const struct host_run *hr, long line)
{
	const struct remote_step *r = hr->run->r;

	if (line < 0 || (size_t)line >= r->nlines)
		return &hr->run->s->loc;
	return &r->locs[line];
}

/* "dmake: *** [FILE:LINE: target] HOST: Error N", or "(ignored)". */
static void
report(const struct host_run *hr, const struct loc *loc, int code, int sig,
    bool core, bool ignored)
{
	const char *word = hr->run->r->hosts[hr->h].word;
	const char *target = hr->run->j->node->name;
	char what[128];

	if (ignored && bopts->silent)
		return;
	progress_clear();
	if (sig)
		snprintf(what, sizeof(what), "%s%s", strsignal(sig),
		    core ? " (core dumped)" : "");
	else
		snprintf(what, sizeof(what), "Error %d", code);
	fflush(stdout);
	fprintf(stderr, "%s: %s[%s:%lu: %s] %s: %s%s\n", progname,
	    ignored ? "" : "*** ", loc->file ? loc->file : "<builtin>",
	    loc->line, target, word, what, ignored ? " (ignored)" : "");
}

/* ---- block markers ---- */

/* A marker line (after the token): "B i", "F i status", "I i status". */
static void
marker(struct host_run *hr, const char *m)
{
	char kind = m[0];
	char *end;
	long line = strtol(m + 1, &end, 10), st = strtol(end, NULL, 10);

	if (line < 0 || (size_t)line >= hr->run->r->nlines)
		return;
	if (kind == 'B') {
		hr->cur = (size_t)line;
		hr->started_line = true;
		echo_line(hr, (size_t)line);
	} else if (kind == 'F') {
		hr->fail_line = line;
	} else if (kind == 'I') {
		report(hr, line_loc(hr, line), (int)st, 0, false, true);
	}
}

/* A whole line of stream 1 or 2 (without its newline). */
static void
got_line(struct host_run *hr, int stream, const char *p, size_t len)
{
	const char *t;
	size_t tlen = strlen(token);

	if (stream == 1 && hr->run->s->kind == STEP_BLOCK &&
	    (t = memmem(p, len, token, tlen))) {
		char *m = xstrndup(t + tlen, len - (size_t)(t - p) - tlen);

		sb_add(&hr->carry, p, (size_t)(t - p));
		marker(hr, m);
		free(m);
		return;
	}
	if (stream == 1 && hr->carry.len) {
		sb_add(&hr->carry, p, len);
		host_line(hr, stream, hr->carry.buf, hr->carry.len);
		sb_reset(&hr->carry);
		return;
	}
	host_line(hr, stream, p, len);
}

static void
on_data(struct session_cmd *c, int stream, const char *buf, size_t len)
{
	struct host_run *hr = session_cmd_data(c);
	struct strbuf *part = &hr->part[stream - 1];
	const char *p, *nl;
	size_t start = 0;

	if (len == 0)	/* (part->buf may still be NULL) */
		return;
	if (hr->x) {	/* the reason of a failure, if it fails */
		if (hr->errtext.len < 64 * 1024)
			sb_add(&hr->errtext, buf, len);
		return;
	}
	sb_add(part, buf, len);
	p = part->buf;
	while ((nl = memchr(p + start, '\n', part->len - start))) {
		got_line(hr, stream, p + start, (size_t)(nl - p) - start);
		start = (size_t)(nl - p) + 1;
	}
	while (part->len - start >= MAX_LINE) {
		got_line(hr, stream, p + start, MAX_LINE);
		start += MAX_LINE;
	}
	memmove(part->buf, part->buf + start, part->len - start);
	sb_setlen(part, part->len - start);
}

/* ---- what a host runs ---- */

/* The watcher kills the group only while the script itself still runs
 * ($$ in a subshell is the script's pid): a script that ended, even by
 * an 'exit' or its own EXIT trap that skipped ours, leaves the daemons
 * it started alone.  It is started from a command substitution, so it
 * is not a job of the script's shell: a bare 'wait' in the command does
 * not wait for it (which would be until the channel closes). */
static const char lifeline[] =
    "exec 3<&0 </dev/null 4>&1\n"
    "w=$({ while read -r _ <&3; do :; done; kill -0 $$ || exit 0;"
    " trap '' TERM; kill -TERM 0; sleep 2; kill -KILL 0; }"
    " >/dev/null 2>&1 4>&- & echo $!)\n"
    "exec 3<&-\n"
    "trap 'kill $w 2>/dev/null' EXIT\n";

/* printf's format for a marker: the token with \001 as an escape. */
static void
add_marker(struct strbuf *sb, const char *fmt, size_t line)
{
	sb_addf(sb, "printf '\\001%s%s%zu", token + 1, fmt, line);
}

static void
block_script(struct strbuf *sb, const struct remote_step *r, size_t h)
{
	size_t i;

	for (i = 0; i < r->nlines; i++) {
		size_t k = h * r->nlines + i;

		add_marker(sb, "B ", i);
		sb_adds(sb, "\\n' >&4\n{ ");
		sb_adds(sb, r->text[k]);
		sb_adds(sb, "\n} 4>&-\ns=$?; if [ $s -ne 0 ]; then ");
		add_marker(sb, r->flags[k] & STEP_IGNORE ? "I " : "F ", i);
		sb_adds(sb, " %d\\n' $s >&4;");
		sb_adds(sb, r->flags[k] & STEP_IGNORE ? " fi\n" :
		    " exit $s; fi\n");
	}
	sb_adds(sb, "exit 0\n");
}

/* The exec request for host h: /bin/sh runs the wrapped command, so the
 * login shell only has to understand one quoted word. */
static char *
host_command(const struct run *run, size_t h)
{
	struct strbuf script = STRBUF_INIT, cmd = STRBUF_INIT;

	sb_adds(&script, lifeline);
	if (run->s->kind == STEP_BLOCK) {
		block_script(&script, run->r, h);
	} else {
		sb_adds(&script, run->r->text[h]);
		sb_addc(&script, '\n');
	}
	sb_adds(&cmd, "exec /bin/sh -c ");
	sb_add_sh_quoted(&cmd, script.buf);
	sb_release(&script);
	return sb_detach(&cmd, NULL);
}

/* ---- running ---- */

static struct host_stats *
stats_for(const char *word)
{
	size_t i;

	for (i = 0; i < nstats; i++)
		if (strcmp(stats[i].word, word) == 0)
			return &stats[i];
	XGROW(stats, nstats + 1, astats);
	memset(&stats[nstats], 0, sizeof(stats[nstats]));
	stats[nstats].word = xstrdup(word);
	return &stats[nstats++];
}

/* "exec /bin/sh -c 'SCRIPT'": the login shell sees one quoted word. */
static char *
sh_command(const char *script)
{
	struct strbuf cmd = STRBUF_INIT;

	sb_adds(&cmd, "exec /bin/sh -c ");
	sb_add_sh_quoted(&cmd, script);
	return sb_detach(&cmd, NULL);
}

/* Submit the transfer's next command on its host. */
static void
submit_xfer(struct host_run *hr)
{
	struct session_io io;
	char *script = xfer_command(hr->x), *cmd;

	cmd = sh_command(script);
	free(script);
	sb_reset(&hr->errtext);
	hr->cmd = session_cmd_new(session_get(&hr->run->r->hosts[hr->h]),
	    cmd, hr);
	free(cmd);
	xfer_io(hr->x, &io);
	session_cmd_set_io(hr->cmd, &io);
	session_submit(hr->cmd);
}

static void
echo_xfer(struct host_run *hr)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p, *nl;

	if ((hr->run->r->flags[hr->h] & STEP_SILENT) ||
	    (hr->run->s->flags & STEP_SILENT) || bopts->silent)
		return;
	xfer_echo(hr->x, &sb);
	for (p = sb.buf; (nl = strchr(p, '\n')); p = nl + 1)
		host_line(hr, 1, p, (size_t)(nl - p));
	sb_release(&sb);
}

static void
start_host(struct run *run, size_t h)
{
	struct host_run *hr = &run->hr[h];
	char *cmd;

	hr->run = run;
	hr->h = h;
	hr->fail_line = -1;
	clock_gettime(CLOCK_MONOTONIC, &hr->t0);
	clock_gettime(CLOCK_REALTIME, &hr->wall0);
	run->nactive++;
	if (hr->x) {
		echo_xfer(hr);
		submit_xfer(hr);
		return;
	}
	cmd = host_command(run, h);
	hr->cmd = session_cmd_new(session_get(&run->r->hosts[h]), cmd, hr);
	free(cmd);
	if (run->s->kind == STEP_REMOTE)
		echo_line(hr, 0);
	session_submit(hr->cmd);
}

static void
start_more(struct run *run)
{
	while (!run->stop && run->next < run->r->nhosts &&
	    run->nactive < ropts.forks)
		start_host(run, run->next++);
	fflush(stdout);
}

static const char *const kind_names[] = {
	[STEP_LOCAL] = "local", [STEP_REMOTE] = "remote",
	[STEP_BLOCK] = "block", [STEP_PUT] = "put", [STEP_GET] = "get",
};

static void
log_step(const struct host_run *hr, const struct loc *loc, double secs,
    int status)
{
	const struct run *run = hr->run;

	if (!log_json)
		return;
	fputs("{\"target\":", log_json);
	json_fputs(run->j->node->name, log_json);
	fputs(",\"file\":", log_json);
	json_fputs(loc->file ? loc->file : "", log_json);
	fprintf(log_json, ",\"line\":%lu,\"host\":", loc->line);
	json_fputs(run->r->hosts[hr->h].word, log_json);
	fprintf(log_json, ",\"kind\":\"%s\",\"start\":%lld.%03ld,"
	    "\"duration\":%.3f,\"status\":%d,\"bytes\":%" PRIu64 "}\n",
	    kind_names[run->s->kind], (long long)hr->wall0.tv_sec,
	    hr->wall0.tv_nsec / 1000000, secs, status,
	    hr->x ? xfer_progress(hr->x) : 0);
	fflush(log_json);
}

static double
since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) +
	    (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Print what is left of a host's output. */
static void
flush_host(struct host_run *hr)
{
	int i;

	for (i = 0; i < 2; i++) {
		if (hr->part[i].len || (i == 0 && hr->carry.len))
			got_line(hr, i + 1, hr->part[i].buf, hr->part[i].len);
		sb_release(&hr->part[i]);
	}
	sb_release(&hr->carry);
	for (i = 0; i < 2; i++) {
		if (hr->held[i].len)
			write_out(i + 1, &hr->held[i]);
		sb_release(&hr->held[i]);
	}
}

/* Account for host hr's end with r; returns true when it failed. */
static bool
host_ended(struct host_run *hr, const struct session_result *r)
{
	struct run *run = hr->run;
	const char *word = run->r->hosts[hr->h].word;
	struct host_stats *st = stats_for(word);
	long line = run->s->kind == STEP_BLOCK ?
	    (hr->fail_line >= 0 ? hr->fail_line : (long)hr->cur) : 0;
	const struct loc *loc = line_loc(hr, line);
	int code = r->exit_code, sig = r->sig;
	bool ignored, xfer_failed = hr->x && r->reason && !r->cancelled;
	double secs = since(&hr->t0);

	if (r->cancelled) {
		sig = cancel_sig ? cancel_sig : SIGTERM;
		code = 0;
	}
	st->ncmds++;
	st->secs += secs;
	if (hr->x)
		st->bytes += xfer_progress(hr->x);
	log_step(hr, loc, secs, sig ? 128 + sig : code);
	if (!code && !sig)
		return false;
	progress_clear();
	fflush(stdout);
	if (xfer_failed) {
		struct strbuf sb = STRBUF_INIT;

		xfer_echo(hr->x, &sb);
		sb_rtrim(&sb);
		fprintf(stderr, "%s: %s: %s: %s\n", progname, word,
		    strchr(sb.buf, '\n') ? "transfer" : sb.buf, r->reason);
		sb_release(&sb);
		st->unreachable |= r->exit_code == 255 && !r->lost;
	} else if (r->reason && !r->cancelled) {
		fprintf(stderr, "%s: %s: %s\n", progname, word, r->reason);
		st->unreachable |= !r->lost;
	}
	ignored = !r->cancelled && ((run->s->flags & STEP_IGNORE) ||
	    bopts->ignore_errors || (run->s->kind != STEP_BLOCK &&
	    (run->r->flags[hr->h] & STEP_IGNORE)));
	report(hr, loc, code, sig, r->core, ignored);
	if (ignored)
		return false;
	st->nfailed++;
	return true;
}

static void
run_free(struct run *run)
{
	struct run **pp;
	size_t i;

	for (pp = &runs; *pp; pp = &(*pp)->link)
		if (*pp == run) {
			*pp = run->link;
			break;
		}
	nruns--;
	for (i = 0; i < run->r->nhosts; i++) {
		xfer_free(run->hr[i].x);
		sb_release(&run->hr[i].errtext);
	}
	free(run->hr);
	free(run);
}

static void
host_done(struct host_run *hr, const struct session_result *r)
{
	struct run *run = hr->run;
	struct step_result res;
	struct job *j;

	flush_host(hr);
	if (host_ended(hr, r) && !run->res.exit_code && !run->res.sig) {
		run->res.exit_code = r->exit_code ? r->exit_code : 1;
		run->res.sig = r->cancelled ? 0 : r->sig;
		run->res.reported = true;
	}
	if (run->res.reported)
		run->stop = true;
	run->nactive--;
	start_more(run);
	if (run->nactive)
		return;
	res = run->res;
	j = run->j;
	j->exec_data = NULL;
	progress_clear();
	run_free(run);
	the_ex->done(j, &res);
}

static void
on_done(struct session_cmd *c, const struct session_result *r)
{
	struct host_run *hr = session_cmd_data(c);
	struct session_result res = *r;
	int rc;

	hr->cmd = NULL;
	if (hr->x && !r->cancelled && !r->sig &&
	    (!r->reason || r->aborted)) {
		rc = xfer_done(hr->x, r->exit_code,
		    hr->errtext.len ? hr->errtext.buf : "");
		if (rc == 1) {
			session_cmd_free(c);
			submit_xfer(hr);	/* the data after the probe */
			return;
		}
		res.exit_code = rc ? 1 : 0;
		res.reason = rc ? xfer_error(hr->x) : NULL;
	}
	host_done(hr, &res);	/* res.reason may be c's: free c after */
	session_cmd_free(c);
}

/* @put and @get: every host's transfer made (local sources checked,
 * an @get's destination settled) before any host is contacted. */
static int
prepare_xfers(struct run *run)
{
	size_t h;

	for (h = 0; h < run->r->nhosts; h++) {
		char *err = NULL;

		run->hr[h].x = xfer_new(run->s->kind, run->r->text[h], &err);
		if (run->hr[h].x && progress_on)
			xfer_measure(run->hr[h].x);
		if (!run->hr[h].x) {
			fflush(stdout);
			diag_warn(&run->s->loc, "%s: %s",
			    run->s->kind == STEP_PUT ? "@put" : "@get", err);
			free(err);
			return -1;
		}
	}
	return 0;
}

/* ---- the executor ---- */

static int
remote_start(struct executor *ex, struct job *j, struct step *s,
    struct step_result *r)
{
	struct run *run;

	(void)ex;
	memset(r, 0, sizeof(*r));
	if (!s->remote->nhosts || !s->remote->nlines)
		return -1;	/* --limit left no host, or an empty block */
	run = xcalloc(1, sizeof(*run));
	run->j = j;
	run->s = s;
	run->r = s->remote;
	run->hr = xcalloc(run->r->nhosts, sizeof(*run->hr));
	clock_gettime(CLOCK_MONOTONIC, &run->t0);
	run->link = runs;
	runs = run;
	nruns++;
	if ((s->kind == STEP_PUT || s->kind == STEP_GET) &&
	    prepare_xfers(run) < 0) {
		run_free(run);
		r->exit_code = 1;
		return -1;
	}
	j->exec_data = run;
	start_more(run);
	return 0;
}

static size_t
remote_pollfds(struct executor *ex, struct pollfd *fds, size_t max)
{
	(void)ex;
	if (!nruns || !max)
		return 0;
	fds[0].fd = session_event_fd();
	fds[0].events = POLLIN;
	fds[0].revents = 0;
	return 1;
}

/* The first running transfer, or NULL. */
static struct run *
xfer_run(void)
{
	struct run *run;

	for (run = runs; run; run = run->link)
		if (run->s->kind == STEP_PUT || run->s->kind == STEP_GET)
			return run;
	return NULL;
}

static void
human(char *buf, size_t n, double bytes)
{
	static const char *const units[] = { "B", "KiB", "MiB", "GiB",
	    "TiB" };
	size_t u = 0;

	while (bytes >= 1024 && u + 1 < countof(units)) {
		bytes /= 1024;
		u++;
	}
	snprintf(buf, n, u ? "%.1f %s" : "%.0f %s", bytes, units[u]);
}

/* "put 3 hosts: 120.5 MiB of 768.0 MiB, 250.1 MiB/s, 3 s left" on
 * stderr, rewritten in place, once a transfer has run for a second. */
static void
progress_update(void)
{
	struct run *run = xfer_run();
	uint64_t done = 0, total = 0;
	double secs, rate;
	char a[32], b[32], c[32];
	size_t i;

	if (!progress_on || !run || (secs = since(&run->t0)) < 1.0)
		return;
	for (i = 0; i < run->r->nhosts; i++)
		if (run->hr[i].x) {
			done += xfer_progress(run->hr[i].x);
			total += xfer_total(run->hr[i].x);
		}
	rate = (double)done / secs;
	human(a, sizeof(a), (double)done);
	human(b, sizeof(b), (double)total);
	human(c, sizeof(c), rate);
	fflush(stdout);
	fprintf(stderr, "\r\033[K%s %zu host%s: %s", run->s->kind ==
	    STEP_PUT ? "put" : "get", run->r->nhosts, run->r->nhosts == 1 ?
	    "" : "s", a);
	if (total)
		fprintf(stderr, " of %s", b);
	fprintf(stderr, ", %s/s", c);
	if (total > done && rate > 0)
		fprintf(stderr, ", %.0f s left", (double)(total - done) / rate);
	fflush(stderr);
	progress_shown = true;
}

static int
remote_timeout(struct executor *ex)
{
	(void)ex;
	return progress_on && xfer_run() ? 250 : -1;
}

static void
remote_ready(struct executor *ex, const struct pollfd *fds, size_t n)
{
	static const struct session_handlers h = { on_data, on_done };

	(void)ex;
	if (n && fds[0].revents) {
		session_drain(&h);
		fflush(stdout);
		fflush(stderr);
	}
	progress_update();
}

static void
remote_kill(struct executor *ex, int sig)
{
	struct run *run;
	size_t i;

	(void)ex;
	cancel_sig = sig;
	for (run = runs; run; run = run->link) {
		run->stop = true;
		for (i = 0; i < run->r->nhosts; i++)
			if (run->hr[i].cmd)
				session_cancel(run->hr[i].cmd);
	}
}

static size_t
remote_nrunning(const struct executor *ex)
{
	(void)ex;
	return nruns;
}

static void
remote_free(struct executor *ex)
{
	if (nruns)
		BUG("freeing the remote executor with %zu steps running",
		    nruns);
	free(ex);
	the_ex = NULL;
}

struct executor *
remote_executor_new(const struct build_opts *o)
{
	struct executor *ex = xcalloc(1, sizeof(*ex));

	if (the_ex)
		BUG("two remote executors");
	bopts = o;
	colour[1] = colour_wanted(STDOUT_FILENO);
	colour[2] = colour_wanted(STDERR_FILENO);
	progress_on = colour[2];
	if (!token[0])
		make_token();
	ex->name = "remote";
	ex->start = remote_start;
	ex->pollfds = remote_pollfds;
	ex->ready = remote_ready;
	ex->kill = remote_kill;
	ex->nrunning = remote_nrunning;
	ex->timeout = remote_timeout;
	ex->free = remote_free;
	the_ex = ex;
	return ex;
}

/* ---- the end ---- */

static void
print_summary(void)
{
	size_t i;

	progress_clear();
	diag_output_start();
	fflush(stdout);
	for (i = 0; i < nstats; i++) {
		const struct host_stats *st = &stats[i];

		fprintf(stderr, "%s: summary: %s: %s, %u command%s, "
		    "%" PRIu64 " bytes, %.2f s\n", progname, st->word,
		    st->nfailed ? (st->unreachable ? "UNREACHABLE" : "FAILED") :
		    "ok", st->ncmds, st->ncmds == 1 ? "" : "s", st->bytes,
		    st->secs);
	}
}

bool
remote_finish(void)
{
	bool failed = false;
	size_t i;

	session_shutdown_all();
	for (i = 0; i < nstats; i++)
		failed |= stats[i].nfailed > 0;
	if (nstats && (failed || ropts.summary))
		print_summary();
	for (i = 0; i < nstats; i++) {
		free(stats[i].word);
	}
	free(stats);
	stats = NULL;
	nstats = astats = 0;
	if (log_json) {
		fclose(log_json);
		log_json = NULL;
	}
	return failed;
}
