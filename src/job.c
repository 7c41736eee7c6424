/*
 * job.c - a target's job and the local executor.
 *
 * A job is built when the target must be remade: its automatic
 * variables go in a fresh set in front of the node's scope, every recipe
 * line is expanded (as GNU make's new_job does), and each expansion is
 * split into commands the way GNU make's start_job_command and
 * construct_command_argv do: prefix characters per command, the recipe
 * prefix after a backslash-newline removed, one command per unescaped
 * newline, and no shell at all when the command is simple enough.
 *
 * Interface:
 *	job_new, job_free	build and free a job
 *	job_environ		environment for the job's children
 *	job_line_flags		prefix flags of an unexpanded recipe line
 *	job_recipe_empty	a recipe of blanks and prefix characters
 *	job_local_new		the local executor
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
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "directive.h"
#include "expand.h"
#include "graph.h"
#include "job.h"
#include "jobserver.h"
#include "strbuf.h"
#include "suffix.h"
#include "util.h"
#include "var.h"

/* Shell settings of one job, read once from its scope. */
struct shell {
	char **words;		/* $(SHELL) then $(.SHELLFLAGS), split */
	size_t nwords;
	bool fast;		/* /bin/sh -c with a plain IFS: exec directly
				 * when the command allows it */
	bool bourne;		/* a POSIX shell, by its name */
	char prefix;		/* recipe prefix character */
};

/* A growable NULL-terminated string vector. */
struct strv {
	char **v;
	size_t n, alloc;
};

static void
strv_push(struct strv *sv, char *s)
{
	XGROW(sv->v, sv->n + 2, sv->alloc);
	sv->v[sv->n++] = s;
	sv->v[sv->n] = NULL;
}

static void
strv_free(char **v)
{
	size_t i;

	if (!v)
		return;
	for (i = 0; v[i]; i++)
		free(v[i]);
	free(v);
}

static void
strv_split(struct strv *sv, const char *s)
{
	const char *w, *end = s + strlen(s);
	size_t len;

	while ((w = next_word(&s, end, &len)) != NULL)
		strv_push(sv, xstrndup(w, len));
}

/* The words of s as GNU make splits "$(SHELL) $(.SHELLFLAGS)" before
 * it runs a command: blanks part words, quotes ('...', and "..." if dq:
 * SHELL's '"' is escaped, so a character) and a backslash keep what
 * they hold in one word and go. */
static void
strv_split_quoted(struct strv *sv, const char *s, bool dq)
{
	struct strbuf w = STRBUF_INIT;
	bool in_word = false;
	char q = 0;

	for (; *s; s++) {
		if (q) {
			if (*s == q)
				q = 0;
			else if (q == '"' && *s == '\\' &&
			    (s[1] == '"' || s[1] == '\\'))
				sb_addc(&w, *++s);
			else
				sb_addc(&w, *s);
			continue;
		}
		if (is_blank((unsigned char)*s) || *s == '\n') {
			if (in_word)
				strv_push(sv, sb_detach(&w, NULL));
			in_word = false;
			continue;
		}
		in_word = true;
		if (*s == '\'' || (*s == '"' && dq))
			q = *s;
		else if (*s == '\\' && s[1])
			sb_addc(&w, *++s);
		else
			sb_addc(&w, *s);
	}
	if (in_word)
		strv_push(sv, sb_detach(&w, NULL));
	sb_release(&w);
}

/* ---- automatic variables ---- */

static void
set_var(struct varset *set, const char *name, const char *val, size_t len)
{
	varset_set(set, name, strlen(name), val, len, VAR_SIMPLE,
	    VAR_ORIGIN_AUTOMATIC, NULL);
}

/* $(XD) and $(XF) word by word, as GNU's $(patsubst %/,%,$(dir $X))
 * and $(notdir $X) compute them. */
static void
set_dir_file(struct varset *set, char c, const char *val, size_t len)
{
	struct strbuf d = STRBUF_INIT, f = STRBUF_INIT;
	const char *p = val, *w;
	char name[3] = { c, 'D', '\0' };
	size_t wl, nw = 0;

	while ((w = next_word(&p, val + len, &wl)) != NULL) {
		const char *slash = w + wl;

		while (slash > w && slash[-1] != '/')
			slash--;
		if (nw++) {
			sb_addc(&d, ' ');
			sb_addc(&f, ' ');
		}
		if (slash == w)
			sb_addc(&d, '.');
		else
			sb_add(&d, w, (size_t)(slash - 1 - w));
		sb_add(&f, slash, (size_t)(w + wl - slash));
	}
	set_var(set, name, d.buf, d.len);
	name[1] = 'F';
	set_var(set, name, f.buf, f.len);
	sb_release(&d);
	sb_release(&f);
}

void
job_set_auto(struct varset *set, char c, const char *val, size_t len)
{
	char name[2] = { c, '\0' };

	set_var(set, name, val, len);
	set_dir_file(set, c, val, len);
}

static void
set_auto(struct varset *set, char c, const char *val, size_t len)
{
	job_set_auto(set, c, val, len);
}

/* Has a prerequisite of this name been added to the list already?  By
 * the name it goes by (node_path), as GNU make de-duplicates $^, $? and
 * $|: a.c found through VPATH as d1/a.c is the same as d1/a.c.  A linear
 * probe over a small open-addressed table of names. */
struct seen {
	const char **v;
	size_t size;
};

