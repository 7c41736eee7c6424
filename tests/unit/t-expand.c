/*
 * t-expand.c - the expander, the builtin functions, assignment and child
 * environments.  Error paths run in a forked child whose exit status
 * and stderr are checked.  Where /usr/bin/make (GNU make 4.3) exists, a
 * table of expansions is also compared with it.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"
#include "diag.h"
#include "expand.h"
#include "func.h"
#include "strbuf.h"
#include "tap.h"
#include "util.h"
#include "var.h"

static struct loc L = { "Makefile", 3 };
static char tmpdir[64];

/*
 * Helpers
 */

/* text fit for a TAP description: no newlines, tabs or CRs. */
static char *
printable(const char *text)
{
	struct strbuf sb = STRBUF_INIT;

	for (; *text && sb.len < 120; text++) {
		if (*text == '\n')
			sb_adds(&sb, "\\n");
		else if (*text == '\t')
			sb_adds(&sb, "\\t");
		else if (*text == '\r')
			sb_adds(&sb, "\\r");
		else
			sb_addc(&sb, *text);
	}
	if (*text)
		sb_adds(&sb, "...");
	return sb_detach(&sb, NULL);
}

static void
is_in(const struct scope *sc, const char *text, const char *want, int line)
{
	char *got = expand_str(text, sc, &L), *what = printable(text);

	tap_check_str(got, want, __FILE__, line, what);
	free(what);
	free(got);
}
#define IS(text, want) is_in(&scope_global, (text), (want), __LINE__)
#define IS_IN(sc, text, want) is_in((sc), (text), (want), __LINE__)

static struct var *
assign_at(struct varset *set, const char *name, enum assign_op op,
    const char *value, enum var_origin origin, unsigned flags,
    const struct scope *sc, unsigned long line)
{
	struct loc loc = { "Makefile", line };

	return expand_assign(set, name, strlen(name), op, value, strlen(value),
	    origin, flags, sc, &loc);
}

static struct var *
assign(const char *name, enum assign_op op, const char *value)
{
	return assign_at(var_global, name, op, value, VAR_ORIGIN_FILE, 0,
	    &scope_global, 3);
}

static struct var *
gvar(const char *name)
{
	return varset_find(var_global, name, strlen(name));
}

struct child {
	int status;		/* exit status, or -1 for a signal */
	char out[8192];
	char err[8192];
};

static void
read_fd(int fd, char *buf, size_t size)
{
	size_t n = 0;
	ssize_t r;

	while (n + 1 < size && (r = read(fd, buf + n, size - 1 - n)) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			break;
		n += (size_t)r;
	}
	buf[n] = '\0';
	while (read(fd, &(char){ 0 }, 1) > 0)
		;
}

