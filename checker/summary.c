// SPDX-License-Identifier: GPL-2.0
/*
 * summary.c - the functions of one translation unit and their summaries.
 *
 * Every function of the file gets a summary of what it does to the pages
 * of its parameters.  Summaries, and the struct members shared by all
 * functions, grow as functions are tracked; we track every function again
 * until nothing changes (a fixpoint over the call graph, recursion
 * included), then once more to report.
 */
#include <stdlib.h>
#include <string.h>

#include "loc.h"
#include "report.h"
#include "summary.h"
#include "db.h"
#include "partial.h"
#include "cond.h"
#include "track.h"

#define SUMMARY_HASH	1024
#define MAX_TU_PASSES	12

static struct summary *summary_hash[SUMMARY_HASH];
static struct fn_info *functions, **functions_tail = &functions;

static unsigned int summary_hashfn(const struct ident *ident)
{
	return ((unsigned long)ident >> 4) % SUMMARY_HASH;
}

struct summary *summary_lookup(const struct ident *ident)
{
	struct summary *s;

	for (s = summary_hash[summary_hashfn(ident)]; s; s = s->hnext)
		if (s->ident == ident)
			return s;
	return NULL;
}

struct summary *summary_new(struct ident *ident)
{
	struct summary *s = calloc(1, sizeof(*s));

	if (!s)
		die("pincheck: out of memory");
	s->ident = ident;
	return s;
}

static struct summary *summary_get(struct ident *ident)
{
	struct summary *s = summary_lookup(ident);

	if (s)
		return s;
	s = summary_new(ident);
	s->hnext = summary_hash[summary_hashfn(ident)];
	summary_hash[summary_hashfn(ident)] = s;
	return s;
}

int summary_add_fill(struct summary *s, int param, enum pc_level level,
		     const struct fact *f)
{
	struct fill_event *fe;

	if (!f->fam)
		return 0;
	for (fe = s->fills; fe; fe = fe->next)
		if (fe->param == param && fe->level == level)
			return fact_merge(&fe->fact, f, 0);
	fe = calloc(1, sizeof(*fe));
	if (!fe)
		die("pincheck: out of memory");
	fe->param = param;
	fe->level = level;
	fact_merge(&fe->fact, f, 0);
	fe->next = s->fills;
	s->fills = fe;
	return 1;
}

int summary_add_release(struct summary *s, int param, enum pc_level level,
			const struct release_site *rel)
{
	const struct pc_api *api = rel->api;
	struct position pos = rel->pos;
	struct release_event *re;

	for (re = s->releases; re; re = re->next)
		if (re->param == param && re->level == level &&
		    re->api == api && re->pos.stream == pos.stream &&
		    re->pos.line == pos.line && re->pos.pos == pos.pos)
			return 0;
	re = calloc(1, sizeof(*re));
	if (!re)
		die("pincheck: out of memory");
	re->param = param;
	re->level = level;
	re->api = api;
	re->pos = pos;
	re->fn = rel->fn;
	re->via_callee = rel->via_callee;
	re->via = rel->via;
	re->via_fn = rel->via_fn;
	re->guards = rel->guards;
	re->next = s->releases;
	s->releases = re;
	return 1;
}

int summary_add_store(struct summary *s, int param, enum pc_level level,
		      struct loc *cell, int array)
{
	struct store_event *se;

	for (se = s->stores; se; se = se->next)
		if (se->param == param && se->level == level &&
		    se->cell == cell && se->array == array)
			return 0;
	se = calloc(1, sizeof(*se));
	if (!se)
		die("pincheck: out of memory");
	se->param = param;
	se->level = level;
	se->cell = cell;
	se->array = array;
	se->next = s->stores;
	s->stores = se;
	return 1;
}

static int count_insns(struct entrypoint *ep)
{
	struct basic_block *bb;
	int n = 0;

	FOR_EACH_PTR(ep->bbs, bb) {
		n += instruction_list_size(bb->insns);
	} END_FOR_EACH_PTR(bb);
	return n;
}

void tu_add_function(struct symbol *sym, struct entrypoint *ep)
{
	struct fn_info *fi;
	int n;

	if (!sym->ident)
		return;
	n = count_insns(ep);
	if (n > max_insns) {
		report_note(sym->pos, "%s(): too large for pincheck (%d instructions), not checked",
			    show_ident(sym->ident), n);
		return;
	}
	fi = calloc(1, sizeof(*fi));
	if (!fi)
		die("pincheck: out of memory");
	fi->sym = sym;
	fi->ep = ep;
	fi->sum = summary_get(sym->ident);
	*functions_tail = fi;
	functions_tail = &fi->next;
}

void tu_analyse(void)
{
	struct fn_info *fi;
	int pass, changed = 1;

	cond_prescan(functions);
	for (pass = 0; changed && pass < MAX_TU_PASSES; pass++) {
		changed = 0;
		for (fi = functions; fi; fi = fi->next)
			changed |= track_function(fi, 0);
	}
	if (changed && functions)
		report_note(functions->sym->pos,
			    "pincheck stopped after %d passes over this file; its findings may be incomplete",
			    MAX_TU_PASSES);
	for (fi = functions; fi; fi = fi->next) {
		track_function(fi, 1);
		partial_check(fi->ep);
	}
	db_write_file(functions);
}

void summary_free(struct summary *s)
{
	while (s->fills) {
		struct fill_event *fe = s->fills;

		s->fills = fe->next;
		free(fe);
	}
	while (s->stores) {
		struct store_event *se = s->stores;

		s->stores = se->next;
		free(se);
	}
	while (s->releases) {
		struct release_event *re = s->releases;

		s->releases = re->next;
		free(re);
	}
	free(s);
}

void tu_end(void)
{
	int i;

	while (functions) {
		struct fn_info *fi = functions;

		functions = fi->next;
		guards_free(fi->guards);
		free(fi);
	}
	functions_tail = &functions;
	for (i = 0; i < SUMMARY_HASH; i++) {
		while (summary_hash[i]) {
			struct summary *s = summary_hash[i];

			summary_hash[i] = s->hnext;
			summary_free(s);
		}
	}
	track_reset();
	loc_reset();
	cond_reset();
	db_forget_file();
}
