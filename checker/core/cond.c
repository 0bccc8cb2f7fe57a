// SPDX-License-Identifier: GPL-2.0
/*
 * core/cond.c - conditional pins: the tests that say a COND acquisition pinned.
 *
 * iov_iter_extract_pages() (6.3+) pins the pages of a user-backed
 * iterator and takes no reference at all on the others; the caller learns
 * which from iov_iter_extract_will_pin() (a PIN_TEST line of the model),
 * and often keeps the answer: in a variable, a struct member
 * (dio->need_unpin = iov_iter_extract_will_pin(iter)), or a flag set under
 * it (if (iov_iter_extract_will_pin(iter)) bio_set_flag(bio,
 * BIO_PAGE_PINNED)).  A release of COND pages is right only as an unpin
 * on the side of such a test where it is true.
 *
 * Before the file's functions are tracked, cond_prescan() finds, in all of
 * them, the places that hold the answer (members and variables stored
 * from it) and the flags set under it; guards then keep the conditions on
 * them (guard.c), and cond_will_pin() tells whether a release runs where
 * the answer is yes.
 */
#include <stdlib.h>

#include "cond.h"
#include "guard.h"
#include "loc.h"
#include "model.h"

#define MAX_PLACES	64

struct flag {
	const struct loc *loc;
	long long mask;
};

static const struct loc *places[MAX_PLACES];	/* hold the answer */
static int nr_places;
static struct flag flags[MAX_PLACES];		/* set when it was yes */
static int nr_flags;

/* The value returned by a PIN_TEST call. */
static int is_answer(struct pc_value *p)
{
	const struct pc_api *api;

	p = strip_casts(p);
	if (!p || p->kind != PC_VAL_REG || !p->def ||
	    p->def->op != PC_OP_CALL || !p->def->callee)
		return 0;
	api = pc_model_lookup_name(p->def->callee->name);
	return api && api->role == ROLE_PIN_TEST;
}

static int is_place(const void *subject)
{
	int i;

	for (i = 0; i < nr_places; i++)
		if (places[i] == subject)
			return 1;
	return 0;
}

int cond_subject(const struct guard *g)
{
	return g->on_loc ? is_place(g->subject)
			 : is_answer((struct pc_value *)g->subject);
}

static int flag_set(const struct guard *g)
{
	int i;

	if (g->kind != G_BIT_SET)
		return 0;
	for (i = 0; i < nr_flags; i++)
		if (g->on_loc && flags[i].loc == g->subject &&
		    (flags[i].mask & g->vals[0]))
			return 1;
	return 0;
}

int cond_will_pin(const struct guards *g)
{
	int i;

	for (i = 0; i < g->nr; i++)
		if ((g->g[i].kind == G_TRUE && cond_subject(&g->g[i])) ||
		    flag_set(&g->g[i]))
			return 1;
	return 0;
}

static void add_place(const struct loc *loc)
{
	if (!is_place(loc) && nr_places < MAX_PLACES)
		places[nr_places++] = loc;
}

/* The places that keep an answer; returns how many answers it saw. */
static int scan_stores(struct pc_func *fn)
{
	int answers = 0, i, j;

	for (i = 0; i < fn->nr_bbs; i++) {
		struct pc_bb *bb = fn->bbs[i];

		for (j = 0; j < bb->nr_insns; j++) {
			struct pc_insn *insn = bb->insns[j];

			if (insn->op == PC_OP_CALL && insn->target &&
			    is_answer(insn->target))
				answers++;
			if (insn->op == PC_OP_STORE && is_answer(insn->src))
				add_place(loc_of(&insn->addr));
		}
	}
	return answers;
}

/* x->flags = x->flags | MASK, where the answer was yes. */
static void scan_flags(struct pc_func *fn, struct guard_map *map)
{
	int i, j;

	for (i = 0; i < fn->nr_bbs; i++) {
		struct pc_bb *bb = fn->bbs[i];

		if (!cond_will_pin(guards_at(map, bb)))
			continue;
		for (j = 0; j < bb->nr_insns; j++) {
			struct pc_insn *insn = bb->insns[j], *or;
			struct pc_value *k, *v;

			if (insn->op != PC_OP_STORE)
				continue;
			v = strip_casts(insn->src);
			or = v && v->kind == PC_VAL_REG ? v->def : NULL;
			if (!or || or->op != PC_OP_OR)
				continue;
			k = or->src2->kind == PC_VAL_CONST ? or->src2 : or->src1;
			if (k->kind != PC_VAL_CONST || nr_flags == MAX_PLACES)
				continue;
			flags[nr_flags].loc = loc_of(&insn->addr);
			flags[nr_flags++].mask = k->cval;
		}
	}
}

void cond_prescan(struct fn_info *functions)
{
	struct fn_info *fi;
	int answers = 0;

	for (fi = functions; fi; fi = fi->next)
		answers += scan_stores(fi->fn);
	/* most files never ask: no guards to compute for them */
	if (!answers)
		return;
	for (fi = functions; fi; fi = fi->next) {
		if (!fi->guards)
			fi->guards = guards_compute(fi->fn);
		scan_flags(fi->fn, fi->guards);
	}
}

void cond_reset(void)
{
	nr_places = nr_flags = 0;
}
