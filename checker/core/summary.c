// SPDX-License-Identifier: GPL-2.0
/*
 * core/summary.c - the functions of one unit and their summaries.
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
#include "site.h"
#include "summary.h"
#include "db.h"
#include "check.h"
#include "cond.h"
#include "member_flag.h"
#include "track.h"
#include "util.h"

#define SUMMARY_HASH	1024
#define MAX_TU_PASSES	12

static struct summary *summary_hash[SUMMARY_HASH];
static struct fn_info *functions, **functions_tail = &functions;
static const struct pc_frontend *frontend;

static unsigned int summary_hashfn(const char *name)
{
	return pc_name_hash(name, strlen(name)) % SUMMARY_HASH;
}

struct summary *summary_lookup(const char *name)
{
	struct summary *s;

	if (!name)
		return NULL;
	for (s = summary_hash[summary_hashfn(name)]; s; s = s->hnext)
		if (!strcmp(s->name, name))
			return s;
	return NULL;
}

struct summary *summary_new(const char *name)
{
	struct summary *s = pc_xcalloc(1, sizeof(*s));

	s->name = pc_xstrdup(name);
	return s;
}

static struct summary *summary_get(const char *name)
{
	struct summary *s = summary_lookup(name);

	if (s)
		return s;
	s = summary_new(name);
	s->hnext = summary_hash[summary_hashfn(name)];
	summary_hash[summary_hashfn(name)] = s;
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
	fe = pc_xcalloc(1, sizeof(*fe));
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
	struct pc_pos pos = rel->pos;
	struct release_event *re;

	for (re = s->releases; re; re = re->next)
		if (re->param == param && re->level == level &&
		    re->api == api && re->pos.file_order == pos.file_order &&
		    re->pos.line == pos.line && re->pos.col == pos.col)
			return 0;
	re = pc_xcalloc(1, sizeof(*re));
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
	se = pc_xcalloc(1, sizeof(*se));
	se->param = param;
	se->level = level;
	se->cell = cell;
	se->array = array;
	se->next = s->stores;
	s->stores = se;
	return 1;
}

static void add_function(struct pc_func *fn)
{
	struct fn_info *fi;

	if (!fn->sym || !fn->sym->name)
		return;
	fi = pc_xcalloc(1, sizeof(*fi));
	fi->sym = fn->sym;
	fi->fn = fn;
	fi->sum = summary_get(fn->sym->name);
	*functions_tail = fi;
	functions_tail = &fi->next;
}

const struct pc_frontend *tu_frontend(void)
{
	return frontend;
}

/* What the model asks of the file: whether an enumerator exists. */
static int unit_has_enum(const char *name)
{
	long long val;

	return frontend && frontend->enum_value &&
	       frontend->enum_value(name, &val);
}

void tu_analyse(struct pc_unit *unit)
{
	struct pc_func *fn;
	struct fn_info *fi;
	int pass, changed = 1;

	checks_init();
	frontend = unit->fe;
	pc_model_select(unit_has_enum);
	for (fn = unit->funcs; fn; fn = fn->next)
		add_function(fn);
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
	member_flags_scan(functions);
	for (fi = functions; fi; fi = fi->next) {
		track_function(fi, 1);
		checks_function(fi);
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
	free((char *)s->name);
	free(s);
}

const struct guards *fn_guards_at(struct fn_info *fi, struct pc_bb *bb)
{
	if (!fi->guards)
		fi->guards = guards_compute(fi->fn);
	return guards_at(fi->guards, bb);
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
	frontend = NULL;
	track_reset();
	loc_reset();
	cond_reset();
	member_flags_reset();
	db_forget_file();
}
