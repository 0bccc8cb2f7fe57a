// SPDX-License-Identifier: GPL-2.0
/*
 * core/build.c - an SSA function builder for a front end that lowers
 * from an AST, and the few simplifications of sparse the analysis
 * notices (core/build.h).
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "report.h"

struct pc_map_slot {
	unsigned long long key;
	void *val;
};

struct pc_phi_op {
	struct pc_block *from;
	struct pc_value *v;
};

/* A phi being built: its variable, and a value from each parent. */
struct pc_phi {
	struct pc_insn *insn;
	struct pc_block *b;
	const void *key, *type;
	struct pc_phi_op *ops;
	int nr_ops, max_ops;
	int dead;
};

#define K(p)	((unsigned long long)(uintptr_t)(p))

static void *alloc(struct pc_builder *b, size_t size)
{
	return pc_arena_alloc(b->u->arena, size + 1);
}

/* ---- vectors and maps ---- */

static void vec_push(struct pc_vec *v, void *p)
{
	if (v->nr == v->max) {
		v->max = v->max ? 2 * v->max : 4;
		v->item = pc_xrealloc(v->item, v->max * sizeof(*v->item));
	}
	v->item[v->nr++] = p;
}

static int vec_has(const struct pc_vec *v, const void *p)
{
	int i;

	for (i = 0; i < v->nr; i++)
		if (v->item[i] == p)
			return 1;
	return 0;
}

/* @p added unless it is there already */
static void vec_add(struct pc_vec *v, void *p)
{
	if (!vec_has(v, p))
		vec_push(v, p);
}

/* the first @p out of @v */
static void vec_erase(struct pc_vec *v, const void *p)
{
	int i;

	for (i = 0; i < v->nr; i++)
		if (v->item[i] == p) {
			memmove(&v->item[i], &v->item[i + 1],
				(v->nr - i - 1) * sizeof(*v->item));
			v->nr--;
			return;
		}
}

/* every @p out of @v */
static void vec_drop(struct pc_vec *v, const void *p)
{
	int i, n = 0;

	for (i = 0; i < v->nr; i++)
		if (v->item[i] != p)
			v->item[n++] = v->item[i];
	v->nr = n;
}

static void vec_free(struct pc_vec *v)
{
	free(v->item);
	memset(v, 0, sizeof(*v));
}

/* @to becomes @from's, @from empty */
static void vec_move(struct pc_vec *to, struct pc_vec *from)
{
	free(to->item);
	*to = *from;
	memset(from, 0, sizeof(*from));
}

static unsigned int map_index(const struct pc_map *m, unsigned long long key)
{
	return (unsigned int)((key * 0x9e3779b97f4a7c15ULL) >> 32) &
	       (m->cap - 1);
}

static void *map_get(const struct pc_map *m, unsigned long long key)
{
	unsigned int i;

	if (!m->cap)
		return NULL;
	for (i = map_index(m, key); m->slot[i].val; i = (i + 1) & (m->cap - 1))
		if (m->slot[i].key == key)
			return m->slot[i].val;
	return NULL;
}

static void map_put(struct pc_map *m, unsigned long long key, void *val);

static void map_grow(struct pc_map *m)
{
	struct pc_map old = *m;
	unsigned int i;

	m->cap = old.cap ? 2 * old.cap : 8;
	m->slot = pc_xcalloc(m->cap, sizeof(*m->slot));
	m->nr = 0;
	for (i = 0; i < old.cap; i++)
		if (old.slot[i].val)
			map_put(m, old.slot[i].key, old.slot[i].val);
	free(old.slot);
}

static void map_put(struct pc_map *m, unsigned long long key, void *val)
{
	unsigned int i;

	if (2 * (m->nr + 1) > m->cap)
		map_grow(m);
	for (i = map_index(m, key); m->slot[i].val; i = (i + 1) & (m->cap - 1))
		if (m->slot[i].key == key)
			break;
	if (!m->slot[i].val)
		m->nr++;
	m->slot[i].key = key;
	m->slot[i].val = val;
}

static void map_free(struct pc_map *m)
{
	free(m->slot);
	memset(m, 0, sizeof(*m));
}

/* ---- the unit ---- */

void pc_build_unit_init(struct pc_build_unit *u, struct pc_arena *arena,
			struct pc_resolver *resolver)
{
	memset(u, 0, sizeof(*u));
	u->tail = &u->unit.funcs;
	u->arena = arena;
	u->resolver = resolver;
}

void pc_build_unit_end(struct pc_build_unit *u)
{
	map_free(&u->consts);
}

struct pc_value *pc_const(struct pc_build_unit *u, long long c)
{
	struct pc_value *v = map_get(&u->consts, c);

	if (v)
		return v;
	v = pc_arena_alloc(u->arena, sizeof(*v) + 1);
	v->kind = PC_VAL_CONST;
	v->cval = c;
	map_put(&u->consts, c, v);
	return v;
}

void pc_build_add(struct pc_build_unit *u, struct pc_func *fn, int nr_insns)
{
	if (u->max_insns > 0 && nr_insns > u->max_insns) {
		char msg[512];

		snprintf(msg, sizeof(msg),
			 "%s(): too large for pincheck (%d instructions), not checked",
			 fn->sym->name, nr_insns);
		pc_report_note(fn->sym->pos, msg);
		return;
	}
	if (pc_dump_wanted())
		pc_dump_func(stderr, fn);
	*u->tail = fn;
	u->tail = &fn->next;
}

/* ---- one function ---- */

void pc_builder_init(struct pc_builder *b, struct pc_build_unit *u)
{
	memset(b, 0, sizeof(*b));
	b->u = u;
}

