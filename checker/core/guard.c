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
	return s->bb && (s->guards.nr > 0 || s->guards.nr_clauses > 0) ?
	       &s->guards : &no_guards;
}

static int guard_equal(const struct guard *a, const struct guard *b)
{
	return a->kind == b->kind && a->nr == b->nr &&
	       a->subject == b->subject && a->strong == b->strong &&
	       a->base == b->base &&
	       !memcmp(a->vals, b->vals, a->nr * sizeof(a->vals[0]));
}

/* Two kinds guards of one iterator, both assumed or neither. */
static int same_iter(const struct guard *a, const struct guard *b)
{
	return a->kind == G_KINDS && b->kind == G_KINDS &&
	       a->subject == b->subject && a->assumed == b->assumed;
}

static int contradict(const struct guard *x, const struct guard *y);

/* x and y cannot both hold, either way round. */
static int excludes(const struct guard *x, const struct guard *y)
{
	return contradict(x, y) || contradict(y, x);
}

static void clause_drop(struct guards *dst, int i)
{
	dst->c[i] = dst->c[--dst->nr_clauses];
}

static void guard_put(struct guards *dst, const struct guard *g)
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

/*
 * @g holds: a clause it satisfies says nothing more; one whose other
 * half it excludes says that half holds.
 */
void guards_add(struct guards *dst, const struct guard *g)
{
	struct guard then;
	int i;

	if (dst->nr < 0)
		dst->nr = 0;
	guard_put(dst, g);
	for (i = 0; i < dst->nr_clauses; i++) {
		struct clause *c = &dst->c[i];

		if (guard_equal(g, &c->one) || guard_equal(g, &c->other)) {
			clause_drop(dst, i--);
			continue;
		}
		if (excludes(g, &c->one))
			then = c->other;
		else if (excludes(g, &c->other))
			then = c->one;
		else
			continue;
		clause_drop(dst, i);
		guards_add(dst, &then);
		i = -1;		/* the clauses changed: again */
	}
}

static int clause_equal(const struct clause *a, const struct clause *b)
{
	return (guard_equal(&a->one, &b->one) &&
		guard_equal(&a->other, &b->other)) ||
	       (guard_equal(&a->one, &b->other) &&
		guard_equal(&a->other, &b->one));
}

static void clause_add(struct guards *dst, const struct guard *one,
		       const struct guard *other)
{
	struct clause c = { *one, *other };
	int i;

	for (i = 0; i < dst->nr; i++)
		if (guard_equal(&dst->g[i], one) ||
		    guard_equal(&dst->g[i], other))
			return;		/* it holds already */
	for (i = 0; i < dst->nr_clauses; i++)
		if (clause_equal(&dst->c[i], &c))
			return;
	if (dst->nr_clauses < MAX_CLAUSES)
		dst->c[dst->nr_clauses++] = c;
}

void guards_add_all(struct guards *dst, const struct guards *src)
{
	int i;

	if (dst->nr < 0)
		dst->nr = 0;
	for (i = 0; i < src->nr_clauses; i++)
		clause_add(dst, &src->c[i].one, &src->c[i].other);
	for (i = 0; i < src->nr; i++)
		guards_add(dst, &src->g[i]);
}

static int has_guard(const struct guards *gs, const struct guard *g)
{
	int i;

	for (i = 0; i < gs->nr; i++)
		if (guard_equal(&gs->g[i], g))
			return 1;
	return 0;
}

/* A clause of one path that the other keeps too, or satisfies. */
static int clause_kept(const struct clause *c, const struct guards *gs)
{
	int i;

	for (i = 0; i < gs->nr_clauses; i++)
		if (clause_equal(c, &gs->c[i]))
			return 1;
	return has_guard(gs, &c->one) || has_guard(gs, &c->other);
}

/*
 * Where path @a has x and path @b has its opposite, each other
 * condition y of @b makes "x or y" hold after the join.
 */
