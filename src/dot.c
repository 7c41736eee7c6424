/*
 * dot.c - --graph: the dependency graph in Graphviz DOT, walked from the
 * goals through explicit prerequisites, remote targets labelled with
 * the hosts of their directives.
 *
 * Interface:
 *	dot_graph	print the graph
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "directive.h"
#include "dot.h"
#include "expand.h"
#include "graph.h"
#include "hosts.h"
#include "strbuf.h"
#include "util.h"
#include "var.h"

/* The nodes seen, in the order they were reached. */
struct seen {
	struct node **v;
	size_t n, alloc;
	struct ptrset set;
};

static void
walk(struct seen *s, struct node *n)
{
	const struct rule *r;
	const struct dep *d;

	if (!ptrset_add(&s->set, n))
		return;
	XGROW(s->v, s->n + 1, s->alloc);
	s->v[s->n++] = n;
	for (r = n->rules; r; r = r->next) {
		for (d = r->deps; d; d = d->next)
			walk(s, d->node);
		for (d = r->order_only; d; d = d->next)
			walk(s, d->node);
	}
}

static void
quoted(struct strbuf *sb, const char *s)
{
	sb_addc(sb, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			sb_addc(sb, '\\');
		if (*s == '\n')
			sb_adds(sb, "\\n");
		else
			sb_addc(sb, *s);
	}
	sb_addc(sb, '"');
}

/* The host words of text (ranges expanded), or text itself when it is
 * not a good host list. */
static void
add_host_words(struct strbuf *out, const char *text)
{
	struct strbuf err = STRBUF_INIT;
	struct host_spec *v;
	size_t n, i;

	if (hosts_split(text, &v, &n, &err) < 0) {
		if (out->len)
			sb_addc(out, ' ');
		sb_adds(out, text);
	} else {
		for (i = 0; i < n; i++) {
			if (out->len)
				sb_addc(out, ' ');
			sb_adds(out, v[i].word);
		}
		hosts_free(v, n);
	}
	sb_release(&err);
}

/* The hosts of the directives in n's recipes, blank-separated, each
 * directive's list once. */
static void
hosts_of(struct strbuf *out, const struct node *n)
{
	const struct rule *r;
	size_t i;

	for (r = n->rules; r; r = r->next) {
		for (i = 0; r->recipe && i < r->recipe->nlines; i++) {
			const struct recipe_line *l = &r->recipe->lines[i];
			const char *rest, *colon;
			unsigned f;
			struct strbuf t = STRBUF_INIT;
			enum directive_kind k = directive_kind(l->text, &f,
			    &rest);

			if (k == DIRECTIVE_NONE || k == DIRECTIVE_END ||
			    !(colon = directive_host_colon(rest)))
				continue;
			expand(&t, rest, (size_t)(colon - rest), &scope_global,
			    &l->loc);
			if (!*skip_space(t.buf))
				expand_var(&t, "HOSTS", 5, &scope_global,
				    &l->loc);
			add_host_words(out, t.buf);
			sb_release(&t);
		}
	}
}

/* The words of text, each once, in order (host lists repeat). */
static void
unique_words(struct strbuf *out, const char *text)
{
	const char *p = text, *w, *end = text + strlen(text);
	struct strbuf seen = STRBUF_INIT;
	size_t n;

	sb_addc(&seen, ' ');
	while ((w = next_word(&p, end, &n))) {
		char *word = xstrndup(w, n), *key = xasprintf(" %s ", word);

		if (!strstr(seen.buf, key)) {
			sb_adds(&seen, word);
			sb_addc(&seen, ' ');
			if (out->len)
				sb_addc(out, ' ');
			sb_adds(out, word);
		}
		free(word);
		free(key);
	}
	sb_release(&seen);
}

static void
print_node(FILE *out, const struct node *n)
{
	struct strbuf sb = STRBUF_INIT, hosts = STRBUF_INIT;
	struct strbuf raw = STRBUF_INIT, label = STRBUF_INIT;

	hosts_of(&raw, n);
	unique_words(&hosts, raw.buf);
	sb_adds(&label, n->name);
	if (hosts.len) {
		sb_adds(&label, "\n@ ");
		sb_add(&label, hosts.buf, hosts.len);
	}
	sb_adds(&sb, "  ");
	quoted(&sb, n->name);
	sb_adds(&sb, " [label=");
	quoted(&sb, label.buf);
	sb_addf(&sb, ", shape=%s%s];\n", n->flags & NODE_PHONY ? "ellipse" :
	    "box", hosts.len ? ", style=filled, fillcolor=lightblue" : "");
	fputs(sb.buf, out);
	sb_release(&sb);
	sb_release(&hosts);
	sb_release(&raw);
	sb_release(&label);
}

static void
print_edges(FILE *out, const struct node *n)
{
	const struct rule *r;
	const struct dep *d;
	struct strbuf sb = STRBUF_INIT;

	for (r = n->rules; r; r = r->next) {
		for (d = r->deps; d; d = d->next) {
			sb_reset(&sb);
			sb_adds(&sb, "  ");
			quoted(&sb, n->name);
			sb_adds(&sb, " -> ");
			quoted(&sb, d->node->name);
			sb_adds(&sb, ";\n");
			fputs(sb.buf, out);
		}
		for (d = r->order_only; d; d = d->next) {
			sb_reset(&sb);
			sb_adds(&sb, "  ");
			quoted(&sb, n->name);
			sb_adds(&sb, " -> ");
			quoted(&sb, d->node->name);
			sb_adds(&sb, " [style=dashed];\n");
			fputs(sb.buf, out);
		}
	}
	sb_release(&sb);
}

void
dot_graph(struct node *const *roots, size_t n, FILE *out)
{
	struct seen s = { NULL, 0, 0, PTRSET_INIT };
	size_t i;

	for (i = 0; i < n; i++)
		walk(&s, roots[i]);
	fputs("digraph dmake {\n  rankdir=LR;\n  node [fontname=\"sans\"];\n",
	    out);
	for (i = 0; i < s.n; i++)
		print_node(out, s.v[i]);
	for (i = 0; i < s.n; i++)
		print_edges(out, s.v[i]);
	fputs("}\n", out);
	free(s.v);
	ptrset_free(&s.set);
}