void pc_builder_free(struct pc_builder *b)
{
	int i;

	for (i = 0; i < b->blocks.nr; i++) {
		struct pc_block *blk = b->blocks.item[i];

		vec_free(&blk->phis);
		vec_free(&blk->insns);
		vec_free(&blk->phisrcs);
		vec_free(&blk->preds);
		vec_free(&blk->succs);
		vec_free(&blk->incomplete);
		vec_free(&blk->kids);
		map_free(&blk->defs);
		free(blk);
	}
	for (i = 0; i < b->phis.nr; i++) {
		struct pc_phi *phi = b->phis.item[i];

		free(phi->ops);
		free(phi);
	}
	vec_free(&b->blocks);
	vec_free(&b->phis);
	vec_free(&b->values);
	vec_free(&b->memops);
	vec_free(&b->args);
	map_free(&b->repl);
	map_free(&b->of_bb);
}

struct pc_block *pc_new_block(struct pc_builder *b)
{
	struct pc_block *blk = pc_xcalloc(1, sizeof(*blk));

	vec_push(&b->blocks, blk);
	blk->bb = alloc(b, sizeof(*blk->bb));
	map_put(&b->of_bb, K(blk->bb), blk);
	return blk;
}

struct pc_block *pc_active(struct pc_builder *b)
{
	if (!b->cur) {
		b->cur = pc_new_block(b);
		b->cur->sealed = 1;
	}
	return b->cur;
}

void pc_add_edge(struct pc_block *from, struct pc_block *to)
{
	if (vec_has(&to->preds, from))
		return;
	vec_push(&to->preds, from);
	vec_push(&from->succs, to);
}

void pc_start(struct pc_builder *b, struct pc_block *blk, int seal)
{
	if (b->cur && b->cur != blk)
		pc_br(b, blk);
	b->cur = blk;
	if (seal)
		pc_seal(b, blk);
}

static int is_terminator(enum pc_op op)
{
	return op == PC_OP_BR || op == PC_OP_CBR || op == PC_OP_SWITCH ||
	       op == PC_OP_RET || op == PC_OP_UNREACH;
}

struct pc_insn *pc_emit(struct pc_builder *b, enum pc_op op)
{
	struct pc_block *blk = pc_active(b);
	struct pc_insn *insn = alloc(b, sizeof(*insn));

	insn->op = op;
	insn->pos = b->pos;
	insn->bb = blk->bb;
	if (!is_terminator(op))
		vec_push(&blk->insns, insn);
	/* their addresses are resolved at the end */
	if (op == PC_OP_LOAD || op == PC_OP_STORE)
		vec_push(&b->memops, insn);
	return insn;
}

struct pc_block *pc_close(struct pc_builder *b, struct pc_insn *term)
{
	struct pc_block *blk = pc_active(b);

	blk->term = term;
	b->cur = NULL;
	return blk;
}

static struct pc_value *new_value(struct pc_builder *b,
				  enum pc_value_kind kind, const void *type)
{
	struct pc_value *v = alloc(b, sizeof(*v));

	v->kind = kind;
	v->type = type;
	pc_value_set_flags(b->u->resolver, v);
	vec_push(&b->values, v);
	return v;
}

struct pc_value *pc_new_reg(struct pc_builder *b, const void *type,
			    struct pc_insn *def)
{
	struct pc_value *v = new_value(b, PC_VAL_REG, type);

	v->def = def;
	if (def)
		def->target = v;
	return v;
}

struct pc_value *pc_new_arg(struct pc_builder *b, int nr, const void *type)
{
	struct pc_value *v = new_value(b, PC_VAL_ARG, type);

	v->nr = nr;
	vec_push(&b->args, v);
	return v;
}

struct pc_value *pc_undef(struct pc_builder *b, const void *type)
{
	return new_value(b, PC_VAL_UNDEF, type);
}

/* ---- constants ---- */

static int fold_shift(long long b)
{
	return b >= 0 && b < 64;
}

/*
 * sparse folds operations on constants (an inlined helper's constant
 * argument becomes the flag mask it tests): the value in @width bits.
 */
static int fold(enum pc_op op, long long a, long long b, unsigned int width,
		int is_unsigned, long long *r)
{
	unsigned long long ua = a, ub = b;

	switch (op) {
	case PC_OP_ADD: *r = ua + ub; break;
	case PC_OP_SUB: *r = ua - ub; break;
	case PC_OP_MUL: *r = ua * ub; break;
	case PC_OP_AND: *r = a & b; break;
	case PC_OP_OR: *r = a | b; break;
	case PC_OP_SHL:
		if (!fold_shift(b))
			return 0;
		*r = ua << b;
		break;
	case PC_OP_LSR:
		if (!fold_shift(b))
			return 0;
		if (width < 64)
			ua &= (1ULL << width) - 1;
		*r = ua >> b;
		break;
	case PC_OP_ASR:
		if (!fold_shift(b))
			return 0;
		*r = a >> b;
		break;
	case PC_OP_DIVS:
		if (!b || (a == LLONG_MIN && b == -1))
			return 0;
		*r = a / b;
		break;
	case PC_OP_DIVU:
		if (!b)
			return 0;
		*r = ua / ub;
		break;
	case PC_OP_SET_EQ: *r = a == b; return 1;
	case PC_OP_SET_NE: *r = a != b; return 1;
	case PC_OP_SET_LT: *r = a < b; return 1;
	case PC_OP_SET_LE: *r = a <= b; return 1;
	case PC_OP_SET_GT: *r = a > b; return 1;
	case PC_OP_SET_GE: *r = a >= b; return 1;
	case PC_OP_SET_B: *r = ua < ub; return 1;
	case PC_OP_SET_BE: *r = ua <= ub; return 1;
	case PC_OP_SET_A: *r = ua > ub; return 1;
	case PC_OP_SET_AE: *r = ua >= ub; return 1;
	default:
		return 0;
	}
	if (width < 64) {
		unsigned long long m = (1ULL << width) - 1, v = *r & m;

		if (!is_unsigned && (v >> (width - 1)) & 1)
			v |= ~m;
		*r = v;
	}
	return 1;
}