static void clauses_from(struct guards *dst, const struct guards *a,
			 const struct guards *b)
{
	int i, j, k;

	for (i = 0; i < a->nr; i++) {
		for (j = 0; j < b->nr; j++) {
			if (a->g[i].subject != b->g[j].subject ||
			    !excludes(&a->g[i], &b->g[j]))
				continue;
			for (k = 0; k < b->nr; k++)
				if (k != j && !has_guard(a, &b->g[k]))
					clause_add(dst, &a->g[i], &b->g[k]);
		}
	}
}

static void clauses_meet(struct guards *dst, const struct guards *a,
			 const struct guards *b)
{
	int i;

	dst->nr_clauses = 0;
	for (i = 0; i < a->nr_clauses; i++)
		if (clause_kept(&a->c[i], b))
			clause_add(dst, &a->c[i].one, &a->c[i].other);
	for (i = 0; i < b->nr_clauses; i++)
		if (clause_kept(&b->c[i], a))
			clause_add(dst, &b->c[i].one, &b->c[i].other);
	clauses_from(dst, a, b);
	clauses_from(dst, b, a);
}

/*
 * What holds on both of two paths: the guards of both, and of an
 * iterator tested on both, the kinds of either ("if (!iter_is_ubuf(i) &&
 * !iter_is_iovec(i)) return": after it, UBUF or IOVEC); and the clauses
 * of both, or that the two paths make.
 */
static void guards_intersect(struct guards *dst, const struct guards *src)
{
	struct guards a = *dst;
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
	clauses_meet(dst, &a, src);
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
	g->base = NULL;
}

/*
 * The members the function being computed stores, any struct's: a member
 * it reads through a parameter and never stores does not change under it
 * (kvm's kfp->pin).  A call could still change it; that is not looked
 * for.  Too many to keep: none is taken for steady.
 */
#define MAX_STORED	64

static const struct loc *stored[MAX_STORED];
static int nr_stored = -1;	/* -1: no function, or too many */

static void stored_members(struct pc_func *fn)
{
	int i, j;

	nr_stored = 0;
	for (i = 0; i < fn->nr_bbs; i++) {
		struct pc_bb *bb = fn->bbs[i];

		for (j = 0; j < bb->nr_insns; j++) {
			struct pc_insn *in = bb->insns[j];

			if (in->op != PC_OP_STORE ||
			    in->addr.kind != PC_ADDR_MEMBER)
				continue;
			if (nr_stored == MAX_STORED) {
				nr_stored = -1;
				return;
			}
			stored[nr_stored++] = loc_of(&in->addr);
		}
	}
}

