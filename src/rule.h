/*
 * rule.h - implicit-rule search and secondary expansion: turn pattern
 * rules into rules of concrete nodes.
 */
#ifndef DMAKE_RULE_H
#define DMAKE_RULE_H

#include <stdbool.h>
#include <stddef.h>

#include "graph.h"

struct strbuf;

/* Search the pattern rules for n, which has no recipe of its own.  On
 * success attach (or complete) n's rule: recipe, stem, prerequisites
 * (nodes created by chaining are marked NODE_INTERMEDIATE unless they
 * are mentioned in the makefile) and return true.  Searches once per
 * node (NODE_IMPLICIT_DONE), except again for one that failed as an
 * intermediate file (NODE_IMPOSSIBLE), whose search had fewer rules. */
bool rule_search(struct node *n);
/* When set, rule_search() adds the lines GNU make's --debug=i prints
 * for the search ("Looking for an implicit rule for ...", "Trying
 * pattern rule with stem ..."), each ending in a newline and starting
 * with a space a level of chaining below the node searched. */
extern struct strbuf *rule_trace;

/* .SECONDEXPANSION: expand the rule's raw prerequisite text with $@, $<
 * ... of n available, and fill rule->deps/order_only.  No-op when the
 * rule holds no raw text. */
void rule_second_expand(struct node *n, struct rule *r);

/* The scope for expanding n's recipe or prerequisites: n's target
 * variables, matched pattern variables, then parent (the scope of the
 * target that needs n; NULL for a goal), then the global set.  The
 * automatic variables go in a level the caller puts in front.  Without
 * a parent, target or pattern variables, one shared level.  When
 * pat_level is not NULL, *pat_level says whether the scope has a
 * pattern level: until rule_init_vars(n) that level holds no set, and
 * the caller puts it there with rule_fill_pat_level(). */
struct scope *rule_node_scope(struct node *n, const struct scope *parent,
    bool *pat_level);
/* Put n's pattern-specific variables, set up by rule_init_vars(), in the
 * pattern level of sc, a scope rule_node_scope(n, ...) made with one. */
void rule_fill_pat_level(struct node *n, struct scope *sc);
/* Set up n's pattern-specific variables as GNU make does when it first
 * runs n's recipe or expands its prerequisites a second time: run the
 * patterns' '!=' for it, and let each '?=' that finds a global mark
 * that global.  Once per node; nothing without such lines. */
void rule_init_vars(struct node *n);

/* vpath PATTERN DIRS: add a directory for names matching pattern. */
void rule_vpath_add(const char *pat, size_t plen, const char *dir,
    size_t dlen);
/* vpath PATTERN: forget pattern's directories; pat NULL forgets all. */
void rule_vpath_clear(const char *pat, size_t plen);
/* Call fn for each vpath directive's pattern and directory, in order of
 * search. */
void rule_vpath_foreach(void (*fn)(const char *pattern, const char *dir,
    void *arg), void *arg);
/* Search VPATH/vpath for a prerequisite that does not exist as named
 * (for -lNAME: .LIBPATTERNS's names here, through vpath and in the
 * system's library directories):
 * on success set its vpath name (node_vpath()) and stat fields and return
 * true. */
bool rule_vpath_find(struct node *n);
/* GPATH is set (not empty).  A file VPATH finds in one of its
 * directories goes by that name from then on (node_name()) and is
 * remade there, as in GNU make. */
bool rule_gpath_set(void);

/* .PRECIOUS: a pattern: nodes made by implicit rules that match it are
 * precious. */
void rule_add_precious_pattern(const char *pat, size_t len);

/* .EXTRA_PREREQS: after reading, every target (or, when it has its own
 * target-specific value, every file) gets the words of the variable as
 * prerequisites at the end of each of its rules, marked extra (they do
 * not appear in the automatic variables); none when the file is among
 * them.  As GNU make, the value is expanded again now. */
void rule_add_extra_prereqs(void);
/* Is d one of those?  (A set on the side: no memory in the deps of a
 * makefile that does not use .EXTRA_PREREQS.) */
bool rule_dep_is_extra(const struct dep *d);

/* Free what this module allocated outside the arena. */
void rule_cleanup(void);

#endif