/* x OP y, both constants, in @type's width */
static int fold_typed(struct pc_builder *b, enum pc_op op,
		      const struct pc_value *x, const struct pc_value *y,
		      const void *type, long long *r)
{
	unsigned int width = 64;
	int is_unsigned = 0;

	if (x->kind != PC_VAL_CONST || y->kind != PC_VAL_CONST)
		return 0;
	if (type)
		b->u->int_type(type, &width, &is_unsigned);
	return fold(op, x->cval, y->cval, width, is_unsigned, r);
}

struct pc_value *pc_op2(struct pc_builder *b, enum pc_op op,
			struct pc_value *x, struct pc_value *y,
			const void *type)
{
	struct pc_insn *insn;
	long long r;

	if (fold_typed(b, op, x, y, type, &r))
		return pc_const(b->u, r);
	insn = pc_emit(b, op);
	insn->src1 = x;
	insn->src2 = y;
	return pc_new_reg(b, type, insn);
}

struct pc_value *pc_select(struct pc_builder *b, struct pc_value *c,
			   struct pc_value *t, struct pc_value *f,
			   const void *type)
{
	struct pc_insn *insn;

	if (c->kind == PC_VAL_CONST)
		return c->cval ? t : f;
	insn = pc_emit(b, PC_OP_SEL);
	insn->src1 = c;
	insn->src2 = t;
	insn->src3 = f;
	return pc_new_reg(b, type, insn);
}

/* ---- branches ---- */

void pc_br(struct pc_builder *b, struct pc_block *to)
{
	struct pc_insn *insn;

	if (!b->cur)
		return;
	insn = pc_emit(b, PC_OP_BR);
	b->cur->term = insn;
	pc_add_edge(b->cur, to);
	b->cur = NULL;
}

/* x == 0 or x != 0: x, and whether the sides swap */
static struct pc_value *test_of(struct pc_value *c, int *swap)
{
	struct pc_insn *d = c->kind == PC_VAL_REG ? c->def : NULL;

	if (!d || (d->op != PC_OP_SET_EQ && d->op != PC_OP_SET_NE) ||
	    d->src2->kind != PC_VAL_CONST || d->src2->cval)
		return NULL;
	*swap = d->op == PC_OP_SET_EQ;
	return d->src1;
}

/* sparse's cbr: "cbr (x != 0)" tests x, "cbr (x == 0)" swaps the sides */
void pc_cbr(struct pc_builder *b, struct pc_value *c, struct pc_block *t,
	    struct pc_block *f)
{
	struct pc_insn *insn;
	int depth, swap;

	for (depth = 0; depth < 8; depth++) {
		struct pc_value *x = test_of(c, &swap);

		if (!x)
			break;
		if (swap) {
			struct pc_block *tmp = t;

			t = f;
			f = tmp;
		}
		c = x;
	}
	if (c->kind == PC_VAL_CONST || t == f) {
		pc_br(b, c->kind != PC_VAL_CONST || c->cval ? t : f);
		return;
	}
	insn = pc_emit(b, PC_OP_CBR);
	insn->src = c;
	insn->bb_true = t->bb;
	insn->bb_false = f->bb;
	b->cur->term = insn;
	pc_add_edge(b->cur, t);
	pc_add_edge(b->cur, f);
	b->cur = NULL;
}

/* ---- SSA (Braun et al.) ---- */

void pc_write_var(struct pc_block *blk, const void *key, struct pc_value *v)
{
	map_put(&blk->defs, K(key), v);
}

static struct pc_phi *new_phi(struct pc_builder *b, struct pc_block *blk,
			      const void *key, const void *type)
{
	struct pc_phi *phi = pc_xcalloc(1, sizeof(*phi));
	struct pc_insn *insn = alloc(b, sizeof(*insn));

	vec_push(&b->phis, phi);
	insn->op = PC_OP_PHI;
	insn->pos = b->pos;
	insn->bb = blk->bb;
	phi->insn = insn;
	phi->b = blk;
	phi->key = key;
	phi->type = type;
	pc_new_reg(b, type, insn);
	vec_push(&blk->phis, insn);
	return phi;
}

static void phi_push(struct pc_phi *phi, struct pc_block *from,
		     struct pc_value *v)
{
	if (phi->nr_ops == phi->max_ops) {
		phi->max_ops = phi->max_ops ? 2 * phi->max_ops : 4;
		phi->ops = pc_xrealloc(phi->ops,
				       phi->max_ops * sizeof(*phi->ops));
	}
	phi->ops[phi->nr_ops].from = from;
	phi->ops[phi->nr_ops++].v = v;
}

static void add_phi_operands(struct pc_builder *b, struct pc_phi *phi)
{
	/* the parents may grow while reading: a copy */
	struct pc_vec preds = { 0 };
	int i;

	for (i = 0; i < phi->b->preds.nr; i++)
		vec_push(&preds, phi->b->preds.item[i]);
	for (i = 0; i < preds.nr; i++) {
		struct pc_value *v = pc_read_var(b, phi->key, phi->type,
						 preds.item[i]);

		phi_push(phi, preds.item[i], v);
	}
	vec_free(&preds);
}

