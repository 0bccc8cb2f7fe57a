// SPDX-License-Identifier: GPL-2.0
/*
 * cond.c - conditional pins: the tests that say a COND acquisition pinned.
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
static int is_answer(pseudo_t p)
{
	const struct pc_api *api;

	p = strip_casts(p);
	if (!p || p->type != PSEUDO_REG || !p->def ||
	    p->def->opcode != OP_CALL || p->def->func->type != PSEUDO_SYM)
		return 0;
	api = model_lookup(p->def->func->sym->ident);
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
			 : is_answer((pseudo_t)g->subject);
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
static int scan_stores(struct entrypoint *ep)
{
	struct basic_block *bb;
	struct instruction *insn;
	int answers = 0;

	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb)
				continue;
			if (insn->opcode == OP_CALL && insn->target &&
			    is_answer(insn->target))
				answers++;
			if (insn->opcode == OP_STORE && is_answer(insn->target))
				add_place(loc_of_address(insn->src,
							 insn->offset));
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	return answers;
}

/* x->flags = x->flags | MASK, where the answer was yes. */
static void scan_flags(struct entrypoint *ep, struct guard_map *map)
{
	struct basic_block *bb;
	struct instruction *insn;

	FOR_EACH_PTR(ep->bbs, bb) {
		if (!cond_will_pin(guards_at(map, bb)))
			continue;
		FOR_EACH_PTR(bb->insns, insn) {
			struct instruction *or;
			pseudo_t k, v;

			if (!insn->bb || insn->opcode != OP_STORE)
				continue;
			v = strip_casts(insn->target);
			or = v && v->type == PSEUDO_REG ? v->def : NULL;
			if (!or || or->opcode != OP_OR)
				continue;
			k = or->src2->type == PSEUDO_VAL ? or->src2 : or->src1;
			if (k->type != PSEUDO_VAL || nr_flags == MAX_PLACES)
				continue;
			flags[nr_flags].loc = loc_of_address(insn->src,
							     insn->offset);
			flags[nr_flags++].mask = k->value;
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

void cond_prescan(struct fn_info *functions)
{
	struct fn_info *fi;
	int answers = 0;

	for (fi = functions; fi; fi = fi->next) {
		loc_set_function(fi->ep);
		answers += scan_stores(fi->ep);
	}
	/* most files never ask: no guards to compute for them */
	if (!answers)
		return;
	for (fi = functions; fi; fi = fi->next) {
		loc_set_function(fi->ep);
		if (!fi->guards)
			fi->guards = guards_compute(fi->ep);
		scan_flags(fi->ep, fi->guards);
	}
}

void cond_reset(void)
{
	nr_places = nr_flags = 0;
}
