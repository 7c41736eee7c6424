/*
 * sshlib.c - libssh, loaded on first use (see sshlib.h).
 *
 * Interface:
 *	sshlib_load	dlopen libssh and fill the function table, once
 */
#include "config.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define SSHLIB_NO_MACROS
#include "sshlib.h"

/* libssh 0.10 and 0.11 both have this soname. */
#ifndef SSHLIB_SONAME
#define SSHLIB_SONAME "libssh.so.4"
#endif

struct sshlib sshlib;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static bool loaded;
static char load_error[512];

/* A function pointer from dlsym()'s void *, without the cast ISO C
 * leaves undefined. */
#define SSHLIB_SYM(f) \
	if (!(p = dlsym(h, #f))) \
		goto bad; \
	memcpy(&sshlib.f, &p, sizeof(sshlib.f));

static void
load(void)
{
	void *h = dlopen(SSHLIB_SONAME, RTLD_NOW | RTLD_LOCAL), *p;

	if (!h) {
		snprintf(load_error, sizeof(load_error), "%s", dlerror());
		return;
	}
	SSHLIB_FUNCS(SSHLIB_SYM)
	loaded = true;
	return;
bad:
	snprintf(load_error, sizeof(load_error), "%s", dlerror());
	memset(&sshlib, 0, sizeof(sshlib));
	/* The library stays mapped: dlclose would run its destructors for
	 * nothing. */
}

bool
sshlib_load(const char **err)
{
	pthread_once(&once, load);
	if (!loaded && err)
		*err = load_error;
	return loaded;
}
