// SPDX-License-Identifier: GPL-2.0
/*
 * core/count.c - what the checks of a pin's lifecycle share: the count an
 * acquisition returns and the tests of it (the side where nothing was
 * taken, the side where fewer were taken than asked), what hands the
 * pages on, and when two values are the same.
 */
#include <string.h>

#include "count.h"
#include "guard.h"
#include "loc.h"
#include "summary.h"

#define MAX_DEPTH	8	/* of a value compared */

static int same_value(struct pc_value *a, struct pc_value *b, int depth);

static int commutes(enum pc_op op)
{
	return op == PC_OP_ADD || op == PC_OP_MUL || op == PC_OP_AND ||
	       op == PC_OP_OR;
}

/* Two loads of one address: same location, base, offset. */
static int same_load(struct pc_insn *x, struct pc_insn *y, int depth)
{
	return x->op == PC_OP_LOAD && y->op == PC_OP_LOAD &&
	       x->offset == y->offset &&
	       loc_rep(loc_of(&x->addr)) == loc_rep(loc_of(&y->addr)) &&
	       same_value(x->addr_base, y->addr_base, depth + 1);
}

/*
 * @v under its casts, and under the masks sparse writes a zero extension
 * as (x & 0xffffffff): the same count, widened.
 */
static struct pc_value *strip_widening(struct pc_value *v)
{
	for (;;) {
		struct pc_insn *def;

		v = strip_casts(v);
		def = v && v->kind == PC_VAL_REG ? v->def : NULL;
		if (!def || def->op != PC_OP_AND ||
		    def->src2->kind != PC_VAL_CONST ||
		    (def->src2->cval != 0xffffffffLL &&
		     def->src2->cval != 0xffffLL && def->src2->cval != 0xffLL))
			return v;
		v = def->src1;
	}
}

/* Whether @a and @b are the same value, as computed (both front ends). */
static int same_value(struct pc_value *a, struct pc_value *b, int depth)
{
	struct pc_insn *x, *y;

	a = strip_widening(a);
	b = strip_widening(b);
	if (a == b)
		return 1;
	if (!a || !b || depth > MAX_DEPTH || a->kind != b->kind)
		return 0;
	if (a->kind == PC_VAL_CONST)
		return a->cval == b->cval;
	if (a->kind != PC_VAL_REG || !a->def || !b->def)
		return 0;
	x = a->def;
	y = b->def;
	if (x->op != y->op)
		return 0;
	if (x->op == PC_OP_LOAD)
		return same_load(x, y, depth);
	if (x->op == PC_OP_PTRCAST)
		return same_value(x->src, y->src, depth + 1);
	if (!pc_op_binop(x->op))
		return 0;
	if (same_value(x->src1, y->src1, depth + 1) &&
	    same_value(x->src2, y->src2, depth + 1))
		return 1;
	/* sparse orders a commutative operation's operands its own way */
	return commutes(x->op) && same_value(x->src1, y->src2, depth + 1) &&
	       same_value(x->src2, y->src1, depth + 1);
}

int pc_same_value(struct pc_value *a, struct pc_value *b)
{
	return same_value(a, b, 0);
}

/* Whether @p is the count @n, through casts (n, a call's result, has none). */
int is_count(struct pc_value *p, struct pc_value *n)
{
	return p && strip_casts(p) == n;
}

/* The comparison that computes @cond, or NULL. */
struct pc_insn *compare_of(struct pc_value *cond)
{
	struct pc_insn *cmp;

	cond = cond ? strip_casts(cond) : cond;	/* clang: (int)(n <= 0) */
	if (!cond || cond->kind != PC_VAL_REG)
		return NULL;
	cmp = cond->def;
	if (!cmp || !pc_op_compare(cmp->op))
		return NULL;
	return cmp;
}

/*
 * Whether the arm of "n <op> 0 ? a : b" taken when the test is @taken can
 * hold a positive n: not the n of "n < 0 ? n : -EFAULT", an error.
 */
