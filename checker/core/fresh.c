// SPDX-License-Identifier: GPL-2.0
/*
 * core/fresh.c - what an array made in this function holds, up to where
 * it escapes.
 *
 * Arrays are aliased by class, without regard to the order of
 * instructions (track.c): once an array that this function allocated is
 * stored in a struct member, it is one with every array ever stored
 * there, and holds their pages everywhere, even before the store.
 * io_uring's io_region_allocate_pages() drops the kernel pages of a
 * failed bulk allocation with release_pages() before it stores the
 * array in mr->pages, which elsewhere holds pinned pages: the class says
 * "pinned" at the release.
 *
 * An array is fresh when a call this analysis knows nothing of returned
 * it (kvmalloc(): no model line, no summary): it then holds nothing the
 * file's own pages could be, until it escapes.  Until then, what it
 * holds is what this function put in it on the way: the model's
 * acquisitions into it, the fills of the file's functions it is given,
 * the pages stored through it.  It escapes where it is stored, merged at
 * a phi or a select, or given to a function of the file (or of the
 * database) that stores it or returns it; a call the analysis does not
 * know cannot have put pages of the file's in it.  Anything that may
 * run before the point (a block from which the point can be reached)
 * counts: no path is told from another.
 */
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "fresh.h"
#include "loc.h"
#include "model.h"
#include "track.h"
#include "util.h"

#define MAX_DERIVED	32
#define MAX_SEEN	4096

struct fresh {
	struct pc_value *derived[MAX_DERIVED];	/* the array, cast or moved */
	int nr;
	struct fact content;
	int escaped;
};

static int is_derived(const struct fresh *fr, const struct pc_value *v)
{
	int i;

	for (i = 0; i < fr->nr; i++)
		if (fr->derived[i] == v)
			return 1;
	return 0;
}

/* The summary of a call's callee, when the file or the database has one */
static struct summary *callee_summary(const struct pc_insn *call)
{
	struct summary *s;

	if (!call->callee || !call->callee->name)
		return NULL;
	s = summary_lookup(call->callee->name);
	return s ? s : db_summary(call->callee->name);
}

/* A call nothing is known of: no model line, no summary. */
static int unknown_call(const struct pc_insn *call)
{
	if (call->callee && call->callee->name &&
	    pc_model_lookup_name(call->callee->name))
		return 0;
	return !callee_summary(call);
}

/* Every value that is the array, cast or offset (&pages[i]). */
static int collect_derived(struct fresh *fr, struct pc_func *fn)
{
	int grew = 1, i, j;

	while (grew) {
		grew = 0;
		for (i = 0; i < fn->nr_bbs; i++) {
			struct pc_bb *bb = fn->bbs[i];

			for (j = 0; j < bb->nr_insns; j++) {
				struct pc_insn *in = bb->insns[j];
				int from;

				if (!in->target || is_derived(fr, in->target))
					continue;
				from = ((in->op == PC_OP_CAST ||
					 in->op == PC_OP_PTRCAST) &&
					is_derived(fr, in->src)) ||
				       ((in->op == PC_OP_ADD ||
					 in->op == PC_OP_SUB) &&
					(is_derived(fr, in->src1) ||
					 is_derived(fr, in->src2)));
				if (!from)
					continue;
				if (fr->nr == MAX_DERIVED)
					return 0;
				fr->derived[fr->nr++] = in->target;
				grew = 1;
			}
		}
	}
	return 1;
}