static bool
seen_add(struct seen *s, const struct node *n)
{
	const char *name = node_path(n);
	size_t i = str_hash(name, strlen(name)) & (s->size - 1);

	while (s->v[i]) {
		if (!strcmp(s->v[i], name))
			return false;
		i = (i + 1) & (s->size - 1);
	}
	s->v[i] = name;
	return true;
}

static void
seen_init(struct seen *s, size_t n)
{
	s->size = 16;
	while (s->size < n * 2)
		s->size *= 2;
	s->v = xcalloc(s->size, sizeof(*s->v));
}

static void
add_name(struct strbuf *sb, const struct node *n)
{
	if (sb->len)
		sb_addc(sb, ' ');
	sb_adds(sb, node_path(n));
}

static bool
seen_has(const struct seen *s, const struct node *n)
{
	const char *name = node_path(n);
	size_t i;

	if (!s->v)
		return false;
	i = str_hash(name, strlen(name)) & (s->size - 1);
	for (; s->v[i]; i = (i + 1) & (s->size - 1))
		if (!strcmp(s->v[i], name))
			return true;
	return false;
}

/* $^ $+ $? $| from the prerequisites, as GNU make's
 * set_file_variables(): $+ the normal ones; $^ and $? each name once,
 * where it first stood, as normal if it is normal anywhere; $| the
 * others. */
static void
set_dep_vars(struct varset *set, const struct job_spec *sp, bool all_new)
{
	struct strbuf plus = STRBUF_INIT, caret = STRBUF_INIT;
	struct strbuf qmark = STRBUF_INIT, bar = STRBUF_INIT;
	struct seen seen, normal = { NULL, 0 };
	bool any_oo = false;
	size_t i;

	for (i = 0; i < sp->ndeps; i++)
		if (sp->dep_flags[i] & JOB_DEP_OO)
			any_oo = true;
		else
			add_name(&plus, sp->deps[i]);
	if (any_oo) {
		seen_init(&normal, sp->ndeps);
		for (i = 0; i < sp->ndeps; i++)
			if (!(sp->dep_flags[i] & JOB_DEP_OO))
				seen_add(&normal, sp->deps[i]);
	}
	seen_init(&seen, sp->ndeps);
	for (i = 0; i < sp->ndeps; i++) {
		unsigned f = sp->dep_flags[i];

		if (!seen_add(&seen, sp->deps[i]))
			continue;
		if ((f & JOB_DEP_OO) && !seen_has(&normal, sp->deps[i])) {
			add_name(&bar, sp->deps[i]);
			continue;
		}
		add_name(&caret, sp->deps[i]);
		if ((f & JOB_DEP_NEWER) || all_new)
			add_name(&qmark, sp->deps[i]);
	}
	set_auto(set, '+', plus.buf, plus.len);
	set_auto(set, '^', caret.buf, caret.len);
	set_auto(set, '?', qmark.buf, qmark.len);
	set_var(set, "|", bar.buf, bar.len);
	free(seen.v);
	free(normal.v);
	sb_release(&plus);
	sb_release(&caret);
	sb_release(&qmark);
	sb_release(&bar);
}

static void
set_autos(struct varset *set, const struct job_spec *sp, bool all_new)
{
	/* (a target remade where VPATH found it: GPATH) */
	const char *at = node_path(sp->node), *stem = sp->stem, *less = "";
	size_t stemlen, i;

	if (stem) {
		stemlen = strlen(stem);
	} else {
		/* As in Unix make: the name less a known suffix. */
		stem = at;
		if (!suffix_strip(at, &stemlen))
			stemlen = 0;
	}
	for (i = 0; i < sp->ndeps; i++)
		if (!(sp->dep_flags[i] & JOB_DEP_OO)) {
			less = node_path(sp->deps[i]);
			break;
		}
	if (sp->use_default)
		less = at;
	set_auto(set, '@', at, strlen(at));
	set_auto(set, '<', less, strlen(less));
	set_auto(set, '*', stem, stemlen);
	set_auto(set, '%', "", 0);
	set_dep_vars(set, sp, all_new);
}

/* ---- recipe lines ---- */

unsigned
job_line_flags(const char *raw)
{
	unsigned f = 0;

	for (;; raw++) {
		if (*raw == '@')
			f |= STEP_SILENT;
		else if (*raw == '-')
			f |= STEP_IGNORE;
		else if (*raw == '+')
			f |= STEP_ALWAYS;
		else if (!is_blank((unsigned char)*raw))
			break;
	}
	if (job_mentions_make(raw))
		f |= STEP_ALWAYS;
	return f;
}

bool
job_mentions_make(const char *text)
{
	return strstr(text, "$(MAKE)") || strstr(text, "${MAKE}");
}

bool
job_recipe_empty(const struct recipe *rc)
{
	size_t i;
	const char *p;

	for (i = 0; i < rc->nlines; i++)
		for (p = rc->lines[i].text; *p; p++)
			if (!is_space((unsigned char)*p) && *p != '-' &&
			    *p != '@' && *p != '+')
				return false;
	return true;
}

/* Is the backslash at p escaped by backslashes after ref? */
static bool
escaped(const char *p, const char *ref)
{
	bool odd = false;

	while (--p > ref && *p == '\\')
		odd = !odd;
	return odd;
}

/* Copy the inside of the reference whose open paren is at ref, from p
 * to its close paren (not copied); returns where it stopped. */
