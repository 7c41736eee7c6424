/*
 * dbprint.h - -p / --print-data-base: the database in GNU make's format.
 */
#ifndef DMAKE_DBPRINT_H
#define DMAKE_DBPRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Print the variables, pattern-specific variables, implicit rules, files
 * (goals: the command line's targets, by name) and vpath search paths.
 * Under -r (a makefile's: there are built-in suffix rules) the built-in
 * suffix rules are left out, as GNU make leaves them. */
void db_print(FILE *out, char *const *goals, size_t ngoals,
    bool no_builtin_rules);

#endif
