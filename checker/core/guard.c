// SPDX-License-Identifier: GPL-2.0
/*
 * core/guard.c - the conditions under which each basic block runs.
 *
 * A forward data flow over the CFG: a block's guards are those that hold
 * on every edge into it (the intersection), an edge adding the condition
 * of the branch it leaves by: a bit test (x & MASK), a comparison with a
 * constant, a switch case, the truth of a value.  Small constants (0,
 * 1, ...) and plain truth are too common to tell one condition from
 * another unless the subject is the same.
 */
#include <stdlib.h>
#include <string.h>

#include "cond.h"
#include "guard.h"
#include "loc.h"
#include "model.h"
#include "util.h"

#define MIN_DISTINCT	16	/* smaller constants do not name a condition */
#define MAX_PASSES	32

struct guard_slot {
	struct pc_bb *bb;
	struct guards guards;
};

struct guard_map {
	int size;
	struct guard_slot slot[];
};

static const struct guards no_guards;

static struct guard_slot *slot_of(struct guard_map *map, struct pc_bb *bb)
{
	unsigned long h = ((unsigned long)bb >> 4) % map->size;

	while (map->slot[h].bb && map->slot[h].bb != bb)
		h = (h + 1) % map->size;
	return &map->slot[h];
}

const struct guards *guards_at(struct guard_map *map, struct pc_bb *bb)
{
	struct guard_slot *s;

	if (!map || !bb)
		return &no_guards;
	s = slot_of(map, bb);
	return s->bb && s->guards.nr > 0 ? &s->guards : &no_guards;
}

static int guard_equal(const struct guard *a, const struct guard *b)
{
	return a->kind == b->kind && a->nr == b->nr &&
	       a->subject == b->subject && a->strong == b->strong &&
	       !memcmp(a->vals, b->vals, a->nr * sizeof(a->vals[0]));
}

/* Two kinds guards of one iterator, both assumed or neither. */
static int same_iter(const struct guard *a, const struct guard *b)
{
	return a->kind == G_KINDS && b->kind == G_KINDS &&
	       a->subject == b->subject && a->assumed == b->assumed;
}

void guards_add(struct guards *dst, const struct guard *g)
{
	int i;

	for (i = 0; i < dst->nr; i++) {
		if (guard_equal(&dst->g[i], g))
			return;
		if (same_iter(&dst->g[i], g)) {	/* both hold: either kind */
			dst->g[i].vals[0] &= g->vals[0];
			return;
		}
	}
	if (dst->nr < MAX_GUARDS)
		dst->g[dst->nr++] = *g;
}

void guards_add_all(struct guards *dst, const struct guards *src)
{
	int i;

	if (dst->nr < 0)
		dst->nr = 0;
	for (i = 0; i < src->nr; i++)
		guards_add(dst, &src->g[i]);
}

/*
 * What holds on both of two paths: the guards of both, and of an
 * iterator tested on both, the kinds of either ("if (!iter_is_ubuf(i) &&
 * !iter_is_iovec(i)) return": after it, UBUF or IOVEC).
 */
static void guards_intersect(struct guards *dst, const struct guards *src)
{
	int i, j, n = 0;

	for (i = 0; i < dst->nr; i++) {
		for (j = 0; j < src->nr; j++) {
			struct guard g = dst->g[i];

			if (same_iter(&g, &src->g[j]))
				g.vals[0] |= src->g[j].vals[0];
			else if (!guard_equal(&g, &src->g[j]))
				continue;
			if (g.kind != G_KINDS || g.vals[0] != KIND_ALL)
				dst->g[n++] = g;
			break;
		}
	}
	dst->nr = n;
}

static int distinct(long long v)
{
	return v >= MIN_DISTINCT || v <= -MIN_DISTINCT;
}

/* What a condition tests: the memory it was loaded from, or the value. */
static void set_subject(struct guard *g, struct pc_value *p)
{
	p = strip_casts(p);
	g->on_loc = p->kind == PC_VAL_REG && p->def &&
		    p->def->op == PC_OP_LOAD;
	g->subject = g->on_loc ? (const void *)loc_of(&p->def->addr) : p;
}

/*
 * A weak guard is compared with others of its subject, at other times:
 * that holds only for values that do not change in between.  Parameters
 * and what is computed from them qualify.  Memory does not: "if
 * (!dev->umem) pin, then set dev->umem", and later "if (dev->umem)
 * unpin".  Nor does a loop's own condition (it depends on a phi): true
 * inside the loop, false after it.
 */