/* Run fn(arg) in a child; collect its status, stdout and stderr. */
static void
run_child(void (*fn)(const void *), const void *arg, struct child *c)
{
	int out[2], err[2], st;
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	if (pipe(out) < 0 || pipe(err) < 0)
		abort();
	pid = fork();
	if (pid < 0)
		abort();
	if (pid == 0) {
		dup2(out[1], 1);
		dup2(err[1], 2);
		close(out[0]);
		close(err[0]);
		close(out[1]);
		close(err[1]);
		fn(arg);
		fflush(stdout);
		fflush(stderr);
		_exit(0);
	}
	close(out[1]);
	close(err[1]);
	read_fd(out[0], c->out, sizeof(c->out));
	read_fd(err[0], c->err, sizeof(c->err));
	close(out[0]);
	close(err[0]);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	c->status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void
do_expand(const void *text)
{
	char *s = expand_str(text, &scope_global, &L);

	fputs(s, stdout);
	free(s);
}

/* Expanding text must stop with status 2 and exactly err on stderr. */
static void
fatal_is(const char *text, const char *err, int line)
{
	struct child c;
	char *what = printable(text);

	run_child(do_expand, text, &c);
	tap_check_int(c.status, 2, __FILE__, line, what);
	tap_check_str(c.err, err, __FILE__, line, what);
	free(what);
}
#define FATAL(text, err) fatal_is((text), (err), __LINE__)

/* Expanding text prints out on stdout and err on stderr, status 0. */
static void
prints_is(const char *text, const char *out, const char *err, int line)
{
	struct child c;
	char *what = printable(text);

	run_child(do_expand, text, &c);
	tap_check_int(c.status, 0, __FILE__, line, what);
	tap_check_str(c.out, out, __FILE__, line, what);
	tap_check_str(c.err, err, __FILE__, line, what);
	free(what);
}
#define PRINTS(text, out, err) prints_is((text), (out), (err), __LINE__)

static char *
tmp_path(const char *name)
{
	return xasprintf("%s/%s", tmpdir, name);
}

static size_t
file_lines(const char *name)
{
	char *p = tmp_path(name);
	FILE *fp = fopen(p, "r");
	size_t n = 0;
	int ch;

	free(p);
	if (!fp)
		return 0;
	while ((ch = fgetc(fp)) != EOF)
		n += ch == '\n';
	fclose(fp);
	return n;
}

/*
 * References and flavours
 */

static void
test_refs(void)
{
	IS("", "");
	IS("plain text", "plain text");
	IS("$$", "$");
	IS("a$$b$$$$", "a$b$$");
	IS("end$", "end$");	/* as GNU make: a $ that ends the text stays */
	assign("x", ASSIGN_RECURSIVE, "X");
	assign("long", ASSIGN_RECURSIVE, "L");
	IS("$x", "X");
	IS("$xy", "Xy");
	IS("$(x)", "X");
	IS("${x}", "X");
	IS("$(long)${long}$long", "LLong");
	IS("$(undefined)", "");
	IS("[$( x)]", "[]");
	assign(" ", ASSIGN_RECURSIVE, "SP");
	IS("$ x", "SPx");
	/* without '$' inside, the first close ends the name (GNU) */
	assign("foo(bar", ASSIGN_RECURSIVE, "FB");
	IS("$(foo(bar))", "FB)");
	IS("${x)}", "");
	assign("x)", ASSIGN_RECURSIVE, "XP");
	IS("${x)}", "XP");
	FATAL("$(x", "Makefile:3: *** unterminated variable reference.  Stop.\n");
	FATAL("${x", "Makefile:3: *** unterminated variable reference.  Stop.\n");
	FATAL("$(x}", "Makefile:3: *** unterminated variable reference.  Stop.\n");
	FATAL("a $(info b", "Makefile:3: *** unterminated call to function "
	    "'info': missing ')'.  Stop.\n");
	FATAL("${info b)", "Makefile:3: *** unterminated call to function "
	    "'info': missing '}'.  Stop.\n");
}

static void
test_flavors(void)
{
	assign("r", ASSIGN_RECURSIVE, "$(later)");
	assign("s", ASSIGN_SIMPLE, "$(later)");
	assign("later", ASSIGN_RECURSIVE, "L1");
	IS("$(r)/$(s)", "L1/");
	assign("later", ASSIGN_RECURSIVE, "L2");
	IS("$(r)", "L2");
	check_int(gvar("r")->flavor, VAR_RECURSIVE);
	check_int(gvar("s")->flavor, VAR_SIMPLE);
	/* a simple variable's $ is not expanded again */
	assign("dollar", ASSIGN_SIMPLE, "$$(later)");
	IS("$(dollar)", "$(later)");
	check_str(gvar("dollar")->value, "$(later)");
	/* ::= is := */
	check_int(assign("s2", ASSIGN_SIMPLE, "a $(later)")->flavor,
	    VAR_SIMPLE);
	IS("$(s2)", "a L2");
	IS("$(flavor r) $(flavor s) $(flavor nope)",
	    "recursive simple undefined");
	IS("$(origin r) $(origin nope)", "file undefined");
}

static void
test_computed(void)
{
	assign("a", ASSIGN_RECURSIVE, "b");
	assign("b_c", ASSIGN_RECURSIVE, "val");
	assign("b_d", ASSIGN_RECURSIVE, "$(a)d");
	IS("$($(a)_c)", "val");
	IS("${$(a)_c}", "val");
	IS("$($(a)_d)", "bd");
	assign("n1", ASSIGN_RECURSIVE, "n2");
	assign("n2", ASSIGN_RECURSIVE, "n3");
	assign("n3", ASSIGN_RECURSIVE, "deep");
	IS("$($($(n1)))", "deep");
	IS("$(subst x,y,$($(a)_c))", "val");
	/* a computed function name is a variable name */
	assign("fn", ASSIGN_RECURSIVE, "subst");
	IS("$($(fn) a,b,c)", "");
}

static void
test_subst_refs(void)
{
	assign("v", ASSIGN_RECURSIVE, "a.c b.c");
	IS("$(v:.c=.o)", "a.o b.o");
	IS("$(v:%.c=%.o)", "a.o b.o");
	IS("$(v:a%=x%)", "x.c b.c");
	IS("$(v:.c=)", "a b");
	IS("$(v:c=%)", "a.% b.%");
	IS("[$(v:)]", "[]");
	IS("[$(v:x)]", "[]");
	IS("${v:.c=.h}", "a.h b.h");
	assign("suf", ASSIGN_RECURSIVE, ".c");
	IS("$(v:$(suf)=.o)", "a.o b.o");
	assign("spaced", ASSIGN_RECURSIVE, "  a.c   b.c  ");
	IS("[$(spaced:.c=.o)]", "[a.o b.o]");
	IS("[$(nope:a=b)]", "[]");
	assign("empty", ASSIGN_RECURSIVE, "");
	IS("[$(empty:a=b)]", "[]");
	/* the pattern's own escapes */
	assign("pc", ASSIGN_RECURSIVE, "%a xa");
	IS("$(pc:\\%a=y)", "y xa");
}

static void
test_recursion(void)
{
	assign_at(var_global, "X", ASSIGN_RECURSIVE, "$(X)", VAR_ORIGIN_FILE,
	    0, &scope_global, 5);
	FATAL("$(X)", "Makefile:5: *** Recursive variable 'X' references "
	    "itself (eventually).  Stop.\n");
	assign_at(var_global, "Y1", ASSIGN_RECURSIVE, "$(Y2)",
	    VAR_ORIGIN_FILE, 0, &scope_global, 7);
	assign_at(var_global, "Y2", ASSIGN_RECURSIVE, "a $(Y1)",
	    VAR_ORIGIN_FILE, 0, &scope_global, 8);
	FATAL("$(Y2)", "Makefile:8: *** Recursive variable 'Y2' references "
	    "itself (eventually).  Stop.\n");
	/* no location of its own: the reference's */
	varset_set(var_global, "Z", 1, "$(Z)", 4, VAR_RECURSIVE,
	    VAR_ORIGIN_COMMAND, NULL);
	FATAL("$(Z)", "Makefile:3: *** Recursive variable 'Z' references "
	    "itself (eventually).  Stop.\n");
	/* using a variable twice is no loop */
	assign("twice", ASSIGN_RECURSIVE, "$(later)$(later)");
	IS("$(twice)", "L2L2");
	/* errors inside a variable point at the variable */
	assign_at(var_global, "UNT", ASSIGN_RECURSIVE, "$(foo",
	    VAR_ORIGIN_FILE, 0, &scope_global, 9);
	FATAL("$(UNT)",
	    "Makefile:9: *** unterminated variable reference.  Stop.\n");
	assign_at(var_global, "ERR", ASSIGN_RECURSIVE, "$(error boom)",
	    VAR_ORIGIN_FILE, 0, &scope_global, 10);
	FATAL("$(ERR)", "Makefile:3: *** boom.  Stop.\n");
	/* the environment tests expand every exported variable */
	varset_remove(var_global, "Z", 1);
}

static void
test_deep(void)
{
	size_t n = 100000, i;
	char *s = xmalloc(3 * n + 2);

	/* 100,000 nested $( ... ) */
	for (i = 0; i < n; i++)
		memcpy(s + 2 * i, "$(", 2);
	s[2 * n] = 'x';
	for (i = 0; i < n; i++)
		s[2 * n + 1 + i] = ')';
	s[3 * n + 1] = '\0';
	FATAL(s, "Makefile:3: *** expansion nested too deeply.  Stop.\n");
	/* unterminated: an error, not a crash */
	s[2 * n + 1] = '\0';
	FATAL(s, "Makefile:3: *** unterminated variable reference.  Stop.\n");
	/* 1,000 levels are fine */
	for (i = 0; i < 1000; i++)
		memcpy(s + 2 * i, "$(", 2);
	s[2000] = '\0';
	strcat(s, "n1");
	for (i = 0; i < 1000; i++)
		strcat(s, ")");
	IS(s, "");
	free(s);
	/* 10,000 nested function calls */
	n = 10000;
	s = xmalloc(13 * n + 1);
	for (i = 0; i < n; i++)
		memcpy(s + 12 * i, "$(subst a,b,", 12);
	memset(s + 12 * n, ')', n);
	s[13 * n] = '\0';
	FATAL(s, "Makefile:3: *** expansion nested too deeply.  Stop.\n");
	free(s);
	/* a deep but finite recursion works */
	{
		struct strbuf words = STRBUF_INIT, want = STRBUF_INIT;
		char *t;

		for (i = 1; i <= 600; i++)
			sb_addf(&words, "%s%zu", i > 1 ? " " : "", i);
		for (i = 600; i >= 1; i--)
			sb_addf(&want, "%s%zu", i < 600 ? " " : "", i);
		assign("rev1", ASSIGN_RECURSIVE, "$(if $1,$(call rev1,"
		    "$(wordlist 2,$(words $1),$1)) $(firstword $1))");
		t = xasprintf("$(strip $(call rev1,%s))", words.buf);
		IS(t, want.buf);
		free(t);
		sb_release(&words);
		sb_release(&want);
	}
	/* endless recursion through $(call) */
	assign("loop", ASSIGN_RECURSIVE, "$(call loop)");
	FATAL("$(call loop)",
	    "Makefile:3: *** expansion nested too deeply.  Stop.\n");
}

/*
 * Functions
 */

static void
test_text_funcs(void)
{
	IS("$(subst a,b,xax)", "xbx");
	IS("$(subst ,x,abc)", "abcx");
	IS("$(subst aa,b,aaa aaaa)", "ba bb");
	IS("[$(subst a,b,a) $(subst a,b ,c) $(subst a,b,c,d)]", "[b c c,d]");
	IS("$(patsubst %.c,%.o,a.c b.h   c.c)", "a.o b.h c.o");
	IS("[$(patsubst a,,a b a)]", "[ b ]");
	IS("[$(patsubst a%,%,a b)]", "[ b]");
	IS("[$(patsubst %,,a b)]", "[]");
	IS("[$(patsubst \\%a,x,%a a)]", "[x a]");
	IS("[$(patsubst \\\\%a,x,\\ya \\a)]", "[x x]");
	IS("[$(patsubst ,x,)] [$(patsubst ,x,a b )]", "[x] [a b x]");
	IS("[$(patsubst a,x,a   a  b)] [$(patsubst %,x%, a   b )]",
	    "[x   x  b] [xa xb]");
	IS("$(patsubst %,%%,a)", "a%");
	IS("[$(strip   a   b  )] [$(strip)] [$(strip \t x \n y )]",
	    "[a b] [] [x y]");
	IS("[$(findstring a,bab)] [$(findstring x,bab)] [$(findstring ,b)]",
	    "[a] [] []");
	IS("[$(filter %.c a%,a.c b.h abc)] [$(filter-out %.c,a.c b.h)]",
	    "[a.c abc] [b.h]");
	IS("$(filter a b,a b c a)", "a b a");
	IS("$(filter-out a b,a b c a d)", "c d");
	IS("$(filter \\%x,%x x)", "%x");
	IS("[$(sort c b a b)] [$(sort  b  a b )] [$(sort)]",
	    "[a b c] [a b] []");
	IS("$(sort B a A b aa)", "A B a aa b");
	IS("[$(word 2,a b c)] [$(word 4,a b c)] [$(word  2 ,a b)]",
	    "[b] [] [b]");
	IS("[$(wordlist 2,3,a b c d)] [$(wordlist 3,2,a b c)]",
	    "[b c] []");
	IS("[$(wordlist 2,9,a  b   c)] [$(wordlist 1,1,a b)]",
	    "[b   c] [a]");
	/* numbers as GNU make's atoi() takes them: saturated at
	 * LONG_MAX, then cut to an int */
	IS("[$(wordlist 1,99999999999999999999,a b)]", "[]");
	IS("[$(wordlist 1,2147483647,a b)] [$(wordlist 1,4294967298,a b)]",
	    "[a b] [a b]");
	IS("[$(word 4294967298,a b)] [$(word 2147483648,a b)]", "[b] []");
	IS("[$(wordlist 2,2147483648,a b c)]", "[b c]");
	IS("[$(words a b c)] [$(words  )] [$(words x)]", "[3] [0] [1]");
	IS("[$(firstword  a b )] [$(firstword )] [$(lastword a b c)]",
	    "[a] [] [c]");
	IS("[$(lastword )]", "[]");
	IS("[$(dir a/b c /d/)] [$(notdir a/b c /d/)]",
	    "[a/ ./ /d/] [b c ]");
	IS("[$(suffix a.c b c.d/e f.g.h)] [$(basename a.c b c.d/e f.g.h)]",
	    "[.c .h] [a b c.d/e f.g]");
	IS("[$(dir )] [$(suffix x)] [$(basename /a.b/c)]", "[] [] [/a.b/c]");
	IS("[$(addsuffix .c,a b)] [$(addprefix x/,a b)] [$(addsuffix x,)]",
	    "[a.c b.c] [x/a x/b] []");
	IS("[$(join a b c,1 2)] [$(join a b,1 2 3)] [$(join ,)]",
	    "[a1 b2 c] [a1 b2 3] []");
	FATAL("$(word 0,a)", "Makefile:3: *** first argument to 'word' "
	    "function must be greater than 0.  Stop.\n");
	FATAL("$(word x,a)", "Makefile:3: *** non-numeric first argument to "
	    "'word' function: 'x'.  Stop.\n");
	FATAL("$(word -1,a)", "Makefile:3: *** non-numeric first argument to "
	    "'word' function: '-1'.  Stop.\n");
	FATAL("$(word ,a)", "Makefile:3: *** non-numeric first argument to "
	    "'word' function: ''.  Stop.\n");
	FATAL("$(wordlist x,2,a)", "Makefile:3: *** non-numeric first "
	    "argument to 'wordlist' function: 'x'.  Stop.\n");
	FATAL("$(wordlist 1,x,a)", "Makefile:3: *** non-numeric second "
	    "argument to 'wordlist' function: 'x'.  Stop.\n");
	FATAL("$(wordlist 0,1,a)", "Makefile:3: *** invalid first argument "
	    "to 'wordlist' function: '0'.  Stop.\n");
	FATAL("$(subst a)", "Makefile:3: *** insufficient number of "
	    "arguments (1) to function 'subst'.  Stop.\n");
	FATAL("$(if a)", "Makefile:3: *** insufficient number of arguments "
	    "(1) to function 'if'.  Stop.\n");
}

static void
test_func_syntax(void)
{
	/* a function name must be followed by whitespace */
	assign("subst", ASSIGN_RECURSIVE, "SUBST");
	IS("[$(subst)]", "[SUBST]");
	IS("[$(info)]", "[]");
	IS("[$(  subst a,b,ab)]", "[]");
	IS("$(subst\ta,b,ab)", "bb");
	IS("$(subst\na,b,ab)", "bb");
	/* the first argument loses its leading blanks, no other does */
	IS("[$(subst  a , b ,a a )]", "[ b  b ]");
	IS("[$(subst a , b ,a a )x]", "[ b  b x]");
	/* commas inside nested parens of the call's kind don't split */
	IS("$(subst a,b,$(subst x,y,xa),c)", "yb,c");
	IS("[$(if ,${x,y},z)] [${if ,$(x,y),z}] [$(if ,{,z)]",
	    "[y},z] [y),z] [z]");
	/* the last argument takes the rest */
	IS("$(subst a,b,c,d,a)", "c,d,b");
	/* functions in braces */
	IS("${subst a,b,aa}", "bb");
	/* nested calls */
	IS("$(words $(filter a%,$(sort b a2 a1 a1)))", "2");
}

static void
test_control(void)
{
	IS("[$(if ,a,b)] [$(if x,a,b)] [$(if ,a)] [$(if  x , a , b )]",
	    "[b] [a] [] [ a ]");
	IS("[$(if $(empty),a,b)] [$(if $(empty) ,a,b)]", "[b] [b]");
	assign("space", ASSIGN_SIMPLE, "$(empty) $(empty)");
	IS("[$(if $(space),a,b)]", "[a]");
	IS("[$(or ,,c)] [$(or , a , b )] [$(or ,)]", "[c] [a] []");
	IS("[$(and a,b,c)] [$(and a,,c)] [$(and  a , b )] [$(and x)]",
	    "[c] [] [b] [x]");
	IS("[$(foreach v,a b c,<$v>)] [$(foreach  v , a b , $v )]",
	    "[<a> <b> <c>] [ a   b ]");
	IS("[$(foreach v,,x)] [$(foreach v x,1 2,$v)]", "[] [1 2]");
	/* foreach binds in its own level: the global is untouched */
	assign("fv", ASSIGN_RECURSIVE, "global");
	IS("$(foreach fv,a b,$(fv)$(origin fv)/$(flavor fv)) $(fv)",
	    "aautomatic/simple bautomatic/simple global");
	check_str(gvar("fv")->value, "global");
	IS("$(foreach i,1 2,$(foreach j,a b,$i$j))", "1a 1b 2a 2b");
	assign("body", ASSIGN_RECURSIVE, "<$(it)>");
	IS("$(foreach it,x y,$(body))", "<x> <y>");
	IS("$(value body) $(value nope)|", "<$(it)> |");
	IS("$(value  body)", "<$(it)>");
}

static void
test_laziness(void)
{
	char *f = tmp_path("side");
	char *t;

	/* untaken branches run no $(shell) */
	t = xasprintf("$(if ,$(shell echo >>%s))"
	    "$(if x,,$(shell echo >>%s))"
	    "$(or a,$(shell echo >>%s))"
	    "$(and ,$(shell echo >>%s))"
	    "$(and a,,$(shell echo >>%s))", f, f, f, f, f);
	IS(t, "a");
	free(t);
	check_int(file_lines("side"), 0);
	t = xasprintf("$(if x,$(shell echo >>%s))"
	    "$(or ,$(shell echo >>%s))"
	    "$(and a,$(shell echo >>%s))", f, f, f);
	IS(t, "");
	free(t);
	check_int(file_lines("side"), 3);
	/* the condition is expanded once */
	t = xasprintf("$(if $(shell echo >>%s; echo y),a,b)", f);
	IS(t, "a");
	free(t);
	check_int(file_lines("side"), 4);
	PRINTS("$(if ,$(info no),$(info yes))", "yes\n", "");
	PRINTS("$(or $(info one)x,$(info two))", "one\nx", "");
	free(f);
}

static void
test_call(void)
{
	assign("f", ASSIGN_RECURSIVE, "<$0|$1|$2|$3>");
	IS("$(call f,a,b)", "<f|a|b|>");
	IS("$(call  f , x , y )", "<f| x | y |>");
	IS("$(call f)", "<f|||>");
	assign("g", ASSIGN_RECURSIVE, "$(call f,$1)");
	/* a nested call hides the outer call's arguments */
	IS("[$(call g,a,b,c)]", "[<f|a||>]");
	IS("[$(call if,,a,b)] [$(call subst,a,b, a )]", "[b] [ b ]");
	IS("[$(call nope,a)] [$(call ,a)] [$(call  )]", "[] [] []");
	IS("[$(call info)]", "[]");
	FATAL("$(call subst,a)", "Makefile:3: *** insufficient number of "
	    "arguments (1) to function 'subst'.  Stop.\n");
	IS("$(origin 1) $(call f,$(origin 1))", "undefined <f|undefined||>");
	assign("o1", ASSIGN_RECURSIVE, "$(origin 1)");
	IS("$(call o1,x)", "automatic");
	/* recursion */
	assign("rev", ASSIGN_RECURSIVE, "$(if $1,$(call rev,$(wordlist 2,"
	    "$(words $1),$1)) $(firstword $1))");
	IS("$(strip $(call rev,a b c d))", "d c b a");
	/* $(1) stays bound after a nested call returns */
	assign("h", ASSIGN_RECURSIVE, "$1$(call f,z)$1");
	IS("$(call h,q)", "q<f|z||>q");
	/* a variable named by a computed call */
	assign("which", ASSIGN_RECURSIVE, "f");
	IS("$(call $(which),1)", "<f|1||>");
	check(varset_find(var_global, "1", 1) == NULL);
}

static int eval_calls;
static char eval_text[256];
static unsigned long eval_line;

/* A stand-in for the parser: "NAME=VALUE" lines become recursive
 * assignments. */
static void
test_eval_hook(const char *text, size_t len, const struct loc *loc,
    const struct scope *sc)
{
	const char *eq = memchr(text, '=', len);

	(void)sc;
	eval_calls++;
	snprintf(eval_text, sizeof(eval_text), "%.*s", (int)len, text);
	eval_line = loc ? loc->line : 0;
	if (eq)
		expand_assign(var_global, text, (size_t)(eq - text),
		    ASSIGN_RECURSIVE, eq + 1, len - (size_t)(eq - text) - 1,
		    VAR_ORIGIN_FILE, 0, &scope_global, loc);
}

static void
test_eval(void)
{
	FATAL("$(eval x=1)", "Makefile:3: *** $(eval) is not available "
	    "here.  Stop.\n");
	expand_hooks.eval = test_eval_hook;
	IS("[$(eval ev=$$(later)x)]", "[]");
	check_int(eval_calls, 1);
	check_str(eval_text, "ev=$(later)x");
	check_int(eval_line, 3);
	IS("$(ev)", "L2x");
	/* a variable that redefines itself while being expanded */
	assign("self", ASSIGN_RECURSIVE, "a$(eval self=b$$(later))");
	IS("$(self)", "a");
	IS("$(self)", "bL2");
	/* ... and then refers to itself: still a loop, as in GNU */
	assign_at(var_global, "self2", ASSIGN_RECURSIVE,
	    "$(eval self2=b)$(self2)", VAR_ORIGIN_FILE, 0, &scope_global, 6);
	FATAL("$(self2)", "Makefile:3: *** Recursive variable 'self2' "
	    "references itself (eventually).  Stop.\n");
	expand_hooks.eval = NULL;
}

static void
test_messages(void)
{
	PRINTS("a$(info  hello  world  )b", "hello  world  \nab", "");
	PRINTS("$(info a,b)", "a,b\n", "");
	PRINTS("$(info )", "\n", "");
	PRINTS("$(warning  careful  )", "", "Makefile:3: careful  \n");
	FATAL("$(error  bad  thing  )", "Makefile:3: *** bad  thing  .  Stop.\n");
	FATAL("$(error 100%)", "Makefile:3: *** 100%.  Stop.\n");
	/* untaken: no error */
	IS("$(if ,$(error no))ok", "ok");
}

static void
test_shell(void)
{
	IS("[$(shell printf 'a\\n\\nb\\n\\n')]", "[a  b]");
	IS("[$(shell printf 'a\\r\\nb')]", "[a b]");
	IS("[$(shell printf 'a  ')]", "[a  ]");
	IS("[$(shell exit 3)] $(.SHELLSTATUS)", "[] 3");
	IS("$(shell true)$(.SHELLSTATUS)", "0");
	IS("$(origin .SHELLSTATUS) $(flavor .SHELLSTATUS)", "override simple");
	IS("$(shell kill -9 $$$$)$(.SHELLSTATUS)", "137");
	IS("$(shell echo $$0)", "/bin/sh");
	PRINTS("$(shell echo err >&2; echo out)", "out", "err\n");
	/* != keeps all but the last newline, as spaces */
	assign("sh", ASSIGN_SHELL, "printf 'a\\n\\nb\\n\\n'");
	check_str(gvar("sh")->value, "a  b ");
	check_int(gvar("sh")->flavor, VAR_RECURSIVE);
	assign("sh2", ASSIGN_SHELL, "echo '$$z'");
	check_str(gvar("sh2")->value, "$z");
	assign("sh3", ASSIGN_SHELL, "exit 4");
	IS("$(.SHELLSTATUS)", "4");
	/* SHELL and .SHELLFLAGS */
	{
		struct varset *s = varset_new();
		struct scope sc = { s, &scope_global, false, false };

		varset_set(s, "SHELL", 5, "/bin/echo", 9, VAR_RECURSIVE,
		    VAR_ORIGIN_FILE, NULL);
		IS_IN(&sc, "$(shell hi)", "-c hi");
		varset_set(s, ".SHELLFLAGS", 11, "-n  -e", 6, VAR_RECURSIVE,
		    VAR_ORIGIN_FILE, NULL);
		IS_IN(&sc, "[$(shell hi)]", "[hi]");
		varset_free(s);
	}
	varset_set(var_global, "SHELL", 5, "/nonexistent", 12, VAR_RECURSIVE,
	    VAR_ORIGIN_FILE, NULL);
	PRINTS("[$(shell hi)] $(.SHELLSTATUS)", "[] 127",
	    "dmake: /nonexistent: No such file or directory\n");
	/* empty: no shell, as GNU make (which runs "-c") */
	varset_set(var_global, "SHELL", 5, "", 0, VAR_RECURSIVE,
	    VAR_ORIGIN_FILE, NULL);
	PRINTS("[$(shell echo hi)] $(.SHELLSTATUS)", "[] 127",
	    "dmake: -c: No such file or directory\n");
	varset_set(var_global, "SHELL", 5, "/bin/sh", 7, VAR_RECURSIVE,
	    VAR_ORIGIN_DEFAULT, NULL);
}

static void
test_files(void)
{
	char *f = tmp_path("out.txt"), *t;

	t = xasprintf("[$(file >%s,hello)]$(file <%s)|"
	    "$(file >>%s,more)$(file < %s)|", f, f, f, f);
	IS(t, "[]hello|hello\nmore|");
	free(t);
	t = xasprintf("$(file  > %s)[$(file <%s)]", f, f);
	IS(t, "[]");
	free(t);
	t = xasprintf("$(file >%s,a\n)$(file >>%s,)[$(file <%s)]", f, f, f);
	IS(t, "[a\n]");
	free(t);
	t = xasprintf("$(file >%s,x,y)[$(file <%s)]", f, f);
	IS(t, "[x,y]");
	free(t);
	IS("[$(file <" "/nonexistent/file)]", "[]");
	FATAL("$(file >/nonexistent/x,a)", "Makefile:3: *** open: "
	    "/nonexistent/x: No such file or directory.  Stop.\n");
	FATAL("$(file <,a)", "Makefile:3: *** file: missing filename.  Stop.\n");
	FATAL("$(file >> )", "Makefile:3: *** file: missing filename.  Stop.\n");
	FATAL("$(file x)", "Makefile:3: *** file: invalid file operation: "
	    "x.  Stop.\n");
	t = xasprintf("$(file <%s,x)", f);
	FATAL(t, "Makefile:3: *** file: too many arguments.  Stop.\n");
	free(t);
	free(f);
}

static void
touch(const char *name)
{
	char *p = tmp_path(name);
	int fd = open(p, O_WRONLY | O_CREAT, 0644);

	if (fd >= 0)
		close(fd);
	free(p);
}

static void
test_paths(void)
{
	char *t, *want, cwd[4096];

	touch("b1");
	touch("b2");
	touch("a1");
	touch("a2");
	t = tmp_path("d");
	mkdir(t, 0755);
	free(t);
	t = xasprintf("$(wildcard %s/b* %s/a* %s/a1 %s/none %s/z*)",
	    tmpdir, tmpdir, tmpdir, tmpdir, tmpdir);
	want = xasprintf("%s/b1 %s/b2 %s/a1 %s/a2 %s/a1", tmpdir, tmpdir,
	    tmpdir, tmpdir, tmpdir);
	IS(t, want);
	free(t);
	free(want);
	t = xasprintf("$(wildcard %s/*/)", tmpdir);
	want = xasprintf("%s/d/", tmpdir);
	IS(t, want);
	free(t);
	free(want);
	IS("[$(wildcard )]", "[]");
	t = xasprintf("$(realpath %s/../%s/./a1 %s/none /)", tmpdir,
	    tmpdir + 5, tmpdir);
	want = xasprintf("%s/a1 /", tmpdir);
	IS(t, want);
	free(t);
	free(want);
	IS("[$(abspath /x/y/.. //a/./b/ /.. /a/../../b)]", "[/x /a/b / /b]");
	if (getcwd(cwd, sizeof(cwd))) {
		const char *d = strcmp(cwd, "/") ? cwd : "";

		want = xasprintf("[%s/b %s/c]", d, d);
		IS("[$(abspath a/../b ./c)]", want);
		free(want);
	}
}

static void
test_regex(void)
{
	IS("$(regex-filter ^a,apple banana avocado)", "apple avocado");
	IS("$(regex-filter an,apple banana avocado)", "banana");
	IS("$(regex-filter o$$,apple banana avocado)", "avocado");
	IS("[$(regex-filter x,apple banana)]", "[]");
	IS("$(regex-filter ^[0-9]+$$,1 a2 33 4b)", "1 33");
	IS("$(regex-subst a,A,banana apple)", "bAnAnA Apple");
	IS("$(regex-subst ^a,A,banana apple)", "banana Apple");
	IS("$(regex-subst a$$,!,banana apple)", "banan! apple");
	IS("$(regex-subst (.)(.),\\2\\1,abcde xy)", "badce yx");
	IS("$(regex-subst b+,<\\0>,abbbc bb)", "a<bbb>c <bb>");
	IS("$(regex-subst a,\\\\,aXa)", "\\X\\");
	IS("$(regex-subst a,\\x\\,aa)", "\\x\\\\x\\");
	IS("$(regex-subst (a)|(b),[\\1\\2\\9],ab)", "[a][b]");
	/* empty matches: no endless loop */
	IS("$(regex-subst x*,-,abc)", "-a-b-c-");
	IS("$(regex-subst x*,-,xxa)", "--a-");
	IS("$(regex-subst ^,>,a b)", ">a >b");
	IS("$(regex-subst $$,<,a b)", "a< b<");
	IS("$(regex-subst ,.,ab)", ".a.b.");
	/* words replaced by nothing leave single spaces */
	IS("[$(regex-subst ^b.*,,a bb c b)]", "[a c]");
	IS("[$(regex-subst .*,,a b)]", "[]");
	IS("[$(regex-subst a,b,  a   a  )]", "[b b]");
	/* UTF-8 */
	IS("$(regex-subst ^.,X,\xc3\xa9t\xc3\xa9)", "Xt\xc3\xa9");
	IS("$(regex-subst x*,-,\xc3\xa9)", "-\xc3\xa9-");
	IS("$(regex-filter ^\\w+$$,\xc3\xa9t\xc3\xa9 a-b)", "\xc3\xa9t\xc3\xa9");
	/* invalid UTF-8 in the text: no match there, no crash */
	IS("$(regex-filter ^a,a\xff b \xff\xfe)", "a\xff");
	IS("$(regex-subst a,b,\xff" "a\xc3)", "\xff" "b\xc3");
	IS("$(regex-subst x*,-,\xff)", "-\xff-");
	/* cached patterns give the same results */
	IS("$(regex-filter ^a,apple banana avocado)", "apple avocado");
	assign("open", ASSIGN_SIMPLE, "(");
	FATAL("$(regex-subst $(open)ab,x,y)", "Makefile:3: *** regex-subst: bad "
	    "pattern at offset 3: missing closing parenthesis.  Stop.\n");
	FATAL("$(regex-filter a[,x)", "Makefile:3: *** regex-filter: bad "
	    "pattern at offset 2: missing terminating ] for character class.  "
	    "Stop.\n");
	FATAL("$(regex-filter \xff,x)", "Makefile:3: *** regex-filter: bad "
	    "pattern at offset 0: UTF-8 error: illegal byte (0xfe or 0xff).  "
	    "Stop.\n");
	FATAL("$(regex-filter (a+)+$$,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab)", "Makefile:3: *** "
	    "regex-filter: match error: match limit exceeded.  Stop.\n");
	FATAL("$(regex-subst a)", "Makefile:3: *** insufficient number of "
	    "arguments (1) to function 'regex-subst'.  Stop.\n");
}

/*
 * Assignment
 */

static void
test_assign_ops(void)
{
	struct var *v;

	check(assign("c1", ASSIGN_CONDITIONAL, "one") != NULL);
	check(assign("c1", ASSIGN_CONDITIONAL, "two") == NULL);
	IS("$(c1)", "one");
	check_int(gvar("c1")->flavor, VAR_RECURSIVE);
	assign("c2", ASSIGN_CONDITIONAL, "$(later)");
	IS("$(c2)", "L2");
	/* defined at all counts, even empty or from the environment */
	assign("c3", ASSIGN_RECURSIVE, "");
	check(assign("c3", ASSIGN_CONDITIONAL, "x") == NULL);
	varset_set(var_global, "c4", 2, "env", 3, VAR_RECURSIVE,
	    VAR_ORIGIN_ENV, NULL);
	check(assign("c4", ASSIGN_CONDITIONAL, "x") == NULL);
	IS("$(c4)", "env");

	assign("r", ASSIGN_RECURSIVE, "a");
	assign("r", ASSIGN_APPEND, "$(later)");
	check_str(gvar("r")->value, "a $(later)");
	check_int(gvar("r")->flavor, VAR_RECURSIVE);
	assign("r", ASSIGN_APPEND, "");
	check_str(gvar("r")->value, "a $(later)");
	assign("s", ASSIGN_SIMPLE, "a");
	assign("s", ASSIGN_APPEND, "$(later)");
	check_str(gvar("s")->value, "a L2");
	check_int(gvar("s")->flavor, VAR_SIMPLE);
	assign("s", ASSIGN_APPEND, "$(empty)");
	check_str(gvar("s")->value, "a L2");
	assign("e", ASSIGN_SIMPLE, "");
	assign("e", ASSIGN_APPEND, "x");
	check_str(gvar("e")->value, "x");
	v = assign("newapp", ASSIGN_APPEND, "$(later)");
	check_int(v->flavor, VAR_RECURSIVE);
	check_str(v->value, "$(later)");
	check(!v->append);
	/* appending to an environment variable makes it a file one */
	varset_set(var_global, "PATHISH", 7, "/bin", 4, VAR_RECURSIVE,
	    VAR_ORIGIN_ENV, NULL);
	v = assign("PATHISH", ASSIGN_APPEND, "/usr/bin");
	check_str(v->value, "/bin /usr/bin");
	check_int(v->origin, VAR_ORIGIN_FILE);
	/* the location is the assignment's */
	v = assign_at(var_global, "where", ASSIGN_RECURSIVE, "x",
	    VAR_ORIGIN_FILE, 0, &scope_global, 42);
	check_int(v->loc.line, 42);
	check_str(v->loc.file, "Makefile");
	FATAL("$(shell true)$(eval =x)", "Makefile:3: *** $(eval) is not "
	    "available here.  Stop.\n");
}

static void
do_assign_empty(const void *arg)
{
	(void)arg;
	assign("", ASSIGN_RECURSIVE, "x");
}

static void
test_assign_origins(void)
{
	struct child c;
	struct var *v;

	run_child(do_assign_empty, NULL, &c);
	check_int(c.status, 2);
	check_str(c.err, "Makefile:3: *** empty variable name.  Stop.\n");

	/* command line beats file */
	assign_at(var_global, "CL", ASSIGN_RECURSIVE, "cmd",
	    VAR_ORIGIN_COMMAND, 0, &scope_global, 0);
	check(assign("CL", ASSIGN_RECURSIVE, "file") == NULL);
	check(assign("CL", ASSIGN_SIMPLE, "file") == NULL);
	check(assign("CL", ASSIGN_APPEND, "more") == NULL);
	IS("$(CL) $(origin CL)", "cmd command line");
	/* ... unless override */
	v = assign_at(var_global, "CL", ASSIGN_RECURSIVE, "ov",
	    VAR_ORIGIN_FILE, ASSIGN_OVERRIDE, &scope_global, 4);
	check(v != NULL);
	IS("$(CL) $(origin CL)", "ov override");
	/* an override variable is not replaced by a plain file line */
	check(assign("CL", ASSIGN_RECURSIVE, "file") == NULL);
	v = assign_at(var_global, "CL", ASSIGN_APPEND, "more",
	    VAR_ORIGIN_FILE, ASSIGN_OVERRIDE, &scope_global, 4);
	IS("$(CL)", "ov more");
	/* command-line += */
	assign("CA", ASSIGN_RECURSIVE, "f");
	v = assign_at(var_global, "CA", ASSIGN_APPEND, "c",
	    VAR_ORIGIN_COMMAND, 0, &scope_global, 0);
	IS("$(CA) $(origin CA)", "f c command line");
	/* -e: environment override beats file, not command line */
	varset_set(var_global, "EO", 2, "env", 3, VAR_RECURSIVE,
	    VAR_ORIGIN_ENV_OVERRIDE, NULL);
	check(assign("EO", ASSIGN_RECURSIVE, "file") == NULL);
	IS("$(origin EO)", "environment override");
	check(assign_at(var_global, "EO", ASSIGN_RECURSIVE, "c",
	    VAR_ORIGIN_COMMAND, 0, &scope_global, 0) != NULL);
	/* file beats plain environment and default */
	varset_set(var_global, "EN", 2, "env", 3, VAR_RECURSIVE,
	    VAR_ORIGIN_ENV, NULL);
	check(assign("EN", ASSIGN_RECURSIVE, "file") != NULL);
	varset_set(var_global, "DF", 2, "cc", 2, VAR_RECURSIVE,
	    VAR_ORIGIN_DEFAULT, NULL);
	IS("$(origin DF)", "default");
	check(assign("DF", ASSIGN_RECURSIVE, "gcc") != NULL);
	IS("$(origin DF) $(DF)", "file gcc");
	/* export flags */
	v = assign_at(var_global, "EX", ASSIGN_RECURSIVE, "1",
	    VAR_ORIGIN_FILE, ASSIGN_EXPORT, &scope_global, 3);
	check_int(v->export, VAR_EXPORT_YES);
	v = assign("EX", ASSIGN_RECURSIVE, "2");
	check_int(v->export, VAR_EXPORT_YES);
	v = assign_at(var_global, "EX", ASSIGN_RECURSIVE, "3",
	    VAR_ORIGIN_FILE, ASSIGN_UNEXPORT, &scope_global, 3);
	check_int(v->export, VAR_EXPORT_NO);
	/* export applies even when the value is not taken */
	assign_at(var_global, "CL", ASSIGN_RECURSIVE, "x", VAR_ORIGIN_FILE,
	    ASSIGN_EXPORT, &scope_global, 3);
	check_int(gvar("CL")->export, VAR_EXPORT_YES);
	check_str(gvar("CL")->value, "ov more");
	assign_at(var_global, "c1", ASSIGN_CONDITIONAL, "x", VAR_ORIGIN_FILE,
	    ASSIGN_EXPORT, &scope_global, 3);
	check_int(gvar("c1")->export, VAR_EXPORT_YES);
	v = assign_at(var_global, "PV", ASSIGN_RECURSIVE, "p",
	    VAR_ORIGIN_FILE, ASSIGN_PRIVATE, &scope_global, 3);
	check(v->is_private);
}

static void
do_ignored_simple(const void *arg)
{
	(void)arg;
	assign_at(var_global, "IG", ASSIGN_RECURSIVE, "c",
	    VAR_ORIGIN_COMMAND, 0, &scope_global, 0);
	if (assign("IG", ASSIGN_SIMPLE, "$(info side)") == NULL)
		fputs("ignored\n", stdout);
}

/* Target-specific variables through a chain: automatic -> t -> p
 * (parent, inherited) -> global. */
static void
test_target_vars(void)
{
	struct varset *pv = varset_new(), *tv = varset_new();
	struct varset *av = varset_new();
	struct scope gl = { var_global, NULL, true, false };
	struct scope pl = { pv, &gl, true, false };
	struct scope tl = { tv, &pl, false, false };
	struct scope al = { av, &tl, false, false };
	struct scope tonly = { tv, &scope_global, false, false };
	struct scope ponly = { pv, &scope_global, false, false };
	struct child c;
	struct var *v;

	run_child(do_ignored_simple, NULL, &c);
	check_str(c.out, "side\nignored\n");

	assign("TA", ASSIGN_RECURSIVE, "g");
	assign_at(pv, "TA", ASSIGN_APPEND, "p$(suffix2)", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &ponly, 20);
	v = assign_at(tv, "TA", ASSIGN_APPEND, "t", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 21);
	check(v->append);
	check_str(v->value, "t");
	assign("suffix2", ASSIGN_RECURSIVE, "2");
	IS_IN(&al, "$(TA)", "g p2 t");
	IS_IN(&ponly, "$(TA)", "g p2");
	IS_IN(&scope_global, "$(TA)", "g");
	/* the global changes later: the target sees the new value */
	assign("TA", ASSIGN_RECURSIVE, "g2");
	IS_IN(&al, "$(TA)", "g2 p2 t");
	/* a second += in the same set keeps it an append variable */
	assign_at(tv, "TA", ASSIGN_APPEND, "u", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 22);
	check_str(varset_find(tv, "TA", 2)->value, "t u");
	check(varset_find(tv, "TA", 2)->append);
	IS_IN(&al, "$(TA)", "g2 p2 t u");
	/* an empty outer value: no leading space */
	assign("TE", ASSIGN_SIMPLE, "");
	assign_at(tv, "TE", ASSIGN_APPEND, "x", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 23);
	IS_IN(&al, "[$(TE)]", "[x]");
	/* undefined outside: just its own */
	assign_at(tv, "TU", ASSIGN_APPEND, "only", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 23);
	IS_IN(&al, "[$(TU)]", "[only]");
	/* after a plain target assignment, += appends in place */
	assign_at(tv, "TP", ASSIGN_RECURSIVE, "a", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 24);
	v = assign_at(tv, "TP", ASSIGN_APPEND, "b", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 25);
	check(!v->append);
	assign("TP", ASSIGN_RECURSIVE, "global");
	IS_IN(&al, "$(TP)", "a b");
	/* simple outer values are not expanded again */
	assign("TS", ASSIGN_SIMPLE, "$$x");
	assign_at(tv, "TS", ASSIGN_APPEND, "y", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 26);
	IS_IN(&al, "$(TS)", "$x y");
	/* the append variable's own text sees the target's scope */
	varset_set(av, "@", 1, "tgt", 3, VAR_SIMPLE, VAR_ORIGIN_AUTOMATIC,
	    NULL);
	assign_at(tv, "TT", ASSIGN_APPEND, "$@", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 27);
	IS_IN(&al, "$(TT)", "tgt");
	/* substitution references and $(value) of append variables */
	IS_IN(&al, "$(TA:%=<%>)", "<g2> <p2> <t> <u>");
	/* ?= is decided when read: defined then, ignored */
	check(assign_at(tv, "TA", ASSIGN_CONDITIONAL, "no", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 28) == NULL);
	v = assign_at(tv, "TC", ASSIGN_CONDITIONAL, "tc", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 29);
	check(v != NULL);
	/* a pattern's is kept, to be decided for each target: even with
	 * a global of the name */
	assign("TG", ASSIGN_RECURSIVE, "global");
	v = assign_at(tv, "TG", ASSIGN_CONDITIONAL, "pat", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET | ASSIGN_PATTERN, &tonly, 28);
	check(v && !strcmp(v->value, "pat"));
	varset_remove(tv, "TG", 2);
	/* and a pattern's '!=' keeps its command, not run */
	v = assign_at(tv, "TG", ASSIGN_SHELL, "exit 1", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET | ASSIGN_PATTERN, &tonly, 28);
	check(v && !strcmp(v->value, "exit 1"));
	varset_remove(tv, "TG", 2);
	/* a global defined later does not change it (GNU 4.3) */
	assign("TC", ASSIGN_RECURSIVE, "gc");
	IS_IN(&al, "$(TC)", "tc");
	/* private: hidden from prerequisites, seen by the target itself */
	assign_at(pv, "PR", ASSIGN_RECURSIVE, "private", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET | ASSIGN_PRIVATE, &ponly, 30);
	assign("PR", ASSIGN_RECURSIVE, "global");
	IS_IN(&al, "$(PR)", "global");
	IS_IN(&ponly, "$(PR)", "private");
	assign_at(pv, "PR2", ASSIGN_RECURSIVE, "private", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET | ASSIGN_PRIVATE, &ponly, 31);
	IS_IN(&al, "[$(PR2)]", "[]");
	/* an append chain skips a private parent value */
	assign("PA", ASSIGN_RECURSIVE, "g");
	assign_at(pv, "PA", ASSIGN_RECURSIVE, "p", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET | ASSIGN_PRIVATE, &ponly, 32);
	assign_at(tv, "PA", ASSIGN_APPEND, "t", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 33);
	IS_IN(&al, "$(PA)", "g t");
	/* a later plain target assignment drops private */
	v = assign_at(pv, "PA", ASSIGN_RECURSIVE, "p2", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &ponly, 34);
	check(!v->is_private);
	IS_IN(&al, "$(PA)", "p2 t");
	/* command-line globals win over target assignments */
	assign_at(var_global, "CMD", ASSIGN_RECURSIVE, "cmd",
	    VAR_ORIGIN_COMMAND, 0, &scope_global, 0);
	v = assign_at(tv, "CMD", ASSIGN_RECURSIVE, "tgt", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 35);
	check_int(v->origin, VAR_ORIGIN_COMMAND);
	IS_IN(&al, "$(CMD)", "cmd");
	v = assign_at(tv, "CMD2", ASSIGN_APPEND, "more", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 36);
	IS_IN(&al, "$(CMD2)", "more");
	assign_at(var_global, "CMD3", ASSIGN_RECURSIVE, "cy",
	    VAR_ORIGIN_COMMAND, 0, &scope_global, 0);
	v = assign_at(tv, "CMD3", ASSIGN_APPEND, "more", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 36);
	check(!v->append);
	IS_IN(&al, "$(CMD3)", "cy");
	v = assign_at(tv, "CMD", ASSIGN_RECURSIVE, "ov", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET | ASSIGN_OVERRIDE, &tonly, 37);
	IS_IN(&al, "$(CMD)", "ov");
	/* an append variable referring to itself is a loop */
	assign_at(tv, "LP", ASSIGN_APPEND, "$(LP)", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tonly, 38);
	{
		char *got = NULL;
		struct strbuf sb = STRBUF_INIT;

		(void)got;
		expand_var(&sb, "TA", 2, &al, &L);
		check_str(sb.buf, "g2 p2 t u");
		sb_release(&sb);
	}
	varset_free(av);
	varset_free(tv);
	varset_free(pv);
}

static void
do_loop_target(const void *arg)
{
	const struct scope *sc = arg;
	char *s = expand_str("$(LP)", sc, &L);

	free(s);
}

static void
test_target_loop(void)
{
	struct varset *tv = varset_new();
	struct scope tl = { tv, &scope_global, false, false };
	struct child c;

	assign_at(tv, "LP", ASSIGN_APPEND, "$(LP)", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tl, 38);
	run_child(do_loop_target, &tl, &c);
	check_int(c.status, 2);
	check_str(c.err, "Makefile:38: *** Recursive variable 'LP' references "
	    "itself (eventually).  Stop.\n");
	varset_free(tv);
}

/*
 * Environment
 */

static const char *
env_get(char **envp, const char *name)
{
	size_t n = strlen(name);

	for (; *envp; envp++)
		if (strncmp(*envp, name, n) == 0 && (*envp)[n] == '=')
			return *envp + n + 1;
	return NULL;
}


/* A global made from make's environment, as import_environment(). */
static void
env_var(const char *name, const char *value)
{
	struct var *v = varset_set(var_global, name, strlen(name), value,
	    strlen(value), VAR_RECURSIVE, VAR_ORIGIN_ENV, NULL);

	v->from_env = true;
}

static void
test_environ(void)
{
	struct varset *tv = varset_new();
	struct scope tl = { tv, &scope_global, false, false };
	static const char *const bad[] = { "X", "Y1", "Y2", "UNT", "ERR",
	    "loop", "self2" };
	char **env;
	size_t i;

	/* export_all expands every variable: drop the failing ones */
	for (i = 0; i < countof(bad); i++)
		varset_remove(var_global, bad[i], strlen(bad[i]));

	setenv("DMK_ENV", "from env $(x)", 1);
	setenv("DMK_GONE", "x", 1);
	setenv("DMK_KEEP", "kept", 1);
	setenv("DMK_UNDEF", "u", 1);
	setenv("SHELL", "/bin/orig", 1);
	/* (as main.c's import_environment() makes them; DMK_UNDEF has
	 * none, as after an undefine) */
	env_var("DMK_ENV", "from env $(x)");
	env_var("DMK_KEEP", "kept");
	env_var("PATH", getenv("PATH"));
	varset_set(var_global, "DMK_GONE", 8, "x", 1, VAR_RECURSIVE,
	    VAR_ORIGIN_ENV, NULL)->export = VAR_EXPORT_NO;
	assign_at(var_global, "DMK_CMD", ASSIGN_RECURSIVE, "$(later)",
	    VAR_ORIGIN_COMMAND, 0, &scope_global, 0);
	assign("DMK_FILE", ASSIGN_RECURSIVE, "f");
	assign_at(var_global, "DMK_EXP", ASSIGN_RECURSIVE, "$(later)",
	    VAR_ORIGIN_FILE, ASSIGN_EXPORT, &scope_global, 3);
	assign_at(var_global, "dmk.odd", ASSIGN_RECURSIVE, "o",
	    VAR_ORIGIN_FILE, 0, &scope_global, 3);
	assign("SHELL", ASSIGN_RECURSIVE, "/bin/sh");
	varset_set(var_global, "DMK_DEF", 7, "d", 1, VAR_RECURSIVE,
	    VAR_ORIGIN_DEFAULT, NULL);
	/* a file variable that was in the environment stays exported */
	setenv("DMK_REDEF", "old", 1);
	env_var("DMK_REDEF", "old");
	assign("DMK_REDEF", ASSIGN_RECURSIVE, "new $(later)");
	/* target level wins, and is expanded in the target's scope */
	assign_at(tv, "DMK_EXP", ASSIGN_APPEND, "t", VAR_ORIGIN_FILE,
	    ASSIGN_TARGET, &tl, 3);

	env = expand_environ(&tl, false);
	check_str(env_get(env, "DMK_ENV"), "from env $(x)");
	check(env_get(env, "DMK_GONE") == NULL);
	check_str(env_get(env, "DMK_KEEP"), "kept");
	check_str(env_get(env, "DMK_CMD"), "L2");
	check(env_get(env, "DMK_FILE") == NULL);
	check_str(env_get(env, "DMK_EXP"), "L2 t");
	check(env_get(env, "dmk.odd") == NULL);
	check_str(env_get(env, "SHELL"), "/bin/orig");
	check(env_get(env, "DMK_DEF") == NULL);
	check_str(env_get(env, "DMK_REDEF"), "new L2");
	check(env_get(env, "PATH") != NULL);
	check(env_get(env, "DMK_UNDEF") == NULL);	/* no variable */
	expand_environ_free(env);

	env = expand_environ(&scope_global, true);
	check_str(env_get(env, "DMK_FILE"), "f");
	check_str(env_get(env, "DMK_EXP"), "L2");
	check(env_get(env, "dmk.odd") == NULL);
	check(env_get(env, "DMK_GONE") == NULL);
	check(env_get(env, "DMK_DEF") == NULL);
	expand_environ_free(env);
	expand_environ_free(NULL);

	/* $(shell) gets the process's environment, as in GNU 4.3 */
	IS("[$(shell echo $$DMK_CMD)]", "[]");
	IS("[$(shell echo $$DMK_KEEP)]", "[kept]");
	varset_free(tv);
}

/*
 * Public helpers
 */

static void
test_skip_ref(void)
{
	const char *s;

	s = "$x rest";
	check(expand_skip_ref(s, s + strlen(s)) == s + 2);
	s = "$$ rest";
	check(expand_skip_ref(s, s + strlen(s)) == s + 2);
	s = "$(a $(b) (c)) rest";
	check(expand_skip_ref(s, s + strlen(s)) == s + 13);
	s = "${a {b} $(c} rest";
	check(expand_skip_ref(s, s + strlen(s)) == s + 12);
	s = "$(unterminated";
	check(expand_skip_ref(s, s + strlen(s)) == s + strlen(s));
	s = "$";
	check(expand_skip_ref(s, s + 1) == s + 1);
}

static void
test_api(void)
{
	struct strbuf sb = STRBUF_INIT;

	sb_adds(&sb, "pre:");
	expand(&sb, "$(later)xyz", 9, &scope_global, &L);
	check_str(sb.buf, "pre:L2x");
	expand_var(&sb, "later", 5, NULL, &L);
	check_str(sb.buf, "pre:L2xL2");
	expand_var(&sb, "nope", 4, NULL, &L);
	check_str(sb.buf, "pre:L2xL2");
	sb_release(&sb);
	/* NULL scope means global, NULL loc is fine */
	{
		char *s = expand_str("$(later)", NULL, NULL);

		check_str(s, "L2");
		free(s);
	}
	check(func_lookup("subst", 5) != NULL);
	check(func_lookup("filter-out", 10) != NULL);
	check(func_lookup("filter", 6) != NULL);
	check(func_lookup("regex-subst", 11) != NULL);
	check(func_lookup("words", 5) != NULL);
	check(func_lookup("wordlist", 8) != NULL);
	check(func_lookup("abspath", 7) != NULL);
	check(func_lookup("guile", 5) == NULL);
	check(func_lookup("sub", 3) == NULL);
	check(func_lookup("substx", 6) == NULL);
}

/*
 * Against GNU make, when it is here.
 */

static const char *const gm_defs =
	"v = a.c b.c\n"
	"sp := $(empty) $(empty)\n"
	"f = <$0|$1|$2>\n"
	"g = $(call f,$1)\n"
	"r = x\n"
	"r += $(v)\n"
	"s := y\n"
	"s += $(v:.c=.h)\n"
	"c ?= first\n"
	"c ?= second\n"
	"n = v\n";

static const char *const gm_exprs[] = {
	"$(v:.c=.o)", "$(v:%.c=%.o)", "$(v:.c=)", "$(v:c=%)", "$($(n))",
	"$($(n):a%=x%)", "$(patsubst %.c,%.o,$(v))", "$(patsubst a,,a b a)",
	"$(subst $(sp),-, a  b )", "$(strip $(sp)a$(sp)$(sp)b$(sp))",
	"$(call f,1,2)", "$(call g,a,b)", "$(call f)", "$(r)", "$(s)", "$(c)",
	"$(filter %.c,$(v) x.h)", "$(sort z y x y)", "$(words $(v) c)",
	"$(wordlist 1,2,a   b c)", "$(dir a/b ./c d)", "$(notdir a/b c/)",
	"$(suffix a.b/c d.e)", "$(basename a.b/c d.e)", "$(join a b,c d e)",
	"$(addprefix p,$(v))", "$(foreach x,1 2,$(x)$(x))",
	"$(if $(sp),y,n)", "$(or ,$(sp),b)", "$(and a,$(sp))",
	"$(value f)", "$(origin f) $(origin sp) $(origin undefined)",
	"$(flavor s) $(flavor r)", "$(shell printf 'a\\n\\nb\\n\\n')",
	"$(subst ,x,abc)", "$(findstring b,abc)", "$(firstword $(v))",
	"$(abspath /a/./b/../c)", "$(filter-out a%,$(v))",
	"$(patsubst %,[%],$(v))", "${v:.c=.d}", "$(call subst,a,b,aaa)",
	"$(if ,,else)", "$(lastword $(v))",
	"$(wordlist 2,9,a  b   c)", "$(patsubst ,x,a b )", "$(join ,)",
	"$(subst a , b ,a a )x", "$(v:)", "$(v:x)", "$(patsubst a%,%,a b)",
	"$(patsubst \\%a,x,\\ya \\a)", "$(patsubst \\\\%a,x,\\ya)",
	"$(filter \\%x %y,%x x ay)", "$(strip $(shell printf 'a\\tb\\n'))",
	"$(notdir a/b c /d/)", "$(suffix .a a. /x.y/z)",
	"$(basename .a a. x/.y)", "$(dir /)", "$(addsuffix .c,)",
	"$(foreach  v , a b , $v )", "$(call  f , x , y )",
	"$(or , a , b )", "$(and  a , b )", "$(if  x , a , b )",
	"$(sort $(sp)b$(sp)a)", "$(firstword)", "$(info)", "$(words)",
	"$(x,y)", "$(v:a.c=)", "$(value r)", "$(value s)", "$(words , ,)",
	"$(findstring a b,a b c)", "$(call f,$(call f,1),2)",
	"$(patsubst %.c,%,$(v))", "$(v:%=%%)", "$(abspath a//b/../c/.)",
	"$(realpath /tmp/.././/tmp) $(realpath /nonexistent)",
	"$(filter-out $(v),$(v) z)", "$(wildcard /nonexistent*)",
	"$(if $(filter a%,$(v)),yes,no)", "$$(v) $$$$",
	"$(subst $$,D,a$$b)", "$(foreach x,$(v),$(x:.c=.o))",
};

static bool
have_gnu_make(void)
{
	return access("/usr/bin/make", X_OK) == 0;
}

/* Read "NAME OP VALUE" lines into the global set. */
static void
load_defs(const char *defs)
{
	static const struct {
		const char *text;
		enum assign_op op;
	} ops[] = {
		{ " ?= ", ASSIGN_CONDITIONAL }, { " += ", ASSIGN_APPEND },
		{ " := ", ASSIGN_SIMPLE }, { " = ", ASSIGN_RECURSIVE },
	};
	const char *line = defs, *nl;
	size_t i;

	for (; (nl = strchr(line, '\n')); line = nl + 1) {
		char *l = xstrndup(line, (size_t)(nl - line));

		for (i = 0; i < countof(ops); i++) {
			char *p = strstr(l, ops[i].text);

			if (!p)
				continue;
			expand_assign(var_global, l, (size_t)(p - l), ops[i].op,
			    p + strlen(ops[i].text),
			    strlen(p + strlen(ops[i].text)), VAR_ORIGIN_FILE,
			    0, &scope_global, &L);
			break;
		}
		free(l);
	}
}

static void
test_gnu_make(void)
{
	char *mk = tmp_path("gm.mk"), *cmd, line[4096];
	FILE *fp;
	size_t i;

	if (!have_gnu_make()) {
		tap_diag("no /usr/bin/make: comparison skipped");
		free(mk);
		return;
	}
	fp = fopen(mk, "w");
	fputs(gm_defs, fp);
	for (i = 0; i < countof(gm_exprs); i++)
		fprintf(fp, "$(info [%s])\n", gm_exprs[i]);
	fputs("all:;@:\n", fp);
	fclose(fp);
	load_defs(gm_defs);
	cmd = xasprintf("env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL "
	    "/usr/bin/make -s --no-print-directory -f %s", mk);
	fp = popen(cmd, "r");
	for (i = 0; i < countof(gm_exprs) && fp &&
	    fgets(line, sizeof(line), fp); i++) {
		char *want = xstrndup(line, strcspn(line, "\n"));
		char *text = xasprintf("[%s]", gm_exprs[i]);
		char *got = expand_str(text, &scope_global, &L);

		tap_check_str(got, want, __FILE__, __LINE__, gm_exprs[i]);
		free(got);
		free(text);
		free(want);
	}
	check_int(i, countof(gm_exprs));
	if (fp)
		pclose(fp);
	free(cmd);
	free(mk);
}

static void
cleanup_tmp(void)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);

	if (system(cmd) != 0)
		tap_diag("could not remove %s", tmpdir);
	free(cmd);
}

int
main(void)
{
	strcpy(tmpdir, "/tmp/t-expand.XXXXXX");
	if (!mkdtemp(tmpdir))
		return tap_skip_all("no temporary directory");
	unsetenv("SHELL");
	var_init();
	/* as dmake's main defines it: an empty SHELL is no shell */
	varset_set(var_global, "SHELL", 5, "/bin/sh", 7, VAR_RECURSIVE,
	    VAR_ORIGIN_DEFAULT, NULL);
	test_refs();
	test_flavors();
	test_computed();
	test_subst_refs();
	test_recursion();
	test_deep();
	test_text_funcs();
	test_func_syntax();
	test_control();
	test_laziness();
	test_call();
	test_eval();
	test_messages();
	test_shell();
	test_files();
	test_paths();
	test_regex();
	test_assign_ops();
	test_assign_origins();
	test_target_vars();
	test_target_loop();
	test_environ();
	test_skip_ref();
	test_api();
	test_gnu_make();
	cleanup_tmp();
	func_cleanup();
	var_cleanup();
	arena_free_all();
	return test_done();
}
