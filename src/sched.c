/*
 * sched.c - the scheduler: the only poll() loop.
 *
 * Jobs run their steps in order through an executor (today only the
 * local one).  -j, .NOTPARALLEL and -l bound how many jobs run at once,
 * as ninja's pools do: a count of running jobs against a limit.  Fatal
 * signals arrive through a self-pipe (samurai's catchsig/sigfd) and are
 * handled as GNU make's fatal_error_signal does: forward SIGTERM to the
 * children, delete the targets being made, reap, remove intermediate
 * files, then die of the same signal.
 *
 * Interface:
 *	sched_init, sched_fini	take over and give back signals
 *	sched_has_slot		may a job start now
 *	sched_start		run a job's steps
 *	sched_wait		handle at least one event
 *	sched_nrunning		jobs running
 *	sched_drain		wait for every job ("Waiting for unfinished")
 *	sched_delete_target	remove a half-made target
 *	sched_touch		-t: touch a target instead
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "debug.h"
#include "diag.h"
#include "graph.h"
#include "job.h"
#include "jobserver.h"
#include "remote.h"
#include "sched.h"
#include "util.h"

static const int fatal_sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };

static const struct build_opts *opts;
static struct sched_hooks hooks;
static struct executor *local;
static struct executor *remote;
static struct job **running;
static size_t nrun, arun;
static size_t nunstarted;	/* of them, jobs whose start failed */
static int sig_pipe[2] = { -1, -1 };
static struct sigaction old_sigs[countof(fatal_sigs)];
static void (*old_fatal_hook)(void);
static bool dying, load_blocked, in_fatal;
static size_t js_held;		/* jobserver slots held */
static bool js_waiting;		/* for a slot: poll the pipe */

static void
on_signal(int sig)
{
	int e = errno;
	unsigned char c = (unsigned char)sig;

	(void)!write(sig_pipe[1], &c, 1);
	diag_signalled = 1;
	errno = e;
}

/* ---- messages ---- */

/* A command's echo: with -O, into the job's output, before what the
 * command writes (unless !synced: a recursive make's). */
static void
echo(struct job *j, const char *text, bool synced)
{
	diag_output_start();
	if (j->sync_open && synced) {
		char *line = xasprintf("%s\n", text);
		size_t len = strlen(line);

		fflush(stdout);
		if (write(j->sync_fd[0], line, len) != (ssize_t)len)
			diag_warn(NULL, "-O: write: %s", strerror(errno));
		free(line);
		return;
	}
	printf("%s\n", text);
	fflush(stdout);
}

static void
echo_touch(const char *name)
{
	diag_output_start();
	printf("touch %s\n", name);
	fflush(stdout);
}

/* "dmake: *** [Makefile:3: all] Error 1", or the "(ignored)" form. */
static void
report(const struct job *j, const struct step *s, const struct step_result *r,
    bool ignored)
{
	char where[64];
	const char *file = s->loc.file ? s->loc.file : "<builtin>";
	const char *pre = ignored ? "" : "*** ";
	const char *post = ignored ? " (ignored)" : "";
	char *msg;
	size_t len;

	if ((ignored && opts->silent) || (!ignored && j->dontcare))
		return;
	/* (as GNU make: an ignored error's too) */
	if (opts->before_error) {
		const struct node *g = hooks.error_goal ?
		    hooks.error_goal(j) : NULL;

		fflush(stdout);
		opts->before_error(g ? g : j->goal ? j->goal : j->node);
	}
	diag_output_start();
	where[0] = '\0';
	if (s->loc.file)
		snprintf(where, sizeof(where), ":%lu", s->loc.line);
	fflush(stdout);
	if (!r->sig)
		msg = xasprintf("%s: %s[%s%s: %s] Error %d%s\n", progname, pre,
		    file, where, node_path(j->node), r->exit_code, post);
	else
		msg = xasprintf("%s: %s[%s%s: %s] %s%s%s\n", progname, pre,
		    file, where, node_path(j->node), strsignal(r->sig),
		    r->core ? " (core dumped)" : "", post);
	/* -O: into the job's output, shown with it, as GNU make writes
	 * it (between the directory lines that go around that); a
	 * recursive make's, which is not synced, goes out at once */
	len = strlen(msg);
	if (!j->sync_open || !j->sync_step ||
	    write(j->sync_fd[1], msg, len) != (ssize_t)len)
		fputs(msg, stderr);
	free(msg);
}