static const char *
collapse_ref(struct strbuf *out, const char *p, const char *end,
    const char *ref)
{
	char open = *ref, close = open == '(' ? ')' : '}';
	size_t start = out->len;
	int depth = 0;

	while (p < end && !(*p == close && --depth < 0)) {
		if (*p == '\\' && p + 1 < end && p[1] == '\n' &&
		    !escaped(p, ref)) {
			for (p += 2; p < end && is_space((unsigned char)*p);)
				p++;
			while (out->len > start &&
			    is_blank((unsigned char)out->buf[out->len - 1]))
				sb_setlen(out, out->len - 1);
			sb_addc(out, ' ');
			continue;
		}
		if (*p == open)
			depth++;
		sb_addc(out, *p++);
	}
	return p;
}

/* Inside a $(...) or ${...} reference, a backslash-newline and the
 * whitespace around it become one space, so functions never see it;
 * elsewhere it stays for the shell (GNU make's new_job). */
static void
collapse_refs(struct strbuf *out, const char *p, const char *end)
{
	while (p < end) {
		const char *d = memchr(p, '$', (size_t)(end - p));

		if (!d) {
			sb_add(out, p, (size_t)(end - p));
			return;
		}
		sb_add(out, p, (size_t)(d + 1 - p));
		p = d + 1;
		if (p < end && (*p == '(' || *p == '{')) {
			sb_addc(out, *p);
			p = collapse_ref(out, p + 1, end, p);
		}
	}
}

/* ---- shell settings ---- */

static char *
expand_text(const char *text, const struct scope *sc)
{
	struct strbuf sb = STRBUF_INIT;

	expand(&sb, text, strlen(text), sc, NULL);
	return sb_detach(&sb, NULL);
}

static bool
bourne_name(const char *shell)
{
	static const char *const names[] = {
		"sh", "bash", "ksh", "rksh", "zsh", "ash", "dash",
	};
	const char *base = strrchr(shell, '/');
	size_t i;

	base = base ? base + 1 : shell;
	for (i = 0; i < countof(names); i++)
		if (strcmp(base, names[i]) == 0)
			return true;
	return false;
}

bool
job_shell_plain(const char *shell, const char *flags, const char *ifs)
{
	return strcmp(shell, "/bin/sh") == 0 &&
	    (strcmp(flags, "-c") == 0 || strcmp(flags, "-ec") == 0) &&
	    ifs[strspn(ifs, " \t\n")] == '\0';
}

char **
job_shell_argv(const char *shell, const char *flags, bool oneshell,
    const char *cmd, size_t *n)
{
	struct strv sv = { NULL, 0, 0 };

	/* (an empty SHELL is no word: GNU make then runs the flags'
	 * first word, "-c", which does not exist) */
	if (oneshell) {
		strv_push(&sv, xstrdup(shell));
		strv_split(&sv, flags);
	} else {
		strv_split_quoted(&sv, shell, false);
		strv_split_quoted(&sv, flags, true);
	}
	if (cmd)
		strv_push(&sv, xstrdup(cmd));
	if (!sv.v)
		sv.v = xcalloc(1, sizeof(*sv.v));
	if (n)
		*n = sv.n;
	return sv.v;
}

static void
shell_init(struct shell *sh, const struct scope *sc, bool posix,
    bool oneshell)
{
	char *shell = expand_text("$(SHELL)", sc);
	char *flags = expand_text("$(.SHELLFLAGS)", sc);
	/* Looked up, not referenced: an undefined IFS is no warning. */
	char *ifs = var_lookup(sc, "IFS", 3, NULL) ?
	    expand_text("$(IFS)", sc) : xstrdup("");

	if (!*flags && !var_lookup(sc, ".SHELLFLAGS", 11, NULL)) {
		free(flags);
		flags = xstrdup(posix ? "-ec" : "-c");
	}
	sh->fast = job_shell_plain(shell, flags, ifs);
	sh->bourne = bourne_name(shell);
	sh->prefix = '\t';
	sh->words = job_shell_argv(shell, flags, oneshell, NULL, &sh->nwords);
	free(shell);
	free(flags);
	free(ifs);
}

/* ---- splitting a command into words without a shell ---- */

enum fast { FAST_ARGV, FAST_EMPTY, FAST_SHELL };

static bool
is_sh_builtin(const char *w)
{
	static const char *const cmds[] = {
		".", ":", "break", "case", "cd", "command", "continue",
		"eval", "exec", "exit", "export", "for", "if", "login",
		"logout", "read", "readonly", "set", "shift", "switch",
		"test", "times", "trap", "ulimit", "umask", "unset", "wait",
		"while",
	};
	size_t i;

	for (i = 0; i < countof(cmds); i++)
		if (strcmp(w, cmds[i]) == 0)
			return true;
	return false;
}

struct words {
	struct strv av;
	struct strbuf w;
	bool quote, has_eq, seen_noneq, last_empty;
};

/* A blank ended a word.  Returns false when the shell is needed. */
static bool
end_word(struct words *ws)
{
	strv_push(&ws->av, sb_detach(&ws->w, NULL));
	ws->last_empty = false;
	ws->seen_noneq |= !ws->has_eq;
	ws->has_eq = false;
	return !(ws->av.n == 1 && is_sh_builtin(ws->av.v[0]));
}

/* One character outside quotes; *pp may advance.  Returns false when
 * the shell is needed; sets *stop at an unescaped newline. */