static struct pc_value *read_var_rec(struct pc_builder *b, const void *key,
				     const void *type, struct pc_block *blk)
{
	struct pc_value *v;
	struct pc_phi *phi;

	if (!blk->sealed) {
		phi = new_phi(b, blk, key, type);
		vec_push(&blk->incomplete, phi);
		v = phi->insn->target;
	} else if (!blk->preds.nr) {
		v = pc_undef(b, type);
	} else if (blk->preds.nr == 1) {
		v = pc_read_var(b, key, type, pc_pred(blk, 0));
	} else {
		phi = new_phi(b, blk, key, type);
		v = phi->insn->target;
		pc_write_var(blk, key, v);
		add_phi_operands(b, phi);
	}
	pc_write_var(blk, key, v);
	return v;
}

struct pc_value *pc_read_var(struct pc_builder *b, const void *key,
			     const void *type, struct pc_block *blk)
{
	struct pc_value *v = map_get(&blk->defs, K(key));

	return v ? v : read_var_rec(b, key, type, blk);
}

void pc_seal(struct pc_builder *b, struct pc_block *blk)
{
	struct pc_vec todo;
	int i;

	if (blk->sealed)
		return;
	blk->sealed = 1;
	todo = blk->incomplete;
	memset(&blk->incomplete, 0, sizeof(blk->incomplete));
	for (i = 0; i < todo.nr; i++)
		add_phi_operands(b, todo.item[i]);
	vec_free(&todo);
}

/* What @v became (a trivial phi its one value, a folded operation...). */
static struct pc_value *find(struct pc_builder *b, struct pc_value *v)
{
	int depth;

	for (depth = 0; v && depth < 10000; depth++) {
		struct pc_value *to = map_get(&b->repl, K(v));

		if (!to)
			break;
		v = to;
	}
	return v;
}

static void replace(struct pc_builder *b, struct pc_value *from,
		    struct pc_value *to)
{
	map_put(&b->repl, K(from), to);
}

/* ---- the end: sparse's shape ---- */

#define FOR_BLOCKS(b, i, blk) \
	for (i = 0; i < (b)->blocks.nr && ((blk) = (b)->blocks.item[i]); i++)
#define FOR_PHIS(b, i, phi) \
	for (i = 0; i < (b)->phis.nr && ((phi) = (b)->phis.item[i]); i++)

/* Phis get their sources: a PHISRC at the end of each parent. */
static void materialize_phis(struct pc_builder *b)
{
	struct pc_phi *phi;
	int i, j;

	FOR_PHIS(b, i, phi) {
		struct pc_vec srcs = { 0 };

		if (phi->dead)
			continue;
		for (j = 0; j < phi->nr_ops; j++) {
			struct pc_value *v = find(b, phi->ops[j].v);
			struct pc_block *p = phi->ops[j].from;
			struct pc_insn *ps;

			if (v->kind == PC_VAL_UNDEF)
				continue;
			ps = alloc(b, sizeof(*ps));
			ps->op = PC_OP_PHISRC;
			ps->pos = p->term ? p->term->pos : phi->insn->pos;
			ps->bb = p->bb;
			ps->src = v;
			vec_push(&p->phisrcs, ps);
			vec_push(&srcs, ps);
		}
		phi->insn->nr_phis = srcs.nr;
		phi->insn->phis = alloc(b, srcs.nr * sizeof(*phi->insn->phis));
		for (j = 0; j < srcs.nr; j++)
			phi->insn->phis[j] = srcs.item[j];
		vec_free(&srcs);
	}
}

/* @from replaced by @to in @v, each block once */
static void replace_block(struct pc_vec *v, struct pc_block *from,
			  struct pc_block *to)
{
	struct pc_vec out = { 0 };
	int i;

	for (i = 0; i < v->nr; i++)
		vec_add(&out, v->item[i] == from ? to : v->item[i]);
	vec_move(v, &out);
}

/*
 * sparse's if_convert_phi(): a phi of two sources, each from the block
 * that branches or from an arm that does nothing else, is a select in
 * that block.
 */
static struct pc_block *phi_parent(struct pc_block *s, struct pc_value *v)
{
	if (v->kind == PC_VAL_REG && v->def && v->def->bb == s->bb)
		return s;
	if (s->succs.nr != 1 || s->preds.nr != 1)
		return s;
	return pc_pred(s, 0);
}

/* The block that branches to both sources of @phi, or NULL. */
static struct pc_block *select_block(struct pc_builder *b,
				     struct pc_block *blk, struct pc_insn *phi)
{
	struct pc_insn *ps1 = phi->phis[0], *ps2 = phi->phis[1];
	struct pc_block *b1 = map_get(&b->of_bb, K(ps1->bb));
	struct pc_block *b2 = map_get(&b->of_bb, K(ps2->bb));
	struct pc_block *p0 = pc_pred(blk, 0), *p1 = pc_pred(blk, 1);
	struct pc_block *src;

	if (b1 == b2 || !((b1 == p0 && b2 == p1) || (b1 == p1 && b2 == p0)))
		return NULL;
	src = phi_parent(b1, ps1->src);
	if (src != phi_parent(b2, ps2->src))
		return NULL;
	if (!src->term || src->term->op != PC_OP_CBR)
		return NULL;
	return src;
}