static int steady(struct pc_value *p, int depth)
{
	struct pc_insn *insn;

	p = strip_casts(p);
	if (p->kind == PC_VAL_ARG || p->kind == PC_VAL_CONST)
		return 1;
	if (p->kind != PC_VAL_REG || !p->def || depth > 3)
		return 0;
	insn = p->def;
	if (pc_op_binop(insn->op) || pc_op_compare(insn->op))
		return steady(insn->src1, depth + 1) &&
		       steady(insn->src2, depth + 1);
	return 0;
}

/* Conditions on whether a COND acquisition pinned are always kept. */
static int keep(struct guard *g, struct pc_value *tested)
{
	return g->strong || steady(tested, 0) || cond_subject(g);
}

/* The condition that c is @truth, as a guard; 0 when it names none. */
static int cond_guard(struct pc_value *c, int truth, struct guard *g)
{
	int depth;

	memset(g, 0, sizeof(*g));
	for (depth = 0; depth < 8; depth++) {
		struct pc_insn *insn;
		struct pc_value *k, *other;

		if (c->kind == PC_VAL_CONST)
			return 0;
		if (cond_kind_guard(c, truth, g))	/* an iterator's kind */
			return 1;
		insn = c->kind == PC_VAL_REG ? c->def : NULL;
		switch (insn ? insn->op : PC_OP_NOP) {
		case PC_OP_CAST:
			c = insn->src;
			continue;
		case PC_OP_AND:
			k = insn->src2->kind == PC_VAL_CONST ? insn->src2 : insn->src1;
			other = k == insn->src2 ? insn->src1 : insn->src2;
			if (k->kind != PC_VAL_CONST && truth)
				/* a && b, both true: either one names it */
				return cond_guard(insn->src1, 1, g) ||
				       cond_guard(insn->src2, 1, g);
			if (k->kind != PC_VAL_CONST || !k->cval)
				return 0;
			g->kind = truth ? G_BIT_SET : G_BIT_CLEAR;
			g->nr = 1;
			g->vals[0] = k->cval;
			g->strong = 1;
			set_subject(g, other);
			return keep(g, other);
		case PC_OP_SET_EQ: case PC_OP_SET_NE:
			k = insn->src2;
			other = insn->src1;
			if (k->kind != PC_VAL_CONST) {
				k = insn->src1;
				other = insn->src2;
			}
			if (k->kind != PC_VAL_CONST)
				return 0;
			if (insn->op == PC_OP_SET_NE)
				truth = !truth;
			if (!k->cval) {		/* x == 0: test x itself */
				truth = !truth;
				c = other;
				continue;
			}
			if (cond_kind_compare(other, k->cval, truth, g))
				return 1;
			g->kind = truth ? G_IN : G_NOT_IN;
			g->nr = 1;
			g->vals[0] = k->cval;
			g->strong = distinct(k->cval);
			set_subject(g, other);
			return keep(g, other);
		default:		/* the truth of a value */
			g->kind = truth ? G_TRUE : G_FALSE;
			set_subject(g, c);
			return keep(g, c);
		}
	}
	return 0;
}

struct case_sets {
	struct guard *here, *all;
};

static int add_case(long long v, int here, void *data)
{
	struct case_sets *cs = data;

	if (cs->all->nr == GUARD_VALS)
		return 1;
	if (!distinct(v))
		cs->all->strong = cs->here->strong = 0;
	cs->all->vals[cs->all->nr++] = v;
	if (here)
		cs->here->vals[cs->here->nr++] = v;
	return 0;
}

/* The cases of a switch that lead to @to (default: none of the cases). */
static int switch_guard(struct pc_insn *sw, struct pc_bb *to,
			struct guard *g)
{
	struct guard all = { .kind = G_NOT_IN };
	struct case_sets cs = { g, &all };
	int is_default;

	if (cond_switch_guard(sw, to, g))	/* on an iterator's kind */
		return 1;
	memset(g, 0, sizeof(*g));
	g->kind = G_IN;
	all.strong = g->strong = 1;
	is_default = pc_switch_values(sw, to, GUARD_VALS, add_case, &cs);
	if (is_default < 0)
		return 0;
	set_subject(g, sw->src);
	all.subject = g->subject;
	all.on_loc = g->on_loc;
	if (!keep(g, sw->src))
		return 0;
	if (is_default) {
		*g = all;
		return g->nr > 0;
	}
	return g->nr > 0 && !(g->nr == all.nr);
}