/* ---- -d's job lines (--debug=j) ----
 *
 * GNU make's words for its chain of children: a job is put on the chain
 * when its first command forks, is live while a command runs, reaped
 * once per command, and removed when its recipe ends.  Said for the
 * local commands only (GNU make has no remote ones); the jobserver's
 * token lines are not said. */

/* "Live child": once for each local command, before the wait for it
 * (or before it is reaped, when it ended before any wait). */
static void
say_live_job(struct job *j)
{
	if (j->live_said == j->pid)
		return;
	debug_say(DEBUG_JOBS, 0, "Live child %p (%s) PID %ld ", (void *)j,
	    node_name(j->node), (long)j->pid);
	j->live_said = j->pid;
}

/* Before a blocking wait: the newest job first, as GNU make walks its
 * chain. */
static void
say_live(void)
{
	size_t i;

	if (!debug_on(DEBUG_JOBS))
		return;
	for (i = nrun; i-- > 0;)
		if (running[i]->exec_data &&
		    running[i]->exec_data == local->data)
			say_live_job(running[i]);
}

/* ---- deleting half-made targets ---- */

static long long
node_before(const struct node *n)
{
	return n->stat_done && n->exists ? n->mtime :
	    LLONG_MIN;
}

static void
delete_file(const struct node *n, long long before, const char *for_whom)
{
	const char *path = node_path(n);
	struct stat st;

	if (n->flags & (NODE_PRECIOUS | NODE_PHONY))
		return;
	if (stat(path, &st) < 0 || !S_ISREG(st.st_mode) ||
	    graph_mtime_ns(&st.st_mtim) == before)
		return;
	if (for_whom)
		diag_error(NULL, "[%s] Deleting file '%s'", for_whom, path);
	else
		diag_error(NULL, "Deleting file '%s'", path);
	if (unlink(path) < 0 && errno != ENOENT) {
		int e = errno;

		diag_warn(NULL, "unlink: %s: %s", path, strerror(e));
	}
}

void
sched_delete_target(struct job *j)
{
	const struct group *g = node_group(j->node);
	size_t i;

	if (j->deleted)
		return;
	j->deleted = true;
	delete_file(j->node, j->mtime_before, NULL);
	for (i = 0; g && i < g->n; i++)
		if (g->m[i] != j->node)
			delete_file(g->m[i], node_before(g->m[i]),
			    node_name(j->node));
}

/* ---- -t ---- */

bool
sched_touch(const struct node *n)
{
	const char *path = node_path(n);
	int fd, e;

	if (!opts->silent)
		echo_touch(path);
	if (opts->dry_run)
		return true;
	graph_prefetch_drop();
	/* read and write, as GNU make opens it: a file dmake may not
	 * read fails the same way */
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	if (fd < 0) {
		e = errno;
		diag_warn(NULL, "touch: open: %s: %s", path, strerror(e));
		return false;
	}
	if (close(fd) < 0 || utimensat(AT_FDCWD, path, NULL, 0) < 0) {
		e = errno;
		diag_warn(NULL, "touch: %s: %s", path, strerror(e));
		return false;
	}
	return true;
}

/* ---- steps ---- */

bool
sched_serial(void)
{
	return opts->jobs == 1 || opts->not_parallel;
}

