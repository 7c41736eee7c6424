/*
 * sandbox.c - keep the code under test from running commands or writing
 * files, and give it a small private directory to read.
 *
 * run.sh renames, in every object built from src/ (objcopy
 * --redefine-sym, so the sources stay as they are), the calls that
 * reach the system for processes and files to the fuzz_* functions
 * here:
 *  - no process is ever started: fork() and the exec and spawn family
 *    fail with EPERM, so $(shell ...) and '!=' expand to nothing with
 *    .SHELLSTATUS 127 (and a "fork: Operation not permitted" warning),
 *    whatever SHELL the makefile sets;
 *  - no file is written: open() and fopen() for writing, and the calls
 *    that create, remove or rename, fail with EACCES, so $(file >F,...)
 *    stops at "open: F: Permission denied";
 *  - files are read only when harmless: regular files of at most 1 MiB
 *    and directories, not under /proc, /sys or /dev (but /dev/null);
 *    anything else (/dev/zero, /dev/stdin, a FIFO) is "not found", so
 *    "include /dev/zero" cannot hang or exhaust memory;
 *  - glob() (include, $(wildcard), rule names, ssh_config Include)
 *    matches nothing for a pattern with a wildcard that starts with '/'
 *    or '~' or holds "..": it cannot walk the whole file system.
 *
 * Interface (fuzz.h):
 *	fuzz_sandbox_init, fuzz_sandbox_dir
 *	fuzz_sandbox_enter, fuzz_sandbox_leave
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <glob.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "fuzz.h"
#include "sshconf.h"

#define READ_MAX ((off_t)1 << 20)

static char sandbox[] = "/tmp/dmake-fuzz.XXXXXX";
static char *sandbox_path = sandbox;
static int origin = -1;		/* the directory we started in */
static bool ready;

static bool
under(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	return strncmp(path, dir, n) == 0 && (path[n] == '/' || !path[n]);
}

/* May path be read?  errno is set when not. */
static bool
read_ok(const char *path)
{
	struct stat st;

	if (strcmp(path, "/dev/null") == 0)
		return true;
	if (under(path, "/proc") || under(path, "/sys") ||
	    under(path, "/dev")) {
		errno = ENOENT;
		return false;
	}
	if (stat(path, &st) < 0)
		return false;
	if (S_ISDIR(st.st_mode) || (S_ISREG(st.st_mode) &&
	    st.st_size <= READ_MAX))
		return true;
	errno = ENOENT;
	return false;
}

static int
deny(int e)
{
	errno = e;
	return -1;
}

pid_t fuzz_fork(void);
pid_t fuzz_vfork(void);
int fuzz_execvp(const char *file, char *const argv[]);
int fuzz_execv(const char *file, char *const argv[]);
int fuzz_execve(const char *file, char *const argv[], char *const envp[]);
int fuzz_posix_spawn(pid_t *pid, const char *path,
    const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *attr,
    char *const argv[], char *const envp[]);
int fuzz_posix_spawnp(pid_t *pid, const char *file,
    const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *attr,
    char *const argv[], char *const envp[]);
int fuzz_system(const char *cmd);
FILE *fuzz_popen(const char *cmd, const char *mode);
int fuzz_open(const char *path, int flags, ...);
int fuzz_openat(int dirfd, const char *path, int flags, ...);
int fuzz_creat(const char *path, mode_t mode);
FILE *fuzz_fopen(const char *path, const char *mode);
int fuzz_mkdir(const char *path, mode_t mode);
int fuzz_mkstemp(char *tmpl);
int fuzz_mkostemp(char *tmpl, int flags);
int fuzz_unlink(const char *path);
int fuzz_rmdir(const char *path);
int fuzz_remove(const char *path);
int fuzz_rename(const char *from, const char *to);
int fuzz_symlink(const char *target, const char *path);
int fuzz_link(const char *target, const char *path);
int fuzz_chmod(const char *path, mode_t mode);
int fuzz_truncate(const char *path, off_t len);
int fuzz_utimensat(int dirfd, const char *path, const struct timespec t[2],
    int flags);
int fuzz_kill(pid_t pid, int sig);
int fuzz_glob(const char *pattern, int flags,
    int (*errfunc)(const char *, int), glob_t *g);

/* No process is started. */
pid_t
fuzz_fork(void)
{
	return deny(EPERM);
}

pid_t
fuzz_vfork(void)
{
	return deny(EPERM);
}

int
fuzz_execvp(const char *file, char *const argv[])
{
	(void)file;
	(void)argv;
	return deny(EPERM);
}

int
fuzz_execv(const char *file, char *const argv[])
{
	(void)file;
	(void)argv;
	return deny(EPERM);
}

int
fuzz_execve(const char *file, char *const argv[], char *const envp[])
{
	(void)file;
	(void)argv;
	(void)envp;
	return deny(EPERM);
}