static int arm_may_be_positive(struct pc_insn *sel, struct pc_value *n,
			       int taken)
{
	struct pc_insn *cmp = compare_of(sel->src1);
	enum pc_op opcode;

	if (!cmp || !is_count(cmp->src1, n) ||
	    cmp->src2->kind != PC_VAL_CONST || cmp->src2->cval != 0)
		return 1;
	opcode = taken ? cmp->op : pc_op_negate(cmp->op);
	return opcode != PC_OP_SET_LT && opcode != PC_OP_SET_LE &&
	       opcode != PC_OP_SET_EQ;
}

/*
 * Whether @p carries the count: n itself, or a choice that may be a
 * positive n (nr = n >= 0 ? n : 0; a short count kept for whoever
 * releases).
 */
int carries_count(struct pc_value *p, struct pc_value *n, int depth)
{
	struct pc_insn *def;

	if (is_count(p, n))
		return 1;
	p = p ? strip_casts(p) : p;
	if (!p || p->kind != PC_VAL_REG || depth > 4)
		return 0;
	def = p->def;
	if (!def || def->op != PC_OP_SEL)
		return 0;
	return (carries_count(def->src2, n, depth + 1) &&
		arm_may_be_positive(def, n, 1)) ||
	       (carries_count(def->src3, n, depth + 1) &&
		arm_may_be_positive(def, n, 0));
}

/*
 * A local running count: start += n, chosen for a later block (a phi
 * source), whose reader releases the pages taken so far.  Only a local
 * one: a sum stored in a member is the object's count, and the function
 * still releases by it on its own error paths.
 */
static int sums_count(struct pc_value *p, struct pc_value *n)
{
	struct pc_insn *def;

	p = p ? strip_casts(p) : p;
	def = p && p->kind == PC_VAL_REG ? p->def : NULL;
	return def && def->op == PC_OP_ADD &&
	       (carries_count(def->src1, n, 1) ||
		carries_count(def->src2, n, 1));
}

int is_const(struct pc_value *p, long long *val)
{
	if (!p || p->kind != PC_VAL_CONST)
		return 0;
	*val = p->cval;
	return 1;
}

/*
 * The branch of @cbr on the side where the count is short of what was
 * asked for, or NULL if @cbr does not test that.
 */
struct pc_bb *short_side(struct pc_insn *cbr, struct pc_value *n)
{
	struct pc_insn *cmp;
	struct pc_value *other;
	long long v;
	int n_left;
	enum pc_op opcode;

	cmp = compare_of(cbr->src);
	if (!cmp)
		return NULL;
	n_left = is_count(cmp->src1, n);
	if (!n_left && !is_count(cmp->src2, n))
		return NULL;
	other = n_left ? cmp->src2 : cmp->src1;
	if (is_const(other, &v) && v < 2)
		return NULL;		/* against 0 or 1: not a short count */
	opcode = cmp->op;
	if (!n_left)			/* x > n is n < x */
		opcode = pc_op_swap(opcode);
	switch (opcode) {
	case PC_OP_SET_NE: case PC_OP_SET_LT: case PC_OP_SET_B:
		return cbr->bb_true;
	case PC_OP_SET_EQ: case PC_OP_SET_GE: case PC_OP_SET_AE:
		return cbr->bb_false;
	default:
		return NULL;
	}
}

/*
 * Whether @cond being @truth says the count is 0 or less (nothing was
 * taken): such a path leaks nothing.
 */
int empty_when(struct pc_value *cond, int truth, const struct acquisition *a)
{
	struct pc_value *n = a->count;
	struct pc_insn *cmp;
	struct pc_value *other;
	long long v;
	enum pc_op opcode;

	if (!cond)
		return 0;
	if (is_count(cond, n) ||			/* if (n) */
	    touches_array(cond, a->array))		/* if (pages): no array */
		return !truth;
	cmp = compare_of(cond);
	if (!cmp)
		return 0;
	opcode = truth ? cmp->op : pc_op_negate(cmp->op);
	if (is_count(cmp->src1, n)) {
		other = cmp->src2;
	} else if (is_count(cmp->src2, n)) {
		other = cmp->src1;
		opcode = pc_op_swap(opcode);
	} else {
		return 0;
	}
	if (!is_const(other, &v))
		return 0;
	/* n <= 0; but n > 5 failing leaves n = 3 pages */
	switch (opcode) {
	case PC_OP_SET_LE: case PC_OP_SET_BE:		/* n <= 0 */
		return v <= 0;
	case PC_OP_SET_LT: case PC_OP_SET_B:		/* n < 0, n < 1 */
		return v <= 1;
	case PC_OP_SET_EQ:				/* n == 0 */
		return v == 0;
	default:
		return 0;
	}
}