static bool
fast_char(struct words *ws, const char **pp, bool *stop)
{
	static const char sh_chars[] = "#;\"*?[]&|<>(){}$`^~!";
	const char *p = *pp;

	if (strchr(sh_chars, *p))
		return false;
	switch (*p) {
	case '=':
		if (!ws->seen_noneq)
			return false;
		ws->has_eq = true;
		sb_addc(&ws->w, '=');
		break;
	case '\\':
		if (p[1] == '\n') {
			p++;
			if (!ws->w.len)
				while (is_blank((unsigned char)p[1]))
					p++;
		} else if (p[1]) {
			sb_addc(&ws->w, *++p);
		}
		break;
	case '\'':
		ws->quote = true;
		break;
	case '\n':
		*stop = true;
		return true;
	case ' ':
	case '\t':
		if (!end_word(ws))
			return false;
		while (is_blank((unsigned char)p[1]))
			p++;
		break;
	default:
		sb_addc(&ws->w, *p);
	}
	*pp = p;
	return true;
}

/* GNU make's fast path: split line into words itself when only plain
 * words and '...' quoting appear and the command is no shell builtin.
 * *end gets the NUL or newline that ends the command. */
static enum fast
fast_argv(const char *line, bool oneshell, const char **end, char ***argv)
{
	struct words ws = { { NULL, 0, 0 }, STRBUF_INIT, false, false, false,
	    false };
	const char *p;
	bool stop = false, ok = true;

	for (p = line; *p && ok && !stop; p++) {
		if (!ws.quote) {
			ok = fast_char(&ws, &p, &stop);
			if (stop && oneshell)
				ok = false;	/* newlines: the shell's */
			if (stop)
				break;
		} else if (*p == '\'') {
			ws.quote = false;
			ws.last_empty = ws.w.len == 0;
		} else if (*p == '\\' && p[1] == '\n') {
			sb_add(&ws.w, p++, 2);
		} else if (*p == '\n') {
			ok = false;	/* a shell can see where it ends */
		} else {
			sb_addc(&ws.w, *p);
		}
	}
	*end = p;
	if (ok && !ws.quote && (ws.w.len || ws.last_empty))
		strv_push(&ws.av, sb_detach(&ws.w, NULL));
	sb_release(&ws.w);
	if (ok && !ws.quote && !(ws.av.n == 1 && is_sh_builtin(ws.av.v[0]))) {
		*argv = ws.av.v;
		return ws.av.n ? FAST_ARGV : FAST_EMPTY;
	}
	strv_free(ws.av.v);
	return FAST_SHELL;
}

bool
job_fast_argv(const char *cmd, char ***argv)
{
	const char *end;
	char **av;

	if (strchr(cmd, '\n'))	/* several commands: the shell's */
		return false;
	while (is_blank((unsigned char)*cmd))
		cmd++;
	if (fast_argv(cmd, false, &end, &av) != FAST_ARGV)
		return false;
	*argv = av;
	return true;
}

void
job_argv_free(char **argv)
{
	strv_free(argv);
}

/* .ONESHELL with a POSIX shell: drop blanks and prefix characters at
 * the start of every logical line of the script, in place. */
static void
strip_inner_prefixes(char *s)
{
	const char *f = s;
	char *t = s;

	while (*f) {
		bool esc = false;

		while (is_blank((unsigned char)*f) || *f == '-' || *f == '@' ||
		    *f == '+')
			f++;
		while (*f) {
			char c = *t++ = *f++;

			if (c == '\\') {
				esc = !esc;
				continue;
			}
			if (c == '\n' && !esc)
				break;
			esc = false;
		}
	}
	*t = '\0';
}

/* The argv for command line (NUL-terminated, may be modified); *end
 * gets where the command stops.  NULL: the command is empty. */
static char **
command_argv(char *line, char **end, const struct shell *sh, bool oneshell)
{
	struct strv sv = { NULL, 0, 0 };
	char **argv;
	size_t i;
	char *e;

	while (is_blank((unsigned char)*line))
		line++;
	*end = line;
	if (!*line)
		return NULL;
	if (sh->fast) {
		const char *fe;

		switch (fast_argv(line, oneshell, &fe, &argv)) {
		case FAST_ARGV:
			*end = (char *)fe;
			return argv;
		case FAST_EMPTY:
			*end = (char *)fe;
			return NULL;
		case FAST_SHELL:
			break;
		}
	}
	if (oneshell) {
		if (sh->bourne)
			strip_inner_prefixes(line);
		e = line + strlen(line);
	} else {
		for (e = line; *e && *e != '\n'; e++)
			if (*e == '\\' && e[1] == '\n')
				e++;
	}
	*end = e;
	if (e == line)
		return NULL;
	for (i = 0; i < sh->nwords; i++)
		strv_push(&sv, xstrdup(sh->words[i]));
	strv_push(&sv, xstrndup(line, (size_t)(e - line)));
	return sv.v;
}

/* "sh -c :" costs a fork for nothing: GNU make skips it. */
static bool
is_noop(char **argv)
{
	return argv[0] && bourne_name(argv[0]) && argv[1] &&
	    (strcmp(argv[1], "-c") == 0 || strcmp(argv[1], "-ec") == 0) &&
	    argv[2] && strcmp(argv[2], ":") == 0 && !argv[3];
}

/* Remove the recipe prefix that follows each newline, in place. */
static void
drop_prefix_after_newlines(char *s, char prefix)
{
	char *t = s;

	for (; *s; s++) {
		*t++ = *s;
		if (s[0] == '\n' && s[1] == prefix)
			s++;
	}
	*t = '\0';
}

struct steps {
	struct step *v;
	size_t n, alloc;
	size_t lines, always;	/* recipe lines, those recursive */
};

