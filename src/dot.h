/*
 * dot.h - --graph: the dependency graph in Graphviz DOT.
 */
#ifndef DMAKE_DOT_H
#define DMAKE_DOT_H

#include <stddef.h>
#include <stdio.h>

struct node;

/* Print to out, as one DOT digraph, the targets reachable from roots
 * through their explicit prerequisites: an edge from each target to
 * each prerequisite (order-only ones dashed), phony targets as
 * ellipses, files as boxes, and targets whose recipes run directives
 * labelled with their hosts (the host part expanded in the global
 * scope; "$(HOSTS)" when it is empty).  Expansion errors are fatal, as
 * when building. */
void dot_graph(struct node *const *roots, size_t n, FILE *out);

#endif