/*
 * The "&&" or "||" that computes @cond, or NULL: sparse makes one of two
 * comparisons an "and" or an "or" of their values (a bitwise "&" of two
 * numbers may be 0 with both of them not).
 */
static struct pc_insn *logical(struct pc_value *cond)
{
	struct pc_insn *def;

	if (!cond)
		return NULL;
	cond = strip_casts(cond);
	def = cond->kind == PC_VAL_REG ? cond->def : NULL;
	if (!def || (def->op != PC_OP_AND && def->op != PC_OP_OR))
		return NULL;
	if ((compare_of(def->src1) || logical(def->src1)) &&
	    (compare_of(def->src2) || logical(def->src2)))
		return def;
	return NULL;
}

/*
 * Whether @cond being @truth says this path has nothing to leak: nothing
 * was taken (n <= 0), or it contradicts the test that chose the pin
 * ("flags & USER" clear after "if (flags & USER) n = pin_user_pages()"),
 * or both, one each side of an "&&" or "||":
 *	if (n > 0 && (flags & USER))
 *		unpin_user_pages(pages, n);
 */
static int no_leak_when(const struct acquisition *a,
			const struct guards *pinned, struct pc_value *cond,
			int truth, int depth)
{
	struct pc_insn *def;
	int x, y;

	if (!cond || depth > 4)
		return 0;
	if (empty_when(cond, truth, a) ||
	    guards_cond_exclusive(pinned, cond, truth))
		return 1;
	def = logical(cond);
	if (!def)
		return 0;
	x = no_leak_when(a, pinned, def->src1, truth, depth + 1);
	y = no_leak_when(a, pinned, def->src2, truth, depth + 1);
	/* a && b false, a || b true: either way; else one suffices */
	if ((def->op == PC_OP_AND) == !truth)
		return x && y;
	return x || y;
}

int nothing_to_leak(const struct acquisition *a, struct pc_insn *cbr,
		    struct pc_bb *side)
{
	if (cbr->bb_true == cbr->bb_false)
		return 0;
	return no_leak_when(a, fn_guards_at(a->fi, a->call->bb), cbr->src,
			    side == cbr->bb_true, 0);
}

/* The branch of @cbr where nothing was taken, or NULL. */
struct pc_bb *empty_side(struct pc_insn *cbr, const struct acquisition *a)
{
	if (empty_when(cbr->src, 1, a))
		return cbr->bb_true;
	if (empty_when(cbr->src, 0, a))
		return cbr->bb_false;
	return NULL;
}

/* A pointer that names the array, or a page loaded from it. */
int touches_array(struct pc_value *p, struct loc *array)
{
	if (!p || p->kind == PC_VAL_CONST || p->kind == PC_VAL_VOID)
		return 0;
	/* (struct page **)__get_free_page(): a cast the IR may drop */
	if (loc_rep(loc_pointed(p)) == loc_rep(array))
		return 1;
	if (p->kind == PC_VAL_REG && p->def && p->def->op == PC_OP_LOAD)
		return loc_rep(loc_of(&p->def->addr)) == loc_rep(array);
	return 0;
}

/*
 * Whether @p is computed from the pages: the array, a page of it, or what
 * is derived from one (its folio, a member of it, an address in it).
 */