/* A step ended with r.  Returns true to go on with the next step. */
static bool
step_ended(struct job *j, const struct step *s, const struct step_result *r)
{
	/* -O: the output, then the message about it (report() adds it to
	 * the output); -Oline: each line */
	if (!r->sig && !r->exit_code) {
		if (opts->output_sync == OSYNC_LINE)
			job_sync_dump(j);
		return true;
	}
	if ((s->flags & STEP_IGNORE) || opts->ignore_errors) {
		if (!r->reported)
			report(j, s, r, true);
		job_sync_dump(j);
		return true;
	}
	if (!r->sig && r->exit_code == 1 && opts->question &&
	    (s->flags & STEP_ALWAYS)) {
		j->status = JOB_QUESTION;	/* a sub-make said so */
	} else {
		if (!r->reported)
			report(j, s, r, false);
		j->status = JOB_FAILED;
	}
	job_sync_dump(j);
	if (opts->delete_on_error || r->sig)
		sched_delete_target(j);
	return false;
}

/* Start steps of j until one runs on an executor.  Returns true when
 * the job is over.  starting: the job's first start (not a next step
 * after one ended), where under -j a command that cannot be started
 * ends the job only at the next reaping, as in GNU make. */
static bool
run_steps(struct job *j, bool starting)
{
	while (j->next < j->nsteps) {
		struct step *s = &j->steps[j->next++];
		bool always = s->flags & STEP_ALWAYS;
		bool is_local = s->kind == STEP_LOCAL;
		struct executor *ex = is_local ? local : remote;
		struct step_result r = { 0, 0, false, false };

		if (dying) {
			j->status = JOB_FAILED;	/* never start while dying */
			return true;
		}
		if (opts->question && !always) {
			j->status = JOB_QUESTION;
			return true;
		}
		if (opts->touch && !always) {
			j->skipped_last = true;
			continue;
		}
		j->skipped_last = false;
		j->ncommands++;
		if (!is_local && opts->dry_run && !always) {
			diag_output_start();
			remote_print_dry(s);	/* contacts no host */
			continue;
		}
		/* a recursive make syncs its own output, unless -Orecurse:
		 * what came before goes out now, and its echo with it */
		j->sync_step = j->sync_open && is_local && (!always ||
		    opts->output_sync == OSYNC_RECURSE);
		if (j->sync_open && is_local && !j->sync_step)
			job_sync_dump(j);
		/* A remote step echoes itself, once per host. */
		if (is_local && (opts->dry_run || opts->trace ||
		    (!(s->flags & STEP_SILENT) && !opts->silent)))
			echo(j, s->text, j->sync_step);
		if ((s->flags & STEP_NOOP) || (opts->dry_run && !always))
			continue;
		j->ran_always |= always;
		/* as GNU make: "Entering directory" before a command runs,
		 * even a silent one (not for ':', which runs nothing) */
		diag_output_start();
		fflush(stdout);
		fflush(stderr);
		graph_prefetch_drop();	/* files may change from here on */
		if (ex->start(ex, j, s, &r) == 0) {
			if (is_local && !j->on_chain)
				debug_say(DEBUG_JOBS, 0, "Putting child %p (%s) "
				    "PID %ld on the chain.", (void *)j,
				    node_name(j->node), (long)j->pid);
			j->on_chain |= is_local;
			return false;
		}
		if (starting && is_local && !sched_serial()) {
			j->unstarted = true;
			j->unstarted_r = r;
			nunstarted++;
			return false;
		}
		if (!step_ended(j, s, &r))
			return true;
	}
	return true;
}

static void release_slots(void);

static void step_done(struct job *j, const struct step_result *r);

/* GNU make's reap_children() takes its children that never started
 * first (from the end of the running list here).  Returns true when
 * there was one. */
static bool
reap_unstarted(void)
{
	bool any = false;
	size_t i;

	while (nunstarted) {
		for (i = nrun; i-- > 0 && !running[i]->unstarted;)
			;
		if (i >= nrun)
			BUG("%zu jobs not started, none running", nunstarted);
		running[i]->unstarted = false;
		nunstarted--;
		step_done(running[i], &running[i]->unstarted_r);
		any = true;
	}
	return any;
}

/* GNU make dies without them: they hold no job slot to wait for. */
static void
drop_unstarted(void)
{
	size_t i;

	for (i = nrun; i-- > 0;) {
		struct job *j = running[i];

		if (!j->unstarted)
			continue;
		running[i] = running[--nrun];
		nunstarted--;
		job_sync_close(j);
		job_free(j);
	}
	release_slots();
}

