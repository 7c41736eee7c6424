/*
 * parse.h - read makefiles: assignments, rules, conditionals, include,
 * define, export, vpath, special targets.  Builds variables (var.h) and
 * the graph (graph.h).  Recipes stay text: deploy directives inside them
 * are recognised when a recipe is expanded, not here.
 */
#ifndef DMAKE_PARSE_H
#define DMAKE_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "graph.h"

/* What reading found that the rest of the run needs. */
struct parse_file_rec {
	const char *name;
	bool missing;		/* an include not found */
	bool named;		/* a -f makefile not found, its "No such
				 * file" said as it was looked for */
	bool optional;		/* -include, sinclude */
	int err;		/* missing: why (errno), as GNU make says */
	struct loc loc;		/* of the include line */
};

struct parse_result {
	bool second_expansion;	/* .SECONDEXPANSION */
	bool export_all;	/* bare 'export' / .EXPORT_ALL_VARIABLES */
	bool oneshell, posix, silent_all, ignore_all, delete_on_error;
	bool not_parallel, secondary_all;
	/* .SILENT, .IGNORE, .SECONDARY had prerequisites: the _all
	 * above stay false (GNU make: "all" only when none has any) */
	bool silent_named, ignore_named, secondary_named;
	/* include files that could not be found, in order; optional:
	 * named by -include or sinclude (no error when none can be made) */
	const char **missing;
	struct loc *missing_loc;
	bool *missing_optional;
	int *missing_err;	/* errno */
	size_t nmissing;
	/* every makefile read or included, found or not, in reading order
	 * (GNU make's read_files, which it remakes last-read first) */
	struct parse_file_rec *files;
	size_t nfiles;
	/* suffix rules defined, for .SUFFIXES changes */
	struct node *default_node;	/* .DEFAULT rule, or NULL */
	/* the first target, which set .DEFAULT_GOAL to its name: while
	 * the variable says that name, it is this target, even "a b" */
	struct node *first_target;
};
extern struct parse_result parse_result;

/* The -I directories, as given (without leading "./"), twice if given
 * twice: for MAKEFLAGS. */
void parse_add_include_dir(const char *dir);
size_t parse_include_dirs(const char ***dirs);
/* The -I directories searched, as GNU make's: those of
 * parse_include_dirs() that are directories at the first call (which
 * is when dmake starts), without trailing slashes, in order, twice if
 * named twice. */
size_t parse_include_path(const char *const **dirs);
/* GNU make's own include directories, searched after the -I ones and
 * not passed on: those of Debian's GNU make 4.3 that are directories
 * (/usr/gnu/include, /usr/local/include, /usr/include, and its
 * INCLUDEDIR, /usr/include again), looked for on the first call. */
size_t parse_std_include_dirs(const char *const **dirs);
/* A directory searched for included makefiles after the -I ones, and
 * not passed on in MAKEFLAGS: where "include dmake/deploy.mk" finds
 * dmake's own files. */
void parse_add_data_dir(const char *dir);

/* The first data directory's dir/rel that is readable (malloc'd), or
 * NULL. */
char *parse_find_data_file(const char *rel);

/* --emit-makefile: told of each makefile an include line read: the
 * include line's location, the path read, the name the line wrote
 * (its lines' locations name it so), and whether it was found in a
 * data directory (where GNU make would not look).  NULL: nobody. */
extern void (*parse_include_hook)(const struct loc *at, const char *path,
    const char *name, bool data_dir);

/* A target a makefile defines (not a pattern, not a special target),
 * with the "## " comment lines right above its first rule. */
struct parse_target {
	struct node *node;	/* node->loc: its first rule line */
	const char *doc;	/* NULL: none */
};

/* The targets the makefiles define, in file order (for --list); the
 * array is the parser's, valid until the next call. */
size_t parse_targets(const struct parse_target **v);

/* Read the makefile at path (shown as name in messages).  Returns 0, or
 * -1 with errno set when it cannot be opened. */
int parse_file(const char *path, const char *name);
/* The same for a makefile an include found in a directory: at path,
 * which MAKEFILE_LIST and the makefiles to remake name it by (found),
 * its messages by the name the include line wrote (name), as GNU
 * make's. */
int parse_file_found(const char *path, const char *name, const char *found);
/* Read the makefile name as MAKEFILES names one: when it is not found
 * as named, in the directories an include looks in.  Returns 0, or -1
 * with errno set (a directory is fatal). */
int parse_file_search(const char *name);
/* Add name, a makefile about to be read, to MAKEFILE_LIST. */
void parse_add_makefile_list(const char *name);
/* A makefile named by -f (or in MAKEFILES) that does not exist: it is
 * remade as a missing include is (its "No such file" already said, or
 * not to be said). */
void parse_missing_makefile(const char *name);
/* Read text as makefile lines: $(eval)'s, every line told at loc as
 * GNU make tells them (one_line), expanded in its scope sc (NULL: the
 * globals); -f -'s, lines counted from loc; --eval's, loc NULL:
 * messages name no makefile. */
void parse_eval(const char *text, size_t len, const struct loc *loc,
    bool one_line, const struct scope *sc);
/* After all makefiles: suffix rules become pattern rules, special
 * targets become flags. */
void parse_finish(void);

/* Is this name a special target (.PHONY, .SUFFIXES, ...)? */
bool parse_is_special(const char *name);

/* -p: the prerequisite texts a special target was given, one a rule, in
 * the order read (expanded). */
struct parse_special_text {
	const char *text;
	struct parse_special_text *next;
};
/* The name of special target i (0, 1, ...), NULL past the last; *named
 * says whether the makefiles named it (as a target), *deps its texts.
 * .DEFAULT is not among them: it is an ordinary node. */
const char *parse_special(size_t i, bool *named,
    const struct parse_special_text **deps);

/* While true, no target read becomes the default goal (MAKEFILES). */
extern bool parse_no_default_goal;
/* While set, the makefiles read (and named to parse_missing_makefile)
 * are "don't care" ones, as MAKEFILES' are: recorded as optional. */
extern bool parse_dont_care;
/* --list: the targets read are kept for parse_targets() (set before
 * reading). */
extern bool parse_listing;
/* A file target was given target-specific variables (then never
 * false again). */
extern bool parse_target_vars;
/* While a recipe is expanded, its first line: a rule from $(eval) is
 * then an error.  main.c sets it from job.c's job_recipe_hook. */
extern const struct loc *parse_in_recipe;
/* The makefiles are read and the build has begun (GNU make's
 * snapped_deps): a rule from $(eval) is an error, in a recipe or not. */
extern bool parse_rules_closed;

/* A command-line argument "VAR=value" (any operator): define it with
 * origin COMMAND and return its name (the variable's own, which lives
 * as long as it; "" when there is none); NULL when arg is no
 * assignment. */
const char *parse_command_var(const char *arg);

#endif