int from_pages(struct pc_value *p, struct loc *array, int depth)
{
	struct pc_insn *def;
	int i;

	if (touches_array(p, array))
		return 1;
	if (!p || p->kind != PC_VAL_REG || !p->def || depth > MAX_DEPTH)
		return 0;
	def = p->def;
	switch (def->op) {
	case PC_OP_CAST: case PC_OP_PTRCAST:
		return from_pages(def->src, array, depth + 1);
	case PC_OP_ADD: case PC_OP_SUB: case PC_OP_AND: case PC_OP_OR:
		return from_pages(def->src1, array, depth + 1) ||
		       from_pages(def->src2, array, depth + 1);
	case PC_OP_SEL:
		return from_pages(def->src2, array, depth + 1) ||
		       from_pages(def->src3, array, depth + 1);
	case PC_OP_LOAD:
		return from_pages(def->addr_base, array, depth + 1);
	case PC_OP_PHI:
		for (i = 0; i < def->nr_phis; i++)
			if (from_pages(def->phis[i]->src, array, depth + 1))
				return 1;
		return 0;
	default:
		return 0;
	}
}

/* The model's line for @call's callee, or NULL. */
static const struct pc_api *model_of(struct pc_insn *call)
{
	return call->op == PC_OP_CALL && call->callee ?
		pc_model_lookup_name(call->callee->name) : NULL;
}

/*
 * What the model says a call does with the pages it is given: 1 with *@h
 * set when it says (a release; a free of the array, whose pages stay; a
 * message), 0 when the call is not the model's to decide.
 */
static int model_handling(struct pc_insn *insn, enum handling *h)
{
	const struct pc_api *api = model_of(insn);

	if (api && api->role == ROLE_RELEASE) {
		*h = HANDLE_RELEASE;
		return 1;
	}
	if (api && (api->role == ROLE_ARRAY_FREE || api->role == ROLE_PRINTS)) {
		*h = HANDLE_NONE;
		return 1;
	}
	return 0;
}

/* Whether @insn frees the array that holds the pages (kvfree(pages)). */
int frees_array(struct pc_insn *insn, const struct acquisition *a)
{
	const struct pc_api *api = model_of(insn);

	return api && api->role == ROLE_ARRAY_FREE &&
	       touches_array(pc_arg(insn, api->arg), a->array);
}

/* Whether @call only borrows what it is given (count.h). */
int borrows(struct pc_insn *call)
{
	const struct pc_api *api = model_of(call);

	return api && api->role == ROLE_BORROWS;
}

/*
 * Whether @insn may release the pages, or hand them, or their count, on
 * (the partial-pin check's view): a release, a call given the array, a
 * page of it or the count; the count stored, chosen (a running count
 * too) or returned.
 */
static int feeds_empty_side(struct pc_insn *src, const struct acquisition *a);

int handles(struct pc_insn *insn, const struct acquisition *a)
{
	struct pc_value *n = a->count;
	enum handling h;
	int i;

	switch (insn->op) {
	case PC_OP_CALL:
		if (model_handling(insn, &h))
			return h == HANDLE_RELEASE;
		for (i = 0; i < insn->nr_args; i++)
			if (carries_count(insn->args[i], n, 0) ||
			    touches_array(insn->args[i], a->array))
				return 1;
		return 0;
	case PC_OP_PHISRC:
		/* the count chosen for the return where nothing was taken */
		return (sums_count(insn->src, n) ||
			carries_count(insn->src, n, 0)) &&
		       !feeds_empty_side(insn, a);
	case PC_OP_STORE:
	case PC_OP_RET:
		return carries_count(insn->src, n, 0);
	default:
		return 0;
	}
}

/* Whether @bb returns @v. */
static int block_returns(struct pc_bb *bb, struct pc_value *v)
{
	struct pc_insn *last = pc_last_insn(bb);

	return last && last->op == PC_OP_RET && last->src == v;
}

/*
 * The object whose member holds the array (mr of "mr->pages", of
 * "r->pages + i"), or NULL: handing it on hands the pages on.
 */
static struct pc_value *holder_of(struct pc_value *v)
{
	int depth;