static int if_convert(struct pc_builder *b, struct pc_block *blk)
{
	int i;

	for (i = 0; i < blk->phis.nr; i++) {
		struct pc_insn *phi = blk->phis.item[i], *c, *ps1, *ps2;
		struct pc_block *src, *b1, *b2;
		struct pc_value *p1, *p2;

		if (phi->nr_phis != 2 || blk->preds.nr != 2)
			continue;
		src = select_block(b, blk, phi);
		if (!src)
			continue;
		c = src->term;
		ps1 = phi->phis[0];
		ps2 = phi->phis[1];
		b1 = map_get(&b->of_bb, K(ps1->bb));
		b2 = map_get(&b->of_bb, K(ps2->bb));
		p1 = ps1->src;
		p2 = ps2->src;
		if (c->bb_true == b2->bb || c->bb_false == b1->bb) {
			p1 = ps2->src;
			p2 = ps1->src;
		}
		phi->op = PC_OP_SEL;
		phi->src1 = c->src;
		phi->src2 = p1;
		phi->src3 = p2;
		phi->phis = NULL;
		phi->nr_phis = 0;
		phi->bb = src->bb;
		vec_push(&src->insns, phi);
		vec_erase(&blk->phis, phi);
		vec_erase(&b1->phisrcs, ps1);
		vec_erase(&b2->phisrcs, ps2);
		return 1;
	}
	return 0;
}

static void retarget(struct pc_block *p, struct pc_block *from,
		     struct pc_block *to)
{
	struct pc_insn *t = p->term;
	int i;

	if (t && t->op == PC_OP_CBR) {
		if (t->bb_true == from->bb)
			t->bb_true = to->bb;
		if (t->bb_false == from->bb)
			t->bb_false = to->bb;
		if (t->bb_true == t->bb_false) {
			t->op = PC_OP_BR;
			t->src = NULL;
		}
	} else if (t && t->op == PC_OP_SWITCH) {
		for (i = 0; i < t->nr_cases; i++)
			if (t->cases[i].target == from->bb)
				t->cases[i].target = to->bb;
	}
	replace_block(&p->succs, from, to);
}

/* A parent of @b that is a parent of @to too: it would feed @to twice. */
static int shares_parent(struct pc_block *b, struct pc_block *to)
{
	int i;

	for (i = 0; i < b->preds.nr; i++)
		if (vec_has(&to->preds, b->preds.item[i]))
			return 1;
	return 0;
}

/* A block that only branches on: its parents go straight there. */
static int remove_empty(struct pc_builder *b, struct pc_block *blk)
{
	struct pc_vec np = { 0 };
	struct pc_block *to;
	int i, j;

	if (blk == b->entry || blk->phis.nr || blk->insns.nr ||
	    blk->phisrcs.nr || !blk->term || blk->term->op != PC_OP_BR ||
	    blk->succs.nr != 1)
		return 0;
	to = blk->succs.item[0];
	if (to == blk || (to->phis.nr && shares_parent(blk, to)))
		return 0;
	for (i = 0; i < to->preds.nr; i++) {
		if (to->preds.item[i] != blk) {
			vec_add(&np, to->preds.item[i]);
			continue;
		}
		for (j = 0; j < blk->preds.nr; j++)
			vec_add(&np, blk->preds.item[j]);
	}
	vec_move(&to->preds, &np);
	for (i = 0; i < blk->preds.nr; i++)
		retarget(pc_pred(blk, i), blk, to);
	blk->preds.nr = 0;
	blk->succs.nr = 0;
	blk->dead = 1;
	return 1;
}

static void set_bb(struct pc_vec *insns, struct pc_bb *bb)
{
	int i;

	for (i = 0; i < insns->nr; i++)
		((struct pc_insn *)insns->item[i])->bb = bb;
}

/* A block whose only child has no other parent: one block. */
static int merge(struct pc_builder *b, struct pc_block *a)
{
	struct pc_block *c;
	int i, j;

	if (!a->term || a->term->op != PC_OP_BR || a->succs.nr != 1)
		return 0;
	c = a->succs.item[0];
	if (c == a || c == b->entry || c->preds.nr != 1 || c->phis.nr)
		return 0;
	for (i = 0; i < a->phisrcs.nr; i++)
		vec_push(&a->insns, a->phisrcs.item[i]);
	for (i = 0; i < c->insns.nr; i++)
		vec_push(&a->insns, c->insns.item[i]);
	vec_move(&a->phisrcs, &c->phisrcs);
	a->term = c->term;
	vec_move(&a->succs, &c->succs);
	for (i = 0; i < a->succs.nr; i++) {
		struct pc_block *s = a->succs.item[i];

		for (j = 0; j < s->preds.nr; j++)
			if (s->preds.item[j] == c)
				s->preds.item[j] = a;
	}
	/* phis of c's children name c's phi sources by their block */
	set_bb(&a->insns, a->bb);
	set_bb(&a->phisrcs, a->bb);
	if (a->term)
		a->term->bb = a->bb;
	c->preds.nr = 0;
	c->dead = 1;
	return 1;
}

static void simplify(struct pc_builder *b)
{
	struct pc_block *blk;
	int changed = 1, pass, i;

	for (pass = 0; changed && pass < 1000; pass++) {
		changed = 0;
		FOR_BLOCKS(b, i, blk) {
			if (blk->dead || !blk->reachable)
				continue;
			while (if_convert(b, blk))
				changed = 1;
			if (remove_empty(b, blk) || merge(b, blk))
				changed = 1;
		}
	}
}

static void mark_reachable(struct pc_builder *b)
{
	struct pc_vec stack = { 0 };
	struct pc_block *blk;
	int i;

	FOR_BLOCKS(b, i, blk)
		blk->reachable = 0;
	b->entry->reachable = 1;
	vec_push(&stack, b->entry);
	while (stack.nr) {
		blk = stack.item[--stack.nr];
		for (i = 0; i < blk->succs.nr; i++) {
			struct pc_block *s = blk->succs.item[i];

			if (!s->reachable) {
				s->reachable = 1;
				vec_push(&stack, s);
			}
		}
	}
	vec_free(&stack);
}

