/*
 * builtin.h - GNU make 4.3's built-in variables and suffix rules, and
 * their installation (skipped with -R / -r).
 */
#ifndef DMAKE_BUILTIN_H
#define DMAKE_BUILTIN_H

#include <stdbool.h>
#include <stddef.h>

struct builtin_var {
	const char *name;
	const char *value;
	bool simple;
};

/* A suffix rule: name like ".c.o", recipe lines separated by '\n'. */
struct builtin_rule {
	const char *name;
	const char *recipe;
};

extern const struct builtin_var builtin_vars[];
extern const size_t nbuiltin_vars;
extern const struct builtin_rule builtin_rules[];
extern const size_t nbuiltin_rules;

/* Define the built-in variables with origin "default". */
void builtin_define_vars(void);
/* Undefine those still of origin "default" (a makefile's -R). */
void builtin_undefine_vars(void);
/* Give each built-in suffix rule the makefiles did not define a node
 * with that recipe, marked built in; call before parse_finish() turns
 * suffix rules into pattern rules. */
void builtin_define_rules(void);
/* Add the built-in pattern rules that are not suffix rules (%.out: %
 * and the two CWEB ones), after parse_finish(): they come after the
 * makefiles' and the suffix rules' and never replace one. */
void builtin_define_patterns(void);

#endif