static void
add_step(struct steps *st, char *text, size_t len, char **argv,
    unsigned flags, const struct loc *loc)
{
	struct step *s;

	XGROW(st->v, st->n + 1, st->alloc);
	s = &st->v[st->n++];
	s->kind = STEP_LOCAL;
	s->remote = NULL;
	s->flags = flags | (is_noop(argv) ? STEP_NOOP : 0);
	s->text = xstrndup(text, len);
	s->argv = argv;
	s->loc = *loc;
}

/* Split one expanded line (buf, modified) into commands. */
static void
add_commands(struct steps *st, char *p, unsigned lflags,
    const struct loc *loc, const struct shell *sh, bool oneshell)
{
	while (*p) {
		unsigned f = lflags;
		char **argv, *cmd, *end;

		for (;; p++) {
			if (*p == '@')
				f |= STEP_SILENT;
			else if (*p == '+')
				f |= STEP_ALWAYS;
			else if (*p == '-')
				f |= STEP_IGNORE;
			else if (!is_blank((unsigned char)*p))
				break;
		}
		/* as GNU make: a '+' holds for the rest of the line's
		 * commands too (its recursion flag is the line's) */
		lflags |= f & STEP_ALWAYS;
		drop_prefix_after_newlines(p, sh->prefix);
		cmd = p;
		argv = command_argv(cmd, &end, sh, oneshell);
		if (argv) {
			while (is_blank((unsigned char)*cmd))
				cmd++;
			add_step(st, cmd, (size_t)(end - cmd), argv, f, loc);
		}
		p = *end ? end + 1 : end;
	}
}

/* Expand raw (one recipe line, or the whole recipe under .ONESHELL)
 * and add its commands. */
static void
add_line(struct steps *st, const char *raw, const struct loc *exp_loc,
    const struct loc *loc, unsigned node_flags, const struct scope *sc,
    const struct shell *sh, bool oneshell)
{
	struct strbuf in = STRBUF_INIT, out = STRBUF_INIT;
	unsigned f = job_line_flags(raw) | node_flags;
	const char *p;

	collapse_refs(&in, raw, raw + strlen(raw));
	expand(&out, in.buf, in.len, sc, exp_loc);
	/* (GNU make adds a '+' the expansion starts with to the line's
	 * flags, a command after it or not) */
	for (p = out.buf; *p == '@' || *p == '-' || *p == '+' ||
	    is_blank((unsigned char)*p); p++)
		if (*p == '+')
			f |= STEP_ALWAYS;
	st->lines++;
	st->always += (f & STEP_ALWAYS) != 0;
	add_commands(st, out.buf, f, loc, sh, oneshell);
	sb_release(&in);
	sb_release(&out);
}

void (*job_recipe_hook)(const struct loc *first_line);

static void
note_recipe(const struct loc *first_line)
{
	if (job_recipe_hook)
		job_recipe_hook(first_line);
}

/* Add the local lines [from, to) of rc, as .ONESHELL wants them (one
 * script) or one by one. */
static void
add_local_lines(struct steps *st, const struct recipe *rc, size_t from,
    size_t to, unsigned nf, const struct scope *sc, const struct shell *sh,
    bool oneshell)
{
	size_t i;

	/* $(eval) may not add rules now; GNU names the recipe's first line */
	note_recipe(rc->nlines ? &rc->lines[0].loc : NULL);
	if (oneshell && from < to) {
		struct strbuf all = STRBUF_INIT;

		for (i = from; i < to; i++) {
			if (i > from)
				sb_addc(&all, '\n');
			sb_adds(&all, rc->lines[i].text);
		}
		add_line(st, all.buf, &rc->lines[from].loc,
		    &rc->lines[from].loc, nf, sc, sh, true);
		sb_release(&all);
		note_recipe(NULL);
		return;
	}
	for (i = from; i < to; i++) {
		/* GNU reports the first line's number plus the index. */
		struct loc loc = rc->lines[0].loc;

		loc.line += i;
		add_line(st, rc->lines[i].text, &rc->lines[i].loc, &loc, nf,
		    sc, sh, false);
	}
	note_recipe(NULL);
}

/* A directive line at rc->lines[i]: add its step; returns the number of
 * recipe lines it used. */
static size_t
add_directive(struct steps *st, const struct recipe *rc, size_t i,
    enum directive_kind k, unsigned flags, const char *rest,
    unsigned nf, const struct scope *sc)
{
	struct step *s;

	if (k == DIRECTIVE_END)
		diag_fatal(&rc->lines[i].loc, "'@end' without '@remote'");
	XGROW(st->v, st->n + 1, st->alloc);
	s = &st->v[st->n++];
	memset(s, 0, sizeof(*s));
	i = directive_remote_step(rc, i, k, flags, rest, sc, s);
	s->flags |= nf;
	st->lines++;
	st->always += (s->flags & STEP_ALWAYS) != 0;
	return i;
}

/* Directive lines become remote steps; the other lines are expanded and
 * split into local commands (under .ONESHELL, each run of local lines
 * between directives is one script). */