	for (depth = 0; v && depth < MAX_DEPTH; depth++) {
		struct pc_insn *def = v->kind == PC_VAL_REG ? v->def : NULL;

		if (!def)
			return NULL;
		if (def->op == PC_OP_ADD || def->op == PC_OP_SUB)
			v = def->src1;
		else if (def->op == PC_OP_PTRCAST)
			v = def->src;
		else if (def->op == PC_OP_LOAD)
			return def->addr_base ? strip_casts(def->addr_base) : NULL;
		else
			return NULL;
	}
	return NULL;
}

/* The base of an address computed from @v: &p->member is p. */
static struct pc_value *address_base(struct pc_value *v)
{
	int depth;

	for (depth = 0; v && depth < MAX_DEPTH; depth++) {
		struct pc_insn *def = v->kind == PC_VAL_REG ? v->def : NULL;

		if (!def || (def->op != PC_OP_ADD && def->op != PC_OP_PTRCAST))
			return v;
		v = def->op == PC_OP_ADD ? def->src1 : def->src;
	}
	return v;
}

int holds_pages(struct pc_value *v, const struct acquisition *a)
{
	struct pc_value *holder = holder_of(a->array_value);

	return holder && v && v->is_pointer &&
	       pc_same_value(address_base(v), address_base(holder));
}

/*
 * The holder handed on (to a call, into memory): an object this function
 * allocated goes with its pages (list_add() of a new region); one it was
 * given is its caller's anyway.
 */
static enum handling holder_handling(const struct acquisition *a)
{
	struct pc_value *holder = holder_of(a->array_value);

	holder = holder ? address_base(holder) : NULL;
	return holder && holder->kind == PC_VAL_REG && holder->def &&
	       holder->def->op == PC_OP_CALL ? HANDLE_KEEP : HANDLE_WEAK;
}

/* What the summary of @callee says it does with parameter @param. */
static enum handling summary_handling(struct pc_sym *callee, int param)
{
	struct summary *sum = callee ? summary_lookup(callee->name) : NULL;
	const struct release_event *r;
	const struct store_event *st;

	if (!sum)
		return HANDLE_WEAK;
	for (r = sum->releases; r; r = r->next)
		if (r->param == param)
			return HANDLE_RELEASE;
	for (st = sum->stores; st; st = st->next)
		if (st->param == param)
			return HANDLE_KEEP;
	return HANDLE_WEAK;
}

static enum handling call_handling(struct pc_insn *insn,
				   const struct acquisition *a)
{
	enum handling h = HANDLE_NONE, hi;
	int i;

	if (model_handling(insn, &h))
		return h;
	for (i = 0; i < insn->nr_args; i++) {
		if (from_pages(insn->args[i], a->array, 0))
			hi = summary_handling(insn->callee, i + 1);
		else if (holds_pages(insn->args[i], a))
			hi = holder_handling(a);
		else if (a->table && insn->args[i]->is_pointer &&
			 pc_same_value(address_base(insn->args[i]), a->table))
			hi = HANDLE_WEAK;	/* the pages' table, or its holder */
		else if (carries_count(insn->args[i], a->count, 0))
			hi = HANDLE_WEAK;
		else
			continue;
		if (hi > h)
			h = hi;
	}
	return h;
}

#define MAX_FED	4	/* phis one phi source feeds, looked at */

/* The phis the phi source @src feeds (in @src's children): how many. */
static int fed_phis(struct pc_insn *src, struct pc_insn **phis)
{
	int c, i, k, nr = 0;

	for (c = 0; c < src->bb->nr_children; c++) {
		struct pc_bb *bb = src->bb->children[c];

		for (i = 0; i < bb->nr_insns; i++) {
			struct pc_insn *phi = bb->insns[i];

			if (phi->op != PC_OP_PHI)
				continue;
			for (k = 0; k < phi->nr_phis && nr < MAX_FED; k++)
				if (phi->phis[k] == src)
					phis[nr++] = phi;
		}
	}
	return nr;
}

/* Whether the phi @src feeds is what its block returns. */
static int returned_phi(struct pc_insn *src)
{
	struct pc_insn *phis[MAX_FED];
	int i, nr = fed_phis(src, phis);

	for (i = 0; i < nr; i++)
		if (block_returns(phis[i]->bb, phis[i]->target))
			return 1;
	return 0;
}