int
fuzz_posix_spawn(pid_t *pid, const char *path,
    const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *attr,
    char *const argv[], char *const envp[])
{
	(void)pid; (void)path; (void)fa; (void)attr; (void)argv; (void)envp;
	return EPERM;
}

int
fuzz_posix_spawnp(pid_t *pid, const char *file,
    const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *attr,
    char *const argv[], char *const envp[])
{
	(void)pid; (void)file; (void)fa; (void)attr; (void)argv; (void)envp;
	return EPERM;
}

int
fuzz_system(const char *cmd)
{
	(void)cmd;
	return deny(EPERM);
}

FILE *
fuzz_popen(const char *cmd, const char *mode)
{
	(void)cmd;
	(void)mode;
	errno = EPERM;
	return NULL;
}

static int
open_common(int dirfd, const char *path, int flags)
{
	if ((flags & O_ACCMODE) != O_RDONLY ||
	    (flags & (O_CREAT | O_TRUNC | O_APPEND)))
		return deny(EACCES);
	if (path[0] != '/' && dirfd != AT_FDCWD)
		return deny(EACCES);	/* not needed so far */
	if (!read_ok(path))
		return -1;
	return openat(dirfd, path, flags);
}

int
fuzz_open(const char *path, int flags, ...)
{
	return open_common(AT_FDCWD, path, flags);
}

int
fuzz_openat(int dirfd, const char *path, int flags, ...)
{
	return open_common(dirfd, path, flags);
}

int
fuzz_creat(const char *path, mode_t mode)
{
	(void)path;
	(void)mode;
	return deny(EACCES);
}

FILE *
fuzz_fopen(const char *path, const char *mode)
{
	if (mode[0] != 'r' || strchr(mode, '+')) {
		errno = EACCES;
		return NULL;
	}
	if (!read_ok(path))
		return NULL;
	return fopen(path, mode);
}

/* Files are not created, changed or removed; nothing is signalled. */
int
fuzz_mkdir(const char *p, mode_t m)
{
	(void)p; (void)m;
	return deny(EACCES);
}

int
fuzz_mkstemp(char *t)
{
	(void)t;
	return deny(EACCES);
}

int
fuzz_mkostemp(char *t, int f)
{
	(void)t; (void)f;
	return deny(EACCES);
}

int
fuzz_unlink(const char *p)
{
	(void)p;
	return deny(EACCES);
}

int
fuzz_rmdir(const char *p)
{
	(void)p;
	return deny(EACCES);
}

int
fuzz_remove(const char *p)
{
	(void)p;
	return deny(EACCES);
}

int
fuzz_rename(const char *a, const char *b)
{
	(void)a; (void)b;
	return deny(EACCES);
}

int
fuzz_symlink(const char *a, const char *b)
{
	(void)a; (void)b;
	return deny(EACCES);
}

int
fuzz_link(const char *a, const char *b)
{
	(void)a; (void)b;
	return deny(EACCES);
}

int
fuzz_chmod(const char *p, mode_t m)
{
	(void)p; (void)m;
	return deny(EACCES);
}

int
fuzz_truncate(const char *p, off_t n)
{
	(void)p; (void)n;
	return deny(EACCES);
}

int
fuzz_kill(pid_t p, int s)
{
	(void)p; (void)s;
	return deny(EPERM);
}

int
fuzz_utimensat(int dirfd, const char *path, const struct timespec t[2],
    int flags)
{
	(void)dirfd; (void)path; (void)t; (void)flags;
	return deny(EACCES);
}

int
fuzz_glob(const char *pattern, int flags,
    int (*errfunc)(const char *, int), glob_t *g)
{
	bool wild = strpbrk(pattern, "*?[") != NULL;

	if (wild && (pattern[0] == '/' || pattern[0] == '~' ||
	    strstr(pattern, ".."))) {
		if (!(flags & GLOB_APPEND))
			memset(g, 0, sizeof(*g));
		return GLOB_NOMATCH;
	}
	return glob(pattern, flags, errfunc, g);
}

/* ---- the directory ---- */

static void
put_bytes(const char *name, const char *data, size_t n)
{
	FILE *f = fopen(name, "w");

	if (!f || fwrite(data, 1, n, f) != n || fclose(f) != 0) {
		perror(name);
		abort();
	}
}

static void
put(const char *name, const char *text)
{
	put_bytes(name, text, strlen(text));
}

static int
rm_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (type == FTW_DP)
		rmdir(path);
	else
		unlink(path);
	return 0;
}