static void
build_steps(struct job *j, const struct recipe *rc, const struct shell *sh,
    const struct build_opts *o)
{
	struct steps st = { NULL, 0, 0, 0, 0 };
	unsigned nf = 0;
	size_t i = 0, from = 0;

	if (j->node->flags & NODE_SILENT)
		nf |= STEP_SILENT;
	if (j->node->flags & NODE_IGNORE)
		nf |= STEP_IGNORE;
	while (i < rc->nlines) {
		unsigned f;
		const char *rest;
		enum directive_kind k = directive_kind(rc->lines[i].text, &f,
		    &rest);

		if (k == DIRECTIVE_NONE) {
			i++;
			continue;
		}
		add_local_lines(&st, rc, from, i, nf, j->scope, sh,
		    o->oneshell);
		i += add_directive(&st, rc, i, k, f, rest, nf, j->scope);
		from = i;
	}
	add_local_lines(&st, rc, from, i, nf, j->scope, sh, o->oneshell);
	j->steps = st.v;
	j->nsteps = st.n;
	j->all_always = st.lines > 0 && st.always == st.lines;
}

/* ---- -O: the job's output ----
 *
 * Under -O the commands of a job write into temporary files, shown in
 * one piece when the job (or under -Oline each command) ends.  They are
 * opened before the recipe is expanded: what the expansion says
 * ($(info), $(warning), a $(shell)'s stderr) goes into them too, as GNU
 * make writes it, so that it comes out with the job's output. */

static int
sync_tmpfile(void)
{
	const char *dir = getenv("TMPDIR");
	char *path;
	int fd;

	if (!dir || !*dir)
		dir = "/tmp";
	fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd >= 0)
		return fd;
	path = xasprintf("%s/dmake-out.XXXXXX", dir);
	fd = mkostemp(path, O_CLOEXEC);
	if (fd >= 0)
		unlink(path);
	free(path);
	return fd;
}

/* Whether dmake's stdout and stderr are one file (then one temporary
 * file keeps their lines in order). */
static bool
same_output(void)
{
	struct stat a, b;

	return fstat(1, &a) == 0 && fstat(2, &b) == 0 &&
	    a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static void
sync_open(struct job *j, const struct build_opts *o)
{
	if (o->output_sync == OSYNC_NONE)
		return;
	j->sync_fd[0] = sync_tmpfile();
	if (j->sync_fd[0] < 0) {
		diag_warn(NULL, "cannot open a temporary file for -O: %s",
		    strerror(errno));
		return;
	}
	j->sync_fd[1] = same_output() ? j->sync_fd[0] : sync_tmpfile();
	if (j->sync_fd[1] < 0) {
		close(j->sync_fd[0]);
		return;
	}
	j->sync_open = true;
	j->say_dir = o->say_dir;
}

void
job_sync_dump(struct job *j)
{
	bool dir;

	if (!j->sync_open)
		return;
	fflush(stdout);
	fflush(stderr);
	dir = j->say_dir && (lseek(j->sync_fd[0], 0, SEEK_END) > 0 ||
	    lseek(j->sync_fd[1], 0, SEEK_END) > 0);
	if (dir)
		j->say_dir("Entering");
	fd_spill(j->sync_fd[0], 1);
	if (j->sync_fd[1] != j->sync_fd[0])
		fd_spill(j->sync_fd[1], 2);
	if (dir)
		j->say_dir("Leaving");
}

void
job_sync_close(struct job *j)
{
	if (!j->sync_open)
		return;
	job_sync_dump(j);
	if (j->sync_fd[1] != j->sync_fd[0])
		close(j->sync_fd[1]);
	close(j->sync_fd[0]);
	j->sync_open = false;
}

struct job *
job_new(const struct job_spec *sp, const struct build_opts *o)
{
	struct job *j = xcalloc(1, sizeof(*j));
	struct scope *sc = xcalloc(1, sizeof(*sc));
	struct shell sh;

	j->node = sp->node;
	j->autos = varset_new();
	j->mtime_before = sp->mtime_before;
	j->export_all = o->export_all;
	sc->vars = j->autos;
	sc->parent = sp->scope;
	j->scope = sc;
	set_autos(j->autos, sp, o->always_make);
	shell_init(&sh, sc, o->posix, o->oneshell);
	/* (the prefix the rule was read with, as GNU make keeps it) */
	if (sp->recipe->prefix)
		sh.prefix = sp->recipe->prefix;
	sync_open(j, o);
	if (j->sync_open) {
		diag_sync_fd[0] = j->sync_fd[0];
		diag_sync_fd[1] = j->sync_fd[1];
	}
	build_steps(j, sp->recipe, &sh, o);
	diag_sync_fd[0] = diag_sync_fd[1] = -1;
	strv_free(sh.words);
	return j;
}

void
job_free(struct job *j)
{
	size_t i;

	if (!j)
		return;
	job_sync_close(j);
	for (i = 0; i < j->nsteps; i++) {
		free(j->steps[i].text);
		strv_free(j->steps[i].argv);
		directive_step_free(&j->steps[i]);
	}
	free(j->steps);
	if (j->envp)
		expand_environ_free(j->envp);
	varset_free(j->autos);
	free(j->scope);
	free(j);
}

char **
job_environ(struct job *j)
{
	if (!j->envp)
		j->envp = expand_environ(j->scope, j->export_all);
	return j->envp;
}

/* ---- the local executor ---- */

struct kid {
	pid_t pid;
	struct job *job;
};

struct local {
	struct kid *kids;
	size_t nkids, alloc;
	struct sigaction old_chld;
	struct rlimit old_stack;	/* what children get */
	bool stack_raised;
};

/* The walk recurses once per level of prerequisites: allow deep graphs
 * a stack of up to 128 MiB (the room Linux leaves below the mappings),
 * as GNU make raises its own; children get the old limit back. */
#define STACK_WANT ((rlim_t)128 << 20)

/* The limit to give back to a child, or NULL: l->old_stack while it is
 * raised ($(shell) in a recipe forks outside the executor too). */
static const struct rlimit *child_stack;

static void
raise_stack(struct local *l)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_STACK, &rl) < 0 || rl.rlim_cur == RLIM_INFINITY ||
	    rl.rlim_cur >= STACK_WANT)
		return;
	l->old_stack = rl;
	rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > STACK_WANT ?
	    STACK_WANT : rl.rlim_max;
	l->stack_raised = setrlimit(RLIMIT_STACK, &rl) == 0;
	if (l->stack_raised)
		child_stack = &l->old_stack;
}