/* A call given the array: the model's fill, a summary's, or an escape. */
static void fresh_call(struct fresh *fr, struct pc_insn *call)
{
	const struct pc_api *api = call->callee && call->callee->name ?
		pc_model_lookup_name(call->callee->name) : NULL;
	struct summary *s;
	struct fill_event *fe;
	struct store_event *se;
	const struct origin *o;
	int i, level, p;

	if (api) {
		o = track_origin_at(call);
		if (api->role == ROLE_ACQUIRE && api->shape == SHAPE_ARRAY &&
		    o && is_derived(fr, pc_arg(call, api->arg)))
			fact_add_origin(&fr->content, o);
		return;
	}
	s = callee_summary(call);
	if (!s)
		return;	/* it cannot hold the file's pages: nothing known */
	for (i = 0; i < call->nr_args; i++) {
		if (!is_derived(fr, call->args[i]))
			continue;
		for (fe = s->fills; fe; fe = fe->next)
			if (fe->param == i + 1 && fe->level == LEVEL_ELEM)
				fact_merge(&fr->content, &fe->fact, 0);
		for (se = s->stores; se; se = se->next)
			if (se->param == i + 1)
				fr->escaped = 1;
		for (level = 0; level < NR_LEVELS; level++)
			for (p = 0; p < MAX_PARAMS; p++)
				if (p == i && (s->ret.param[level] & (1u << p)))
					fr->escaped = 1;
	}
}

static void fresh_insn(struct fresh *fr, struct pc_insn *in)
{
	int i;

	switch (in->op) {
	case PC_OP_STORE:
		if (is_derived(fr, in->src))
			fr->escaped = 1;
		else if (is_derived(fr, in->addr_base))
			fact_merge(&fr->content, track_value_fact(in->src), 0);
		break;
	case PC_OP_PHISRC:
	case PC_OP_RET:
		fr->escaped |= is_derived(fr, in->src);
		break;
	case PC_OP_SEL:
		fr->escaped |= is_derived(fr, in->src2) ||
			       is_derived(fr, in->src3);
		break;
	case PC_OP_CALL:
		for (i = 0; i < in->nr_args; i++)
			if (is_derived(fr, in->args[i]))
				break;
		if (i < in->nr_args)
			fresh_call(fr, in);
		break;
	default:
		break;
	}
}

static int bb_index(struct pc_bb **seen, int nr, const struct pc_bb *bb)
{
	int i;

	for (i = 0; i < nr; i++)
		if (seen[i] == bb)
			return i;
	return -1;
}

/*
 * The blocks from which @at's block can be reached, into @seen; returns
 * how many, or -1 past MAX_SEEN.  *@cycle: @at's block is among them
 * (a loop runs it again).
 */
static int blocks_before(struct pc_bb *at, struct pc_bb **seen, int *cycle)
{
	int nr = 0, head = 0, i;

	*cycle = 0;
	for (i = 0; i < at->nr_parents; i++)
		if (bb_index(seen, nr, at->parents[i]) < 0)
			seen[nr++] = at->parents[i];
	while (head < nr) {
		struct pc_bb *bb = seen[head++];

		for (i = 0; i < bb->nr_parents; i++) {
			if (bb_index(seen, nr, bb->parents[i]) >= 0)
				continue;
			if (nr == MAX_SEEN)
				return -1;
			seen[nr++] = bb->parents[i];
		}
	}
	*cycle = bb_index(seen, nr, at) >= 0;
	return nr;
}

int fresh_content(struct pc_func *fn, struct pc_value *arr,
		  struct pc_insn *at, struct fact *out)
{
	struct pc_value *base = pc_uncast(arr);
	struct pc_bb **seen;
	struct fresh *fr;
	int nr, cycle, i, j, ok = 0;

	memset(out, 0, sizeof(*out));
	if (!base || base->kind != PC_VAL_REG || !base->def ||
	    base->def->op != PC_OP_CALL || !unknown_call(base->def))
		return 0;
	fr = pc_xcalloc(1, sizeof(*fr));
	seen = pc_xcalloc(MAX_SEEN, sizeof(*seen));
	fr->derived[fr->nr++] = base;
	nr = collect_derived(fr, fn) ? blocks_before(at->bb, seen, &cycle) : -1;
	for (i = 0; i < nr && !fr->escaped; i++)
		for (j = 0; j < seen[i]->nr_insns; j++)
			fresh_insn(fr, seen[i]->insns[j]);
	for (j = 0; nr >= 0 && !cycle && j < at->bb->nr_insns; j++) {
		if (at->bb->insns[j] == at)
			break;
		fresh_insn(fr, at->bb->insns[j]);
	}
	if (nr >= 0 && !fr->escaped) {
		*out = fr->content;
		ok = 1;
	}
	free(seen);
	free(fr);
	return ok;
}