/* @phi's operands from reachable parents (and not from @from) only */
static void phi_keep_ops(struct pc_phi *phi, const struct pc_block *from)
{
	int i, n = 0;

	for (i = 0; i < phi->nr_ops; i++)
		if (phi->ops[i].from->reachable && phi->ops[i].from != from)
			phi->ops[n++] = phi->ops[i];
	phi->nr_ops = n;
}

/* Only what the entry reaches: other blocks and their phi sources go. */
static void prune(struct pc_builder *b)
{
	struct pc_block *blk;
	struct pc_phi *phi;
	int i, j, n;

	mark_reachable(b);
	FOR_BLOCKS(b, i, blk) {
		if (!blk->reachable) {
			blk->dead = 1;
			continue;
		}
		for (j = n = 0; j < blk->preds.nr; j++)
			if (pc_pred(blk, j)->reachable)
				blk->preds.item[n++] = blk->preds.item[j];
		blk->preds.nr = n;
	}
	FOR_PHIS(b, i, phi) {
		if (phi->dead)
			continue;
		if (!phi->b->reachable) {
			phi->dead = 1;
			continue;
		}
		phi_keep_ops(phi, NULL);
	}
}

/* The one value of @phi besides itself and undefined ones, or NULL. */
static int one_value(struct pc_builder *b, struct pc_phi *phi,
		     struct pc_value **same)
{
	struct pc_value *self = phi->insn->target;
	int i;

	*same = NULL;
	for (i = 0; i < phi->nr_ops; i++) {
		struct pc_value *v = find(b, phi->ops[i].v);

		if (v == self || v == *same || v->kind == PC_VAL_UNDEF)
			continue;
		if (*same)
			return 0;
		*same = v;
	}
	return 1;
}

/* Trivial phis: one value (besides themselves and undefined ones). */
static int trivial_phis(struct pc_builder *b)
{
	int any = 0, changed = 1, i;
	struct pc_phi *phi;

	while (changed) {
		changed = 0;
		FOR_PHIS(b, i, phi) {
			struct pc_value *same;

			if (phi->dead || !one_value(b, phi, &same))
				continue;
			replace(b, phi->insn->target,
				same ? same : pc_undef(b, phi->type));
			phi->dead = 1;
			vec_erase(&phi->b->phis, phi->insn);
			changed = any = 1;
		}
	}
	return any;
}

/* Every operand of @i named by the value it became. */
static void rewrite(struct pc_builder *b, struct pc_insn *i)
{
	int n;

	if (i->src)
		i->src = find(b, i->src);
	if (i->src1)
		i->src1 = find(b, i->src1);
	if (i->src2)
		i->src2 = find(b, i->src2);
	if (i->src3)
		i->src3 = find(b, i->src3);
	if (i->addr_base)
		i->addr_base = find(b, i->addr_base);
	if (i->func)
		i->func = find(b, i->func);
	for (n = 0; n < i->nr_args; n++)
		i->args[n] = find(b, i->args[n]);
}

/* The constant or value @i is, now that its operands are known, or NULL. */
static struct pc_value *folded(struct pc_builder *b, struct pc_insn *i)
{
	long long r;

	if ((pc_op_binop(i->op) || pc_op_compare(i->op)) &&
	    fold_typed(b, i->op, i->src1, i->src2,
		       i->target ? i->target->type : NULL, &r))
		return pc_const(b->u, r);
	if ((i->op == PC_OP_CAST || i->op == PC_OP_PTRCAST) &&
	    i->src->kind == PC_VAL_CONST)
		return i->src;
	if (i->op == PC_OP_SEL && i->src1->kind == PC_VAL_CONST)
		return i->src1->cval ? i->src2 : i->src3;
	if (i->op == PC_OP_SEL && i->src2 == i->src3)
		return i->src2;
	return NULL;
}

/*
 * Instructions whose operands became constants (an inlined helper's
 * constant argument, a static key's false) are constants, as sparse
 * folds them.
 */
static int fold_insns(struct pc_builder *b)
{
	struct pc_block *blk;
	int any = 0, i, j, n;

	FOR_BLOCKS(b, i, blk) {
		if (blk->dead)
			continue;
		if (blk->term)
			rewrite(b, blk->term);
		for (j = n = 0; j < blk->insns.nr; j++) {
			struct pc_insn *insn = blk->insns.item[j];
			struct pc_value *to;

			rewrite(b, insn);
			to = folded(b, insn);
			if (!to || !insn->target) {
				blk->insns.item[n++] = insn;
				continue;
			}
			replace(b, insn->target, to);
			any = 1;
		}
		blk->insns.nr = n;
	}
	return any;
}

/* An edge that can no longer be taken, and the phi operands it fed. */
static void drop_edge(struct pc_builder *b, struct pc_block *from,
		      struct pc_block *to)
{
	struct pc_phi *phi;
	int i, j, n;

	vec_drop(&from->succs, to);
	vec_drop(&to->preds, from);
	FOR_PHIS(b, i, phi) {
		if (phi->dead || phi->b != to)
			continue;
		for (j = n = 0; j < phi->nr_ops; j++)
			if (phi->ops[j].from != from)
				phi->ops[n++] = phi->ops[j];
		phi->nr_ops = n;
	}
}

/* Where a branch on a constant goes, or NULL. */
static struct pc_bb *branch_target(struct pc_builder *b, struct pc_insn *t)
{
	struct pc_bb *target = NULL;
	struct pc_value *c = t->src, *x;
	int i, swap;