/* The SIGCHLD self-pipe; one local executor at a time. */
static int chld_pipe[2] = { -1, -1 };

static void
on_sigchld(int sig)
{
	int e = errno;

	(void)sig;
	(void)!write(chld_pipe[1], "c", 1);
	errno = e;
}

/* PATH as the child will see it: from its environment, as GNU make's
 * "environ = envp; execvp()" does. */
static const char *
env_path(char **envp)
{
	for (; *envp; envp++)
		if (strncmp(*envp, "PATH=", 5) == 0)
			return *envp + 5;
	return "/bin:/usr/bin";		/* execvp's default */
}

/* execvp's search, done before forking: the file to exec, malloc'd,
 * or NULL with *err set (EACCES when only unusable files matched). */
static char *
find_program(const char *name, char **envp, int *err)
{
	const char *p = env_path(envp), *colon;
	struct stat st;

	*err = ENOENT;
	if (!*name)
		return NULL;
	if (strchr(name, '/'))
		return xstrdup(name);
	for (;; p = colon + 1) {
		size_t dl;
		char *path;

		colon = strchr(p, ':');
		dl = colon ? (size_t)(colon - p) : strlen(p);
		path = dl ? xasprintf("%.*s/%s", (int)dl, p, name) :
		    xstrdup(name);
		if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
			if (access(path, X_OK) == 0)
				return path;
			*err = EACCES;
		}
		free(path);
		if (!colon)
			return NULL;
	}
}

/* Everything the child does, prepared by the parent: after vfork()
 * only execve(), write() and _exit() are called. */
struct spawn {
	const char *path;
	char **argv, **envp;
	char **sh_argv;		/* "/bin/sh path args...": ENOEXEC */
	const struct rlimit *stack;	/* restore, or NULL */
	int close_fds[2];	/* the jobserver's, for a command that is
				 * not recursive; -1: none */
	int out_fd, err_fd;	/* -O: stdout and stderr, or -1 */
	char msg[256];		/* "dmake: path: " */
};

static void
spawn_child(const struct spawn *sp)
{
	const char *e;

	if (sp->stack)
		setrlimit(RLIMIT_STACK, sp->stack);
	if (sp->out_fd >= 0)
		dup2(sp->out_fd, 1);
	if (sp->err_fd >= 0)
		dup2(sp->err_fd, 2);
	if (sp->close_fds[0] >= 0)
		close(sp->close_fds[0]);
	if (sp->close_fds[1] >= 0)
		close(sp->close_fds[1]);
	execve(sp->path, sp->argv, sp->envp);
	if (errno == ENOEXEC)
		execve(sp->sh_argv[0], sp->sh_argv, sp->envp);
	e = strerror(errno);
	(void)!write(2, sp->msg, strlen(sp->msg));
	(void)!write(2, e, strlen(e));
	(void)!write(2, "\n", 1);
	_exit(127);
}

static pid_t
spawn(const struct spawn *sp)
{
	pid_t pid = vfork();

	if (pid == 0)	/* the child calls only execve, write and _exit: */
		spawn_child(sp);	/* NOLINT(clang-analyzer-unix.Vfork) */
	return pid;
}

static void
spawn_failed(struct step_result *r, const char *what, int err)
{
	fflush(stdout);
	fprintf(stderr, "%s: %s: %s\n", progname, what, strerror(err));
	r->exit_code = 127;
	r->sig = 0;
	r->core = false;
	r->reported = false;
}

pid_t
job_spawn_to(char **argv, int fd[2])
{
	struct spawn sp;
	size_t n = 0;
	pid_t pid;
	int err;
	char *path;

	path = find_program(argv[0], environ, &err);
	if (!path) {
		diag_warn(NULL, "%s: %s", argv[0], strerror(err));
		return 0;
	}
	while (argv[n])
		n++;
	sp.sh_argv = xcalloc(n + 2, sizeof(*sp.sh_argv));
	sp.sh_argv[0] = (char *)"/bin/sh";
	sp.sh_argv[1] = path;
	memcpy(sp.sh_argv + 2, argv + 1, n * sizeof(*sp.sh_argv));
	sp.path = path;
	sp.argv = argv;
	sp.envp = environ;
	sp.stack = child_stack;
	/* (dmake started without a stdout: the pipe may be fd 1; dup2()
	 * onto it replaces fd[0], or is none when fd[1] is 1) */
	sp.out_fd = fd[1];
	sp.err_fd = diag_sync_fd[1];	/* -O: into the job's output */
	sp.close_fds[0] = fd[0] == STDOUT_FILENO ? -1 : fd[0];
	sp.close_fds[1] = fd[1];
	if (fd[1] == STDOUT_FILENO) {
		(void)fcntl(fd[1], F_SETFD, 0);
		sp.out_fd = sp.close_fds[1] = -1;
	}
	snprintf(sp.msg, sizeof(sp.msg), "%s: %s: ", progname, argv[0]);
	pid = spawn(&sp);
	err = errno;
	free(sp.sh_argv);
	free(path);
	errno = err;
	return pid;
}