int keeps_count(struct pc_insn *insn, const struct acquisition *a)
{
	return insn->op == PC_OP_STORE &&
	       carries_count(insn->src, a->count, 0);
}

/*
 * Whether the phis @src feeds are all in the side of its block's branch
 * where nothing was taken ("if (n < 0) return n;": the count chosen for
 * that return only, which hands no pages on).
 */
static int feeds_empty_side(struct pc_insn *src, const struct acquisition *a)
{
	struct pc_insn *cbr = pc_last_insn(src->bb);
	struct pc_insn *phis[MAX_FED];
	struct pc_bb *empty;
	int i, nr;

	if (!cbr || cbr->op != PC_OP_CBR || !(empty = empty_side(cbr, a)))
		return 0;
	nr = fed_phis(src, phis);
	for (i = 0; i < nr; i++)
		if (phis[i]->bb != empty)
			return 0;
	return nr > 0;
}

enum handling handling_of(struct pc_insn *insn, const struct acquisition *a)
{
	switch (insn->op) {
	case PC_OP_CALL:
		return call_handling(insn, a);
	case PC_OP_PHISRC:
		/*
		 * The count or the array chosen for a later use (returned,
		 * say); a value computed from a page may be a local step
		 * (an inlined page_folio()) as well as one handed on.
		 */
		if (carries_count(insn->src, a->count, 0) ||
		    sums_count(insn->src, a->count))
			return feeds_empty_side(insn, a) ? HANDLE_NONE :
							   HANDLE_KEEP;
		if (!from_pages(insn->src, a->array, 0))
			return HANDLE_NONE;
		return returned_phi(insn) ? HANDLE_KEEP : HANDLE_WEAK;
	case PC_OP_STORE:
		/*
		 * The count stored: whoever reads it can release them.  A
		 * page stored (sg_set_page(), a member) may be handed on, or
		 * kept where this function still releases it from.
		 */
		if (keeps_count(insn, a))
			return HANDLE_KEEP;
		if (holds_pages(insn->src, a))
			return holder_handling(a);
		return from_pages(insn->src, a->array, 0) ? HANDLE_WEAK :
							     HANDLE_NONE;
	case PC_OP_RET:
		/* a phi of the value returned is of every path: its sources say */
		if (carries_count(insn->src, a->count, 0) ||
		    (insn->src && !(insn->src->kind == PC_VAL_REG &&
				    insn->src->def &&
				    insn->src->def->op == PC_OP_PHI) &&
		     from_pages(insn->src, a->array, 0)))
			return HANDLE_KEEP;
		return HANDLE_NONE;
	default:
		return HANDLE_NONE;
	}
}

/* Asked for one page (or none), a call cannot take some but not all. */
int count_can_be_short(struct pc_insn *call,
			      const struct pc_api *api)
{
	struct pc_value *nr = pc_arg(call, api->count_arg);
	long long v;

	return !is_const(nr, &v) || v >= 2;
}

int given_pages(struct pc_insn *call, const struct acquisition *a)
{
	int i;

	for (i = 0; i < call->nr_args; i++)
		if (call->args[i]->is_pointer &&
		    from_pages(call->args[i], a->array, 0))
			return 1;
	return 0;
}

/*
 * The table (&umem->sgt) a BORROWS call of @fn is given the pages for,
 * or NULL: where it succeeded, whoever is given the table (or the object
 * that holds it) may release them (count.h).
 */
static struct pc_value *borrowing_table(struct pc_func *fn,
					const struct acquisition *a)
{
	int i, j, k;

	for (i = 0; i < fn->nr_bbs; i++) {
		struct pc_bb *bb = fn->bbs[i];

		for (j = 0; j < bb->nr_insns; j++) {
			struct pc_insn *insn = bb->insns[j];
			struct pc_value *table = NULL;
			int given = 0;

			if (!borrows(insn))
				continue;
			/* the array may be an integer: __get_free_page() */
			for (k = 0; k < insn->nr_args; k++) {
				if (from_pages(insn->args[k], a->array, 0))
					given = 1;
				else if (!table && insn->args[k]->is_pointer)
					table = address_base(insn->args[k]);
			}
			if (given && table)
				return table;
		}
	}
	return NULL;
}