static void
remove_running(struct job *j)
{
	size_t i;

	for (i = 0; i < nrun; i++)
		if (running[i] == j) {
			running[i] = running[--nrun];
			release_slots();
			return;
		}
	BUG("job for '%s' is not running", j->node->name);
}

/* The executor's done callback. */
static void
step_done(struct job *j, const struct step_result *r)
{
	const struct step *s = &j->steps[j->next - 1];

	if (s->kind == STEP_LOCAL && debug_on(DEBUG_JOBS)) {
		say_live_job(j);
		debug_say(DEBUG_JOBS, 0, "Reaping %s child %p PID %ld ",
		    r->sig || r->exit_code ? "losing" : "winning", (void *)j,
		    (long)j->pid);
	}
	if (step_ended(j, s, r) && !run_steps(j, false))
		return;		/* the next step runs */
	if (j->on_chain)
		debug_say(DEBUG_JOBS, 0, "Removing child %p PID %ld from chain.",
		    (void *)j, (long)j->pid);
	job_sync_close(j);
	remove_running(j);
	if (!dying)
		hooks.job_done(j);
}

bool
sched_start(struct job *j)
{
	if (run_steps(j, true)) {
		job_sync_close(j);
		return true;
	}
	XGROW(running, nrun + 1, arun);
	running[nrun++] = j;
	return false;
}

/* ---- slots ---- */

static bool
load_too_high(void)
{
	double load;

	return getloadavg(&load, 1) == 1 && load >= opts->max_load;
}

/* With a jobserver, each job beyond the first holds a slot read from
 * its pipe (js_held counts them; one more may be held when a slot was
 * taken for a job that then did not start). */
bool
sched_has_slot(void)
{
	if (sched_serial())
		return nrun == 0;
	if (opts->jobs && nrun >= opts->jobs)
		return false;
	if (opts->max_load > 0 && nrun > 0 && load_too_high()) {
		load_blocked = true;	/* look again in a second */
		return false;
	}
	if (jobserver_active() && nrun > 0 && js_held < nrun) {
		if (!jobserver_try_acquire()) {
			js_waiting = true;	/* poll the pipe */
			return false;
		}
		js_held++;
	}
	return true;
}

/* Give back the slots the running jobs no longer need. */
static void
release_slots(void)
{
	while (js_held > (nrun ? nrun - 1 : 0)) {
		jobserver_release();
		js_held--;
	}
}

size_t
sched_nrunning(void)
{
	return nrun;
}

/* ---- the loop ---- */

static void fatal_signal(int sig);

static void
read_signals(void)
{
	unsigned char buf[16];
	ssize_t n, i;

	diag_signalled = 0;
	while ((n = read(sig_pipe[0], buf, sizeof(buf))) > 0)
		for (i = 0; i < n; i++)
			if (!dying)
				fatal_signal(buf[i]);
}

/* One poll() round. */
static void
poll_once(int timeout)
{
	struct pollfd fds[8];
	size_t n, nl, nfds;
	int r, t = remote->timeout ? remote->timeout(remote) : -1;

	if (reap_unstarted())
		timeout = 0;	/* (each one is an event) */
	fds[0].fd = sig_pipe[0];
	fds[0].events = POLLIN;
	fds[0].revents = 0;
	nl = local->pollfds(local, fds + 1, countof(fds) - 2);
	n = 1 + nl + remote->pollfds(remote, fds + 1 + nl,
	    countof(fds) - 2 - nl);
	nfds = n;
	if (js_waiting) {
		/* last: the executors' ready() calls see their own only */
		fds[nfds].fd = jobserver_poll_fd();
		fds[nfds].events = POLLIN;
		fds[nfds].revents = 0;
		nfds++;
		js_waiting = false;
	}
	if (t >= 0 && (timeout < 0 || t < timeout))
		timeout = t;
	r = poll(fds, (nfds_t)nfds, timeout);
	if (r < 0 && errno != EINTR) {
		int e = errno;

		diag_fatal(NULL, "poll: %s", strerror(e));
	}
	/* Always, before any child is reaped: a signal that interrupted
	 * poll() (EINTR, no revents) is in the pipe, and the child it also
	 * killed must not be taken for an ordinary failure (exit 2 instead
	 * of 128 + the signal). */
	read_signals();
	local->ready(local, fds + 1, nl);
	remote->ready(remote, fds + 1 + nl, n - 1 - nl);
}