	if (t->op == PC_OP_CBR) {
		/* cbr (x != 0) is cbr x; cbr (x == 0) swaps */
		while ((x = test_of(c, &swap))) {
			if (swap) {
				struct pc_bb *tmp = t->bb_true;

				t->bb_true = t->bb_false;
				t->bb_false = tmp;
			}
			c = find(b, x);
		}
		t->src = c;
		if (c->kind != PC_VAL_CONST)
			return NULL;
		return c->cval ? t->bb_true : t->bb_false;
	}
	if (t->op != PC_OP_SWITCH || c->kind != PC_VAL_CONST)
		return NULL;
	for (i = 0; i < t->nr_cases && !target; i++)
		if (t->cases[i].begin <= c->cval && c->cval <= t->cases[i].end)
			target = t->cases[i].target;
	for (i = 0; i < t->nr_cases && !target; i++)
		if (t->cases[i].begin > t->cases[i].end)
			target = t->cases[i].target;
	return target;
}

/* Branches on constants go one way; returns whether an edge went. */
static int fold_branches(struct pc_builder *b)
{
	struct pc_block *blk;
	int any = 0, i, j;

	FOR_BLOCKS(b, i, blk) {
		struct pc_insn *t = blk->term;
		struct pc_vec succs = { 0 };
		struct pc_bb *target;

		if (blk->dead || !t)
			continue;
		target = branch_target(b, t);
		if (!target)
			continue;
		for (j = 0; j < blk->succs.nr; j++)
			vec_push(&succs, blk->succs.item[j]);
		for (j = 0; j < succs.nr; j++)
			if (((struct pc_block *)succs.item[j])->bb != target)
				drop_edge(b, blk, succs.item[j]);
		vec_free(&succs);
		t->op = PC_OP_BR;
		t->src = NULL;
		t->nr_cases = 0;
		t->cases = NULL;
		any = 1;
	}
	return any;
}

/* An instruction that changes something, used or not. */
static int has_effect(const struct pc_insn *i)
{
	return i->op == PC_OP_STORE || i->op == PC_OP_CALL ||
	       i->op == PC_OP_INLINED || i->op == PC_OP_ASM ||
	       i->op == PC_OP_OTHER;
}

static void use(struct pc_map *live, struct pc_vec *work,
		const struct pc_value *v)
{
	if (v && v->kind == PC_VAL_REG && v->def && !map_get(live, K(v->def))) {
		map_put(live, K(v->def), v->def);
		vec_push(work, v->def);
	}
}

/* What the instructions that change something use, and what that uses. */
static void mark_live(struct pc_builder *b, struct pc_map *live,
		      const struct pc_map *phi_of)
{
	struct pc_vec work = { 0 };
	struct pc_block *blk;
	int i, j;

	FOR_BLOCKS(b, i, blk) {
		if (blk->dead)
			continue;
		if (blk->term && !map_get(live, K(blk->term))) {
			map_put(live, K(blk->term), blk->term);
			vec_push(&work, blk->term);
		}
		for (j = 0; j < blk->insns.nr; j++) {
			struct pc_insn *insn = blk->insns.item[j];

			if (has_effect(insn) && !map_get(live, K(insn))) {
				map_put(live, K(insn), insn);
				vec_push(&work, insn);
			}
		}
	}
	while (work.nr) {
		const struct pc_insn *insn = work.item[--work.nr];
		const struct pc_value *srcs[] = {
			insn->src, insn->src1, insn->src2, insn->src3,
			insn->addr_base, insn->func,
		};
		struct pc_phi *phi = map_get(phi_of, K(insn));

		for (j = 0; j < 6; j++)
			use(live, &work, srcs[j]);
		for (j = 0; j < insn->nr_args; j++)
			use(live, &work, insn->args[j]);
		for (j = 0; phi && j < phi->nr_ops; j++)
			use(live, &work, find(b, phi->ops[j].v));
	}
	vec_free(&work);
}

/*
 * Instructions nothing uses and that change nothing go, as sparse's
 * dead code elimination drops them (an inlined helper leaves many).
 */
static void dead_code(struct pc_builder *b)
{
	struct pc_map live = { 0 }, phi_of = { 0 };
	struct pc_block *blk;
	struct pc_phi *phi;
	int i, j, n;

	FOR_PHIS(b, i, phi)
		if (!phi->dead)
			map_put(&phi_of, K(phi->insn), phi);
	mark_live(b, &live, &phi_of);
	FOR_BLOCKS(b, i, blk) {
		if (blk->dead)
			continue;
		for (j = n = 0; j < blk->insns.nr; j++)
			if (map_get(&live, K(blk->insns.item[j])))
				blk->insns.item[n++] = blk->insns.item[j];
		blk->insns.nr = n;
		for (j = n = 0; j < blk->phis.nr; j++) {
			if (map_get(&live, K(blk->phis.item[j]))) {
				blk->phis.item[n++] = blk->phis.item[j];
				continue;
			}
			phi = map_get(&phi_of, K(blk->phis.item[j]));
			phi->dead = 1;
		}
		blk->phis.nr = n;
	}
	map_free(&live);
	map_free(&phi_of);
}

static void finish(struct pc_builder *b)
{
	struct pc_block *blk;
	struct pc_phi *phi;
	int pass, i, j;

	/* labels (and anything a goto may still reach) are complete now */
	FOR_BLOCKS(b, i, blk)
		pc_seal(b, blk);
	prune(b);
	for (pass = 0; pass < 100; pass++) {
		int changed = trivial_phis(b);

		changed |= fold_insns(b);
		if (fold_branches(b)) {
			prune(b);
			changed = 1;
		}
		if (!changed)
			break;
	}
	/* every operand names its value after the replacements */
	FOR_BLOCKS(b, i, blk) {
		if (blk->dead)
			continue;
		for (j = 0; j < blk->insns.nr; j++)
			rewrite(b, blk->insns.item[j]);
		if (blk->term)
			rewrite(b, blk->term);
	}
	FOR_PHIS(b, i, phi)
		for (j = 0; j < phi->nr_ops; j++)
			phi->ops[j].v = find(b, phi->ops[j].v);
	dead_code(b);
	materialize_phis(b);
	simplify(b);
}