static int
local_start(struct executor *ex, struct job *j, struct step *s,
    struct step_result *r)
{
	struct local *l = ex->data;
	struct spawn sp;
	size_t n = 0;
	pid_t pid;
	int err;
	char *path;

	sp.envp = job_environ(j);
	path = find_program(s->argv[0], sp.envp, &err);
	if (!path) {
		spawn_failed(r, s->argv[0], err);
		return -1;
	}
	while (s->argv[n])
		n++;
	sp.sh_argv = xcalloc(n + 2, sizeof(*sp.sh_argv));
	sp.sh_argv[0] = (char *)"/bin/sh";
	sp.sh_argv[1] = path;
	memcpy(sp.sh_argv + 2, s->argv + 1, n * sizeof(*sp.sh_argv));
	sp.path = path;
	sp.argv = s->argv;
	sp.stack = l->stack_raised ? &l->old_stack : NULL;
	/* -O: the job's files (the scheduler says for which steps) */
	sp.out_fd = sp.err_fd = -1;
	if (j->sync_step) {
		sp.out_fd = j->sync_fd[0];
		sp.err_fd = j->sync_fd[1];
	}
	/* only a recursive command ('+', $(MAKE)) gets the jobserver */
	if (s->flags & STEP_ALWAYS)
		sp.close_fds[0] = sp.close_fds[1] = -1;
	else
		jobserver_fds(sp.close_fds);
	snprintf(sp.msg, sizeof(sp.msg), "%s: %s: ", progname, s->argv[0]);
	pid = spawn(&sp);
	err = errno;
	free(sp.sh_argv);
	free(path);
	if (pid < 0) {
		spawn_failed(r, "fork", err);
		return -1;
	}
	XGROW(l->kids, l->nkids + 1, l->alloc);
	l->kids[l->nkids].pid = pid;
	l->kids[l->nkids].job = j;
	l->nkids++;
	j->exec_data = l;
	j->pid = pid;
	return 0;
}

static size_t
local_pollfds(struct executor *ex, struct pollfd *fds, size_t max)
{
	(void)ex;
	if (!max)
		return 0;
	fds[0].fd = chld_pipe[0];
	fds[0].events = POLLIN;
	fds[0].revents = 0;
	return 1;
}

static void
drain(int fd)
{
	char buf[64];

	while (read(fd, buf, sizeof(buf)) > 0)
		;
}

static void
local_ready(struct executor *ex, const struct pollfd *fds, size_t n)
{
	struct local *l = ex->data;
	size_t i = 0;

	if (n && fds[0].revents)
		drain(chld_pipe[0]);
	while (i < l->nkids) {
		struct step_result r = { 0, 0, false, false };
		struct job *j = l->kids[i].job;
		int st;
		pid_t p = waitpid(l->kids[i].pid, &st, WNOHANG);

		if (p == 0 || (p < 0 && errno == EINTR)) {
			i++;
			continue;
		}
		if (p > 0 && WIFSIGNALED(st)) {
			r.sig = WTERMSIG(st);
			r.core = WCOREDUMP(st);
		} else if (p > 0) {
			r.exit_code = WEXITSTATUS(st);
		} else {
			r.exit_code = 127;	/* lost: ECHILD */
		}
		l->kids[i] = l->kids[--l->nkids];
		j->exec_data = NULL;
		ex->done(j, &r);
	}
}

static pid_t fg_pid;	/* job_foreground's */

void
job_foreground(pid_t pid)
{
	fg_pid = pid;
}

static void
local_kill(struct executor *ex, int sig)
{
	struct local *l = ex->data;
	size_t i;

	for (i = 0; i < l->nkids; i++)
		kill(l->kids[i].pid, sig);
	if (fg_pid > 0)
		kill(fg_pid, sig);
}

static size_t
local_nrunning(const struct executor *ex)
{
	const struct local *l = ex->data;

	return l->nkids;
}

static void
local_free(struct executor *ex)
{
	struct local *l;

	if (!ex)
		return;
	l = ex->data;
	sigaction(SIGCHLD, &l->old_chld, NULL);
	if (l->stack_raised) {
		setrlimit(RLIMIT_STACK, &l->old_stack);
		child_stack = NULL;
	}
	close(chld_pipe[0]);
	close(chld_pipe[1]);
	chld_pipe[0] = chld_pipe[1] = -1;
	free(l->kids);
	free(l);
	free(ex);
}

struct executor *
job_local_new(void)
{
	struct executor *ex = xcalloc(1, sizeof(*ex));
	struct local *l = xcalloc(1, sizeof(*l));
	struct sigaction sa;

	if (chld_pipe[0] >= 0)
		BUG("two local executors");
	if (pipe2(chld_pipe, O_CLOEXEC | O_NONBLOCK) < 0) {
		int e = errno;

		diag_fatal(NULL, "pipe: %s", strerror(e));
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigchld;
	sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGCHLD, &sa, &l->old_chld);
	raise_stack(l);
	ex->name = "local";
	ex->start = local_start;
	ex->pollfds = local_pollfds;
	ex->ready = local_ready;
	ex->kill = local_kill;
	ex->nrunning = local_nrunning;
	ex->free = local_free;
	ex->data = l;
	return ex;
}