void
sched_wait(void)
{
	int timeout = load_blocked ? 1000 : -1;

	if (!nrun && !load_blocked)
		BUG("waiting with no job running");
	load_blocked = false;
	say_live();
	poll_once(timeout);
}

void
sched_reap(void)
{
	if (nrun)
		poll_once(0);
}

void
sched_drain(void)
{
	if (nrun > nunstarted) {
		fflush(stdout);
		diag_error(NULL, "Waiting for unfinished jobs....");
	}
	while (nrun > nunstarted) {
		say_live();
		poll_once(-1);
	}
	drop_unstarted();
}

/* GNU make's fatal_error_signal. */
static void
fatal_signal(int sig)
{
	size_t i;

	dying = true;
	if (sig == SIGTERM)
		local->kill(local, SIGTERM);
	/* Closing their channels ends the remote commands. */
	remote->kill(remote, sig);
	for (i = 0; i < nrun; i++)
		sched_delete_target(running[i]);
	while (nrun)
		poll_once(-1);
	hooks.cleanup(sig);
	fflush(stdout);
	if (sig == SIGQUIT)
		exit(1);
	signal(sig, SIG_DFL);
	raise(sig);
	/* raise() returns when sig is blocked: cppcheck takes it for
	 * noreturn. */
	/* cppcheck-suppress unreachableCode */
	_exit(128 + sig);
}

/* diag_fatal() during the build: wait for the jobs, as GNU's die(). */
static void
fatal_hook(void)
{
	if (in_fatal)
		return;
	in_fatal = true;
	sched_drain();
	hooks.cleanup(0);
	if (old_fatal_hook)
		old_fatal_hook();
}

void
sched_init(const struct build_opts *o, const struct sched_hooks *h)
{
	struct sigaction sa;
	size_t i;

	opts = o;
	hooks = *h;
	dying = load_blocked = in_fatal = false;
	if (pipe2(sig_pipe, O_CLOEXEC | O_NONBLOCK) < 0) {
		int e = errno;

		diag_fatal(NULL, "pipe: %s", strerror(e));
	}
	local = job_local_new();
	local->done = step_done;
	remote = remote_executor_new(o);
	remote->done = step_done;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < countof(fatal_sigs); i++) {
		sigaction(fatal_sigs[i], NULL, &old_sigs[i]);
		/* A signal ignored when we started stays ignored. */
		if (old_sigs[i].sa_handler != SIG_IGN)
			sigaction(fatal_sigs[i], &sa, NULL);
	}
	old_fatal_hook = diag_fatal_hook;
	diag_fatal_hook = fatal_hook;
	diag_signal_fd = sig_pipe[0];
	diag_signal_hook = read_signals;
}

void
sched_fini(void)
{
	size_t i;

	if (nrun)
		BUG("%zu jobs still running", nrun);
	release_slots();
	for (i = 0; i < countof(fatal_sigs); i++)
		sigaction(fatal_sigs[i], &old_sigs[i], NULL);
	/* A fatal signal that came after the last poll (a hangup reaches
	 * the recipe a moment before dmake, which may have reaped it and
	 * ended the build): act on it now, as dmake dies of it. */
	read_signals();
	diag_fatal_hook = old_fatal_hook;
	diag_signal_hook = NULL;
	diag_signal_fd = -1;
	local->free(local);
	local = NULL;
	remote->free(remote);
	remote = NULL;
	close(sig_pipe[0]);
	close(sig_pipe[1]);
	sig_pipe[0] = sig_pipe[1] = -1;
	free(running);
	running = NULL;
	arun = 0;
}