/* ---- the function ---- */

/* A block's children: the branch's order (true, false; the cases). */
static void set_kids(struct pc_block *blk)
{
	struct pc_insn *t = blk->term;
	int i, j;

	if (t && t->op == PC_OP_CBR) {
		for (j = 0; j < blk->succs.nr; j++)
			if (((struct pc_block *)blk->succs.item[j])->bb ==
			    t->bb_true)
				vec_add(&blk->kids, blk->succs.item[j]);
		for (j = 0; j < blk->succs.nr; j++)
			if (((struct pc_block *)blk->succs.item[j])->bb ==
			    t->bb_false)
				vec_add(&blk->kids, blk->succs.item[j]);
	} else if (t && t->op == PC_OP_SWITCH) {
		for (i = 0; i < t->nr_cases; i++)
			for (j = 0; j < blk->succs.nr; j++)
				if (((struct pc_block *)blk->succs.item[j])->bb ==
				    t->cases[i].target)
					vec_add(&blk->kids, blk->succs.item[j]);
	}
	for (j = 0; j < blk->succs.nr; j++)
		vec_add(&blk->kids, blk->succs.item[j]);
}

/* The blocks in reverse post order from the entry. */
static void block_order(struct pc_builder *b, struct pc_vec *order)
{
	struct pc_vec stack = { 0 }, next = { 0 };
	int i;

	b->entry->seen = 1;
	set_kids(b->entry);
	vec_push(&stack, b->entry);
	vec_push(&next, (void *)0);
	while (stack.nr) {
		struct pc_block *blk = stack.item[stack.nr - 1];
		intptr_t k = (intptr_t)next.item[next.nr - 1];

		if (k < blk->kids.nr) {
			struct pc_block *s = blk->kids.item[k];

			next.item[next.nr - 1] = (void *)(k + 1);
			if (!s->seen) {
				s->seen = 1;
				set_kids(s);
				vec_push(&stack, s);
				vec_push(&next, (void *)0);
			}
			continue;
		}
		vec_push(order, blk);
		stack.nr--;
		next.nr--;
	}
	for (i = 0; i < order->nr / 2; i++) {
		void *tmp = order->item[i];

		order->item[i] = order->item[order->nr - 1 - i];
		order->item[order->nr - 1 - i] = tmp;
	}
	vec_free(&stack);
	vec_free(&next);
}

static struct pc_bb **bb_array(struct pc_builder *b, const struct pc_vec *v,
			       int seen_only, int *nr)
{
	struct pc_bb **a = alloc(b, v->nr * sizeof(*a));
	int i;

	*nr = 0;
	for (i = 0; i < v->nr; i++) {
		struct pc_block *x = v->item[i];

		if (!seen_only || x->seen)
			a[(*nr)++] = x->bb;
	}
	return a;
}

/* The IR's block: phis, instructions, phi sources, the terminator. */
static void lower_block(struct pc_builder *b, struct pc_block *blk, int id)
{
	struct pc_bb *bb = blk->bb;
	struct pc_vec *parts[] = { &blk->phis, &blk->insns, &blk->phisrcs };
	int n = blk->phis.nr + blk->insns.nr + blk->phisrcs.nr + !!blk->term;
	int i, j;

	bb->id = id;
	bb->nr_insns = 0;
	bb->insns = alloc(b, n * sizeof(*bb->insns));
	for (i = 0; i < 3; i++)
		for (j = 0; j < parts[i]->nr; j++)
			bb->insns[bb->nr_insns++] = parts[i]->item[j];
	if (blk->term)
		bb->insns[bb->nr_insns++] = blk->term;
	for (i = 0; i < n; i++)
		bb->insns[i]->bb = bb;
	b->nr_insns += n;
	bb->children = bb_array(b, &blk->kids, 0, &bb->nr_children);
	bb->parents = bb_array(b, &blk->preds, 1, &bb->nr_parents);
}

struct pc_func *pc_build_func(struct pc_builder *b)
{
	struct pc_func *fn = alloc(b, sizeof(*fn));
	struct pc_vec order = { 0 };
	int i;

	finish(b);
	block_order(b, &order);
	fn->nr_bbs = order.nr;
	fn->bbs = alloc(b, order.nr * sizeof(*fn->bbs));
	for (i = 0; i < order.nr; i++) {
		struct pc_block *blk = order.item[i];

		lower_block(b, blk, i);
		fn->bbs[i] = blk->bb;
	}
	fn->entry = b->entry->bb;
	vec_free(&order);

	/* addresses, now that every value is final */
	for (i = 0; i < b->values.nr; i++) {
		struct pc_value *v = b->values.item[i];

		if (v->kind != PC_VAL_CONST)
			v->points = pc_resolve(b->u->resolver, v, 0);
	}
	for (i = 0; i < b->memops.nr; i++) {
		struct pc_insn *m = b->memops.item[i];

		m->addr = pc_resolve(b->u->resolver, m->addr_base, m->offset);
	}
	fn->nr_args = b->args.nr;
	fn->args = alloc(b, b->args.nr * sizeof(*fn->args));
	for (i = 0; i < b->args.nr; i++)
		fn->args[i] = b->args.item[i];
	return fn;
}