static int edge_guard(struct pc_bb *from, struct pc_bb *to, struct guard *g)
{
	struct pc_insn *br = pc_last_insn(from);

	if (!br)
		return 0;
	if (br->op == PC_OP_CBR) {
		if (br->bb_true == br->bb_false)
			return 0;
		return cond_guard(br->src, br->bb_true == to, g);
	}
	if (br->op == PC_OP_SWITCH)
		return switch_guard(br, to, g);
	return 0;
}

static int guards_same(const struct guards *a, const struct guards *b)
{
	int i;

	if (a->nr != b->nr)
		return 0;
	for (i = 0; i < a->nr; i++)
		if (!guard_equal(&a->g[i], &b->g[i]))
			return 0;
	return 1;
}

/* One pass; returns 1 when a block's guards changed. */
static int guards_pass(struct guard_map *map, struct pc_func *fn)
{
	int changed = 0, i, j;

	for (i = 0; i < fn->nr_bbs; i++) {
		struct pc_bb *bb = fn->bbs[i];
		struct guard_slot *s = slot_of(map, bb);
		struct guards in = { .nr = -1 };

		if (bb == fn->entry)
			continue;
		for (j = 0; j < bb->nr_parents; j++) {
			struct pc_bb *parent = bb->parents[j];
			const struct guard_slot *p = slot_of(map, parent);
			struct guards e;
			struct guard g;

			if (!p->bb || p->guards.nr < 0)
				continue;
			e = p->guards;
			if (edge_guard(parent, bb, &g))
				guards_add(&e, &g);
			if (in.nr < 0)
				in = e;
			else
				guards_intersect(&in, &e);
		}
		if (in.nr >= 0 && !guards_same(&in, &s->guards)) {
			s->guards = in;
			changed = 1;
		}
	}
	return changed;
}

struct guard_map *guards_compute(struct pc_func *fn)
{
	int size = 2 * fn->nr_bbs + 1, pass, i;
	struct guard_map *map;

	map = pc_xcalloc(1, sizeof(*map) + size * sizeof(map->slot[0]));
	map->size = size;
	for (i = 0; i < fn->nr_bbs; i++) {
		struct guard_slot *s = slot_of(map, fn->bbs[i]);

		s->bb = fn->bbs[i];
		s->guards.nr = -1;
		if (fn->bbs[i] == fn->entry)
			cond_entry_guards(fn, &s->guards);
	}
	for (pass = 0; pass < MAX_PASSES; pass++)
		if (!guards_pass(map, fn))
			break;
	return map;
}

void guards_free(struct guard_map *map)
{
	free(map);
}

static int in_set(long long v, const struct guard *g)
{
	int i;

	for (i = 0; i < g->nr; i++)
		if (g->vals[i] == v)
			return 1;
	return 0;
}

/* x and y cannot both hold (of the same value). */
static int contradict(const struct guard *x, const struct guard *y)
{
	int i;

	if (x->subject != y->subject && !(x->strong && y->strong))
		return 0;
	if (x->kind == G_TRUE && y->kind == G_FALSE)
		return 1;
	if (x->kind == G_KINDS && y->kind == G_KINDS)
		return x->subject == y->subject && !(x->vals[0] & y->vals[0]);
	/*
	 * Of one subject, a set bit contradicts any mask clear that covers
	 * it; of two, only the same mask says it is the same flag (ublk:
	 * "dev->flags & BIT(19)" and "reg.flags & ~1" are both strong).
	 */
	if (x->kind == G_BIT_SET && y->kind == G_BIT_CLEAR)
		return x->subject == y->subject ?
		       (x->vals[0] & y->vals[0]) == x->vals[0] :
		       x->vals[0] == y->vals[0];
	if (x->kind == G_IN && (y->kind == G_IN || y->kind == G_NOT_IN)) {
		for (i = 0; i < x->nr; i++)
			if (in_set(x->vals[i], y) == (y->kind == G_IN))
				return 0;
		return 1;
	}
	return 0;
}

int guards_exclusive(const struct guards *a, const struct guards *b)
{
	int i, j;

	for (i = 0; i < a->nr; i++)
		for (j = 0; j < b->nr; j++)
			if (contradict(&a->g[i], &b->g[j]) ||
			    contradict(&b->g[j], &a->g[i]))
				return 1;
	return 0;
}

int guards_cond_exclusive(const struct guards *gs, struct pc_value *cond,
			  int truth)
{
	struct guards there = { 0 };
	struct guard g;

	if (!cond || !cond_guard(cond, truth, &g))
		return 0;
	guards_add(&there, &g);
	return guards_exclusive(gs, &there);
}