/*
 * The phi that continues the count of @call when the call's block only
 * chooses its result for the arm of an if/else whose other arm is
 * another call's (tee's "rc = pin_user_pages_fast(...); else rc =
 * shm_get_kernel_pages(...);"): every path from the call reaches the
 * phi with the call's count, so the phi is the count from there on.  A
 * phi of any other shape (a loop's, a constant's) is a use of the count.
 */
static struct pc_insn *merging_phi(struct pc_insn *call)
{
	struct pc_bb *bb = call->bb, *join, *up;
	struct pc_insn *src, *phis[MAX_FED], *other;
	int k;

	if (bb->nr_insns < 3 || bb->insns[bb->nr_insns - 3] != call ||
	    bb->nr_children != 1 || bb->nr_parents != 1)
		return NULL;
	src = bb->insns[bb->nr_insns - 2];
	if (src->op != PC_OP_PHISRC || src->src != call->target ||
	    fed_phis(src, phis) != 1 || phis[0]->nr_phis != 2)
		return NULL;
	join = phis[0]->bb;
	other = phis[0]->phis[phis[0]->phis[0] == src];
	up = other->bb;
	if (join->nr_parents != 2 || up == bb || up->nr_parents != 1 ||
	    up->parents[0] != bb->parents[0] || up->nr_children != 1)
		return NULL;
	for (k = 0; k < up->nr_insns; k++)
		if (up->insns[k]->op == PC_OP_CALL &&
		    up->insns[k]->target == other->src)
			return phis[0];
	return NULL;
}

static struct pc_value *count_of(struct pc_insn *call)
{
	struct pc_insn *phi = merging_phi(call);

	return phi ? phi->target : call->target;
}

void for_each_counted_acquisition(struct fn_info *fi,
				  void (*cb)(struct pc_func *fn,
					     const struct acquisition *a))
{
	struct pc_func *fn = fi->fn;
	int i, j;

	for (i = 0; i < fn->nr_bbs; i++) {
		struct pc_bb *bb = fn->bbs[i];

		for (j = 0; j < bb->nr_insns; j++) {
			struct pc_insn *insn = bb->insns[j];
			struct acquisition a = { .fi = fi, .call = insn };
			struct pc_value *arr;

			if (insn->op != PC_OP_CALL || !insn->callee)
				continue;
			a.api = pc_model_lookup_name(insn->callee->name);
			if (!a.api || a.api->role != ROLE_ACQUIRE ||
			    !a.api->count_arg || a.api->shape != SHAPE_ARRAY ||
			    !insn->target || insn->target->kind == PC_VAL_VOID)
				continue;
			arr = pc_arg(insn, a.api->arg);
			if (!arr || arr->kind == PC_VAL_VOID ||
			    arr->kind == PC_VAL_CONST)
				continue;
			a.count = count_of(insn);
			a.array = loc_pointed(arr);
			a.array_value = arr;
			a.table = borrowing_table(fn, &a);
			cb(fn, &a);
		}
	}
}

static int in_file_of(struct pc_pos pos, struct pc_pos home)
{
	return pos.file && home.file && !strcmp(pos.file, home.file);
}

int in_home_file(struct pc_pos pos, const struct acquisition *a)
{
	return in_file_of(pos, a->call->pos);
}

/*
 * Where a path leaves: the jump @from into the returning block, or the
 * return @ret itself, whichever is in the acquisition's file (an inlined
 * ERR_PTR()'s return is in a header), else @from's.
 */
struct pc_pos exit_pos(struct pc_insn *from, struct pc_insn *ret,
		       const struct acquisition *a)
{
	struct pc_pos home = a->call->pos;

	if (from && in_file_of(from->pos, home))
		return from->pos;
	if (in_file_of(ret->pos, home))
		return ret->pos;
	return from ? from->pos : ret->pos;
}
