/* bench/stat-floor.c - the least a no-op make must do: start, then
 * stat() every file of the tree once.  bench/make-shapes.sh times it
 * beside GNU make and dmake to show how much of a no-op no make can
 * save.  It reads each directory once (getdents) and calls fstatat()
 * on every entry, recursing into directories.
 * Usage: stat-floor DIR (exit 1 when DIR cannot be read) */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int
walk(int dfd)
{
	DIR *d = fdopendir(dfd);
	struct dirent *e;
	struct stat st;
	int bad = 0;

	if (!d)
		return 1;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (fstatat(dfd, e->d_name, &st, 0) < 0) {
			bad = 1;
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			int sub = openat(dfd, e->d_name,
			    O_RDONLY | O_DIRECTORY | O_CLOEXEC);

			bad |= sub < 0 ? 1 : walk(sub);
		}
	}
	closedir(d);
	return bad;
}

int
main(int argc, char **argv)
{
	int fd;

	if (argc != 2) {
		fputs("usage: stat-floor DIR\n", stderr);
		return 2;
	}
	fd = open(argv[1], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		perror(argv[1]);
		return 1;
	}
	return walk(fd);
}