static void
sandbox_remove(void)
{
	nftw(sandbox_path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* The paths libFuzzer may use while an input runs (in the sandbox, see
 * fuzz_sandbox_enter()), relative to the directory it was started in:
 * made absolute (libFuzzer reads its arguments after
 * LLVMFuzzerInitialize()).  Crash files go where they would have gone
 * without the sandbox, to the starting directory. */
static const char *const path_flags[] = {
	"-artifact_prefix=", "-exact_artifact_path=", "-dict=",
	"-merge_control_file=", "-features_dir=", "-mutation_graph_file=",
	"-stop_file=", "-seed_inputs=@",
};

static char *
absolute(const char *cwd, const char *prefix, const char *path)
{
	char *s;

	if (path[0] == '/' || !path[0])
		return NULL;
	if (asprintf(&s, "%s%s/%s", prefix, cwd, path) < 0)
		abort();
	return s;
}

static void
absolute_args(int *argc, char ***argv)
{
	static char **args;	/* kept: libFuzzer holds on to them */
	char cwd[4096];
	bool artifacts = false;
	int i;
	size_t k;

	if (!argc || !argv || !getcwd(cwd, sizeof(cwd)))
		return;
	args = calloc((size_t)*argc + 2, sizeof(*args));
	if (!args)
		abort();
	for (i = 0; i < *argc; i++) {
		const char *a = (*argv)[i];
		char *abs = NULL;

		for (k = 0; i > 0 && k < sizeof(path_flags) /
		    sizeof(path_flags[0]); k++) {
			size_t n = strlen(path_flags[k]);

			if (strncmp(a, path_flags[k], n) != 0)
				continue;
			if (k == 0)
				artifacts = true;
			abs = absolute(cwd, path_flags[k], a + n);
		}
		args[i] = abs ? abs : (*argv)[i];
	}
	if (!artifacts && asprintf(&args[(*argc)++], "-artifact_prefix=%s/",
	    cwd) < 0)
		abort();
	args[*argc] = NULL;
	*argv = args;
}

static const char nul_bin[] = "a\0b a\0b949 subst\0xyz\n";

void
fuzz_sandbox_init(int *argc, char ***argv)
{
	const char *tmp = getenv("TMPDIR");

	if (ready)
		return;
	absolute_args(argc, argv);
	if (tmp && *tmp && strlen(tmp) < 200) {
		static char buf[256];

		snprintf(buf, sizeof(buf), "%s/dmake-fuzz.XXXXXX", tmp);
		sandbox_path = buf;
	}
	if ((origin = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 ||
	    !mkdtemp(sandbox_path) || chdir(sandbox_path) < 0) {
		perror(sandbox_path);
		abort();
	}
	if (sandbox_path[0] != '/') {	/* a relative TMPDIR */
		static char buf[4096];

		if (!getcwd(buf, sizeof(buf)))
			abort();
		sandbox_path = buf;
	}
	ready = true;
	atexit(sandbox_remove);
	if (mkdir("sub", 0700) < 0 || mkdir(".ssh", 0700) < 0 ||
	    mkdir(".ssh/conf.d", 0700) < 0) {
		perror("mkdir");
		abort();
	}
	/* For include, -include, $(file <) and $(wildcard). */
	put("inc.mk", "INC := included\nall-inc: ; @echo $(INC)\n"
	    "ifdef FOO\nBAR += $(FOO)\nendif\n");
	put("sub/a.mk", "A = $(notdir $(lastword $(MAKEFILE_LIST)))\n"
	    "%.o: %.c ; $(CC) -c $<\n");
	put("sub/b.c", "int b;\n");
	put("Deployfile", "HOSTS = web[1-2]\ndeploy:\n"
	    "\t@remote $(HOSTS): uptime\n");
	put("data.txt", "line one\nline two\n");
	/* NUL bytes, which $(file <) and $(shell) can bring into text
	 * that no makefile line holds: "a\0b" and "a\0b949" share a
	 * bucket of graph.c's table. */
	put_bytes("nul.bin", nul_bin, sizeof(nul_bin) - 1);
	/* For sshconf Include (relative to ~/.ssh, home is here). */
	put(".ssh/inc.conf", "Host web*\n  ServerAliveInterval 10\n"
	    "  BatchMode yes\n");
	put(".ssh/conf.d/a.conf", "Host *\n  ConnectTimeout 5\n"
	    "  UserKnownHostsFile ~/.ssh/kh %d/kh2\n");
	put(".ssh/conf.d/b.conf", "Match host web1\n"
	    "  StrictHostKeyChecking accept-new\n  ProxyJump bastion\n");
	sshconf_set_home(sandbox_path);
	setenv("HOME", sandbox_path, 1);
	fuzz_sandbox_leave();
}

void
fuzz_sandbox_enter(void)
{
	if (ready && chdir(sandbox_path) < 0) {
		perror(sandbox_path);
		abort();
	}
}

void
fuzz_sandbox_leave(void)
{
	if (ready && fchdir(origin) < 0) {
		perror("fchdir");
		abort();
	}
}

const char *
fuzz_sandbox_dir(void)
{
	return sandbox_path;
}