/* The parameter @p is a never-stored member read through, or NULL. */
static const void *steady_member(struct pc_value *p)
{
	const struct loc *m;
	struct pc_value *base;
	int i;

	p = strip_casts(p);
	if (nr_stored < 0 || p->kind != PC_VAL_REG || !p->def ||
	    p->def->op != PC_OP_LOAD || p->def->addr.kind != PC_ADDR_MEMBER)
		return NULL;
	base = pc_uncast(p->def->addr_base);
	if (!base || base->kind != PC_VAL_ARG)
		return NULL;
	m = loc_of(&p->def->addr);
	for (i = 0; i < nr_stored; i++)
		if (stored[i] == m)
			return NULL;
	return base;
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

/*
 * Conditions on whether a COND acquisition pinned are always kept; a
 * steady member's, as of its parameter's struct only.
 */
static int keep(struct guard *g, struct pc_value *tested)
{
	if (g->strong || steady(tested, 0) || cond_subject(g))
		return 1;
	g->base = steady_member(tested);
	return g->base != NULL;
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

	if (a->nr != b->nr || a->nr_clauses != b->nr_clauses)
		return 0;
	for (i = 0; i < a->nr; i++)
		if (!guard_equal(&a->g[i], &b->g[i]))
			return 0;
	for (i = 0; i < a->nr_clauses; i++)
		if (!clause_equal(&a->c[i], &b->c[i]))
			return 0;
	return 1;
}

#define MAX_PHI_WAYS	4

/*
 * The value a branch tests, under its casts and "!= 0" (@truth flipped
 * by "== 0"): a phi, when it is one.
 */
static struct pc_insn *tested_phi(struct pc_value *c, int *truth)
{
	int depth;

	for (depth = 0; depth < 8 && c->kind == PC_VAL_REG && c->def; depth++) {
		struct pc_insn *in = c->def;

		if (in->op == PC_OP_PHI)
			return in->nr_phis <= MAX_PHI_WAYS ? in : NULL;
		if (in->op == PC_OP_CAST) {
			c = in->src;
			continue;
		}
		if ((in->op != PC_OP_SET_NE && in->op != PC_OP_SET_EQ) ||
		    in->src2->kind != PC_VAL_CONST || in->src2->cval)
			return NULL;
		if (in->op == PC_OP_SET_EQ)
			*truth = !*truth;
		c = in->src1;
	}
	return NULL;
}

/*
 * A branch on a phi that "a && b" made (clang keeps it; sparse threads
 * the branch through it): the phi is @truth on the ways into its block
 * whose value can be, each with the conditions of its way and of its
 * value.  What the ways have in common, and the clauses they make, hold
 * on the edge; added to @e.
 */
static void phi_edge(struct guard_map *map, struct pc_bb *from,
		     struct pc_bb *to, struct guards *e)
{
	struct pc_insn *br = pc_last_insn(from), *phi;
	struct guards all = { .nr = -1 };
	int truth, i;

	if (!br || br->op != PC_OP_CBR || br->bb_true == br->bb_false)
		return;
	truth = br->bb_true == to;
	phi = tested_phi(br->src, &truth);
	if (!phi)
		return;
	for (i = 0; i < phi->nr_phis; i++) {
		struct pc_insn *ps = phi->phis[i];
		const struct guard_slot *p;
		struct pc_value *v = ps ? ps->src : NULL;
		struct guards way;
		struct guard g;

		if (!v || !ps->bb)
			return;
		if (v->kind == PC_VAL_CONST && (v->cval != 0) != truth)
			continue;		/* this way, the test goes the other */
		p = slot_of(map, ps->bb);
		if (!p->bb || p->guards.nr < 0)
			return;			/* a way not reached yet */
		way = p->guards;
		if (edge_guard(ps->bb, phi->bb, &g))
			guards_add(&way, &g);
		if (v->kind != PC_VAL_CONST && cond_guard(v, truth, &g))
			guards_add(&way, &g);
		if (all.nr < 0)
			all = way;
		else
			guards_intersect(&all, &way);
	}
	if (all.nr >= 0)
		guards_add_all(e, &all);
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
			phi_edge(map, parent, bb, &e);
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
	stored_members(fn);
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
	nr_stored = -1;
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
	if ((x->base || y->base) && x->base != y->base)
		return 0;	/* members of two structs, or of two functions */
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

/* Some guard of @gs excludes @g. */
static int excluded_by(const struct guards *gs, const struct guard *g)
{
	int i;

	for (i = 0; i < gs->nr; i++)
		if (excludes(&gs->g[i], g))
			return 1;
	return 0;
}

/* A clause of @a whose two halves @b's guards both exclude. */
static int clause_broken(const struct guards *a, const struct guards *b)
{
	int i;

	for (i = 0; i < a->nr_clauses; i++)
		if (excluded_by(b, &a->c[i].one) &&
		    excluded_by(b, &a->c[i].other))
			return 1;
	return 0;
}

int guards_exclusive(const struct guards *a, const struct guards *b)
{
	int i;

	for (i = 0; i < a->nr; i++)
		if (excluded_by(b, &a->g[i]))
			return 1;
	return clause_broken(a, b) || clause_broken(b, a);
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
