// SPDX-License-Identifier: GPL-2.0
/*
 * partial.c - partial-pin leaks.
 *
 * pin_user_pages*() and get_user_pages*() may take fewer pages than asked
 * and return how many they took.  Code that tests the count against what
 * it asked for (n != nr, n < nr) and leaves on the short side must first
 * drop the n pages it has; a return that does not leaves them pinned (or
 * got) for good:
 *
 *	n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
 *	if (n != nr)
 *		return -EFAULT;		<- leaks the n pages when 0 < n < nr
 *
 * From the short side of such a test, every path to the function's return
 * is followed; one that meets nothing that could release the pages is
 * reported, at the return.  Could release: a call given the array (or a
 * page loaded from it), a call or a store or a return given the count (n
 * goes on to whoever releases), a model release.  A test of n against 0
 * prunes the side where n <= 0 (nothing was taken); a constant asked-for
 * count below 2 cannot be partial.
 */
#include <stdlib.h>

#include "loc.h"
#include "model.h"
#include "opcode.h"
#include "partial.h"
#include "report.h"

#define MAX_VISIT	4096	/* blocks followed from one test */

struct acquisition {
	struct instruction *call;
	const struct pc_api *api;
	struct loc *array;		/* where the pages are */
};

/* Whether @p is the count @n, through casts (n, a call's result, has none). */
static int is_count(pseudo_t p, pseudo_t n)
{
	return p && strip_casts(p) == n;
}

/* The comparison that computes @cond, or NULL. */
static struct instruction *compare_of(pseudo_t cond)
{
	struct instruction *cmp;

	if (!cond || cond->type != PSEUDO_REG)
		return NULL;
	cmp = cond->def;
	if (!cmp || cmp->opcode < OP_BINCMP || cmp->opcode > OP_BINCMP_END)
		return NULL;
	return cmp;
}

/*
 * Whether the arm of "n <op> 0 ? a : b" taken when the test is @taken can
 * hold a positive n: not the n of "n < 0 ? n : -EFAULT", an error.
 */
static int arm_may_be_positive(struct instruction *sel, pseudo_t n, int taken)
{
	struct instruction *cmp = compare_of(sel->src1);
	int opcode;

	if (!cmp || !is_count(cmp->src1, n) || cmp->src2->type != PSEUDO_VAL ||
	    cmp->src2->value != 0)
		return 1;
	opcode = taken ? cmp->opcode : opcode_negate(cmp->opcode);
	return opcode != OP_SET_LT && opcode != OP_SET_LE &&
	       opcode != OP_SET_EQ;
}

/*
 * Whether @p carries the count: n itself, or a choice that may be a
 * positive n (nr = n >= 0 ? n : 0; a short count kept for whoever
 * releases).
 */
static int carries_count(pseudo_t p, pseudo_t n, int depth)
{
	struct instruction *def;

	if (is_count(p, n))
		return 1;
	p = p ? strip_casts(p) : p;
	if (!p || p->type != PSEUDO_REG || depth > 4)
		return 0;
	def = p->def;
	if (!def || def->opcode != OP_SEL)
		return 0;
	return (carries_count(def->src2, n, depth + 1) &&
		arm_may_be_positive(def, n, 1)) ||
	       (carries_count(def->src3, n, depth + 1) &&
		arm_may_be_positive(def, n, 0));
}

static int is_const(pseudo_t p, long long *val)
{
	if (!p || p->type != PSEUDO_VAL)
		return 0;
	*val = p->value;
	return 1;
}

/*
 * The branch of @cbr on the side where the count is short of what was
 * asked for, or NULL if @cbr does not test that.
 */
static struct basic_block *short_side(struct instruction *cbr, pseudo_t n)
{
	struct instruction *cmp;
	pseudo_t other;
	long long v;
	int n_left, opcode;

	cmp = compare_of(cbr->cond);
	if (!cmp)
		return NULL;
	n_left = is_count(cmp->src1, n);
	if (!n_left && !is_count(cmp->src2, n))
		return NULL;
	other = n_left ? cmp->src2 : cmp->src1;
	if (is_const(other, &v) && v < 2)
		return NULL;		/* against 0 or 1: not a short count */
	opcode = cmp->opcode;
	if (!n_left)			/* x > n is n < x */
		opcode = opcode_table[opcode].swap;
	switch (opcode) {
	case OP_SET_NE: case OP_SET_LT: case OP_SET_B:
		return cbr->bb_true;
	case OP_SET_EQ: case OP_SET_GE: case OP_SET_AE:
		return cbr->bb_false;
	}
	return NULL;
}

/*
 * The branch of @cbr where the count is 0 or less (nothing was taken),
 * or NULL: such a path leaks nothing.
 */
static int touches_array(pseudo_t p, struct loc *array);

static struct basic_block *empty_side(struct instruction *cbr,
				      const struct acquisition *a)
{
	pseudo_t n = a->call->target;
	struct instruction *cmp;
	pseudo_t other;
	long long v;
	int opcode;

	if (!cbr->cond)
		return NULL;
	if (is_count(cbr->cond, n))		/* if (n) */
		return cbr->bb_false;
	if (touches_array(cbr->cond, a->array))	/* if (pages): no array */
		return cbr->bb_false;
	cmp = compare_of(cbr->cond);
	if (!cmp)
		return NULL;
	opcode = cmp->opcode;
	if (is_count(cmp->src1, n)) {
		other = cmp->src2;
	} else if (is_count(cmp->src2, n)) {
		other = cmp->src1;
		opcode = opcode_table[opcode].swap;
	} else {
		return NULL;
	}
	if (!is_const(other, &v))
		return NULL;
	/* the side where n <= 0; n > 5 failing leaves n = 3 pages */
	switch (opcode) {
	case OP_SET_GT: case OP_SET_A:			/* n > 0 */
		return v <= 0 ? cbr->bb_false : NULL;
	case OP_SET_GE: case OP_SET_AE:			/* n >= 0, n >= 1 */
		return v <= 1 ? cbr->bb_false : NULL;
	case OP_SET_LE: case OP_SET_BE:			/* n <= 0 */
		return v <= 0 ? cbr->bb_true : NULL;
	case OP_SET_LT: case OP_SET_B:			/* n < 0, n < 1 */
		return v <= 1 ? cbr->bb_true : NULL;
	case OP_SET_EQ:					/* n == 0 */
		return v == 0 ? cbr->bb_true : NULL;
	case OP_SET_NE:					/* n != 0 */
		return v == 0 ? cbr->bb_false : NULL;
	}
	return NULL;
}

/*
 * A branch on "i < n" (against anything but a constant): the loop that
 * walks the n pages, the usual way to release them.
 */
static int bounded_by_count(struct instruction *cbr, pseudo_t n)
{
	struct instruction *cmp;
	long long v;

	cmp = compare_of(cbr->cond);
	if (!cmp)
		return 0;
	if (is_count(cmp->src1, n))
		return !is_const(cmp->src2, &v);
	if (is_count(cmp->src2, n))
		return !is_const(cmp->src1, &v);
	return 0;
}

/* A pointer that names the array, or a page loaded from it. */
static int touches_array(pseudo_t p, struct loc *array)
{
	if (!p || p->type == PSEUDO_VAL || p == VOID)
		return 0;
	if (pseudo_is_pointer(p) &&
	    loc_rep(loc_of_address(p, 0)) == loc_rep(array))
		return 1;
	if (p->type == PSEUDO_REG && p->def && p->def->opcode == OP_LOAD)
		return loc_rep(loc_of_address(p->def->src, 0)) == loc_rep(array);
	return 0;
}

/* Whether @insn may release the pages, or hand them, or their count, on. */
static int handles(struct instruction *insn, const struct acquisition *a)
{
	pseudo_t n = a->call->target, arg;

	switch (insn->opcode) {
	case OP_CALL:
		if (insn->func->type == PSEUDO_SYM) {
			const struct pc_api *api =
				model_lookup(insn->func->sym->ident);

			if (api && api->role == ROLE_RELEASE)
				return 1;
			if (api && api->role == ROLE_ARRAY_FREE)
				return 0;	/* the array goes, the pages stay */
		}
		FOR_EACH_PTR(insn->arguments, arg) {
			if (carries_count(arg, n, 0) ||
			    touches_array(arg, a->array))
				return 1;
		} END_FOR_EACH_PTR(arg);
		return 0;
	case OP_STORE:
		return carries_count(insn->target, n, 0);
	case OP_PHISOURCE:
		return carries_count(insn->phi_src, n, 0);
	case OP_RET:
		return carries_count(insn->src, n, 0);
	}
	return 0;
}

struct walk {
	const struct acquisition *a;
	struct instruction *test;	/* the test whose short side we follow */
	int short_true;			/* the short side is its true side */
	struct basic_block *seen[MAX_VISIT];
	int nr_seen;
	struct position exit;		/* where the leaking path leaves */
};

static int seen(struct walk *w, struct basic_block *bb)
{
	int i;

	for (i = 0; i < w->nr_seen; i++)
		if (w->seen[i] == bb)
			return 1;
	if (w->nr_seen == MAX_VISIT)
		return 1;		/* bounded: stop following */
	w->seen[w->nr_seen++] = bb;
	return 0;
}

/* The same value: one pseudo, one constant, or loads of one place. */
static int same_value(pseudo_t p, pseudo_t q)
{
	p = p ? strip_casts(p) : p;
	q = q ? strip_casts(q) : q;
	if (!p || !q)
		return 0;
	if (p == q)
		return 1;
	if (p->type == PSEUDO_VAL && q->type == PSEUDO_VAL)
		return p->value == q->value;
	if (p->type != PSEUDO_REG || q->type != PSEUDO_REG ||
	    !p->def || !q->def || p->def->opcode != OP_LOAD ||
	    q->def->opcode != OP_LOAD)
		return 0;
	return p->def->offset == q->def->offset &&
	       same_value(p->def->src, q->def->src);
}

/*
 * What @cond is on a path from the short side: 1 true, 0 false, -1 not
 * known.  The short test again, or its opposite (n == nr after n != nr),
 * or an "or"/"and" of them (sparse makes "a || b" of two compares an or):
 * "if (n != nr || ...)" after "if (n == nr)" goes one way only.
 */
static int test_value(const struct walk *w, pseudo_t cond, int depth)
{
	struct instruction *c1 = compare_of(w->test->cond);
	struct instruction *c2, *def;
	int a, b, op;

	if (cond == w->test->cond)
		return w->short_true;
	if (!cond || cond->type != PSEUDO_REG || !cond->def || depth > 4)
		return -1;
	def = cond->def;
	if (def->opcode == OP_OR || def->opcode == OP_AND) {
		a = test_value(w, def->src1, depth + 1);
		b = test_value(w, def->src2, depth + 1);
		if (def->opcode == OP_OR)
			return a == 1 || b == 1 ? 1 : a == 0 && b == 0 ? 0 : -1;
		return a == 0 || b == 0 ? 0 : a == 1 && b == 1 ? 1 : -1;
	}
	c2 = compare_of(cond);
	if (!c1 || !c2)
		return -1;
	if (same_value(c1->src1, c2->src1) && same_value(c1->src2, c2->src2))
		op = c2->opcode;
	else if (same_value(c1->src1, c2->src2) &&
		 same_value(c1->src2, c2->src1))
		op = opcode_swap(c2->opcode);
	else
		return -1;
	if (op == c1->opcode)
		return w->short_true;
	return op == opcode_negate(c1->opcode) ? !w->short_true : -1;
}

static int known_nonzero(pseudo_t p, int depth);

/*
 * Whether the arm of a select taken when its test is @taken is surely not
 * 0: a constant, or the x of "x < 0 ? x : -EFAULT" (sparse may write it
 * "x >= 0 ? -EFAULT : x").
 */
static int arm_nonzero(struct instruction *sel, pseudo_t arm, int taken,
		       int depth)
{
	struct instruction *cmp = compare_of(sel->src1);
	long long v;
	int opcode;

	if (known_nonzero(arm, depth + 1))
		return 1;
	if (!cmp || !same_value(cmp->src1, arm) ||
	    !is_const(cmp->src2, &v) || v != 0)
		return 0;
	opcode = taken ? cmp->opcode : opcode_negate(cmp->opcode);
	return opcode == OP_SET_LT || opcode == OP_SET_GT ||
	       opcode == OP_SET_NE;
}

/* Whether @p is surely not 0: a constant, or a select of such. */
static int known_nonzero(pseudo_t p, int depth)
{
	struct instruction *def;
	long long v;

	p = p ? strip_casts(p) : p;
	if (is_const(p, &v))
		return v != 0;
	if (!p || p->type != PSEUDO_REG || !p->def || depth > 4)
		return 0;
	def = p->def;
	return def->opcode == OP_SEL &&
	       arm_nonzero(def, def->src2, 1, depth) &&
	       arm_nonzero(def, def->src3, 0, depth);
}

/*
 * A test of a variable whose value the path entering @bb gave it:
 *	ret = pret < 0 ? pret : -EFAULT;	(the short side)
 *	...
 *	if (ret)				(true on this path)
 * The variable is a phi of @bb; its source from the block we came from
 * says which way.  Returns the side to follow, or NULL.
 */
static struct basic_block *phi_decides(struct instruction *cbr,
				       struct instruction *from)
{
	struct instruction *phi;
	pseudo_t src;

	if (!from || !cbr->cond || cbr->cond->type != PSEUDO_REG)
		return NULL;
	phi = cbr->cond->def;
	if (!phi || phi->opcode != OP_PHI || phi->bb != cbr->bb)
		return NULL;
	FOR_EACH_PTR(phi->phi_list, src) {
		struct instruction *ps;

		if (src == VOID || !src->def)
			continue;
		ps = src->def;
		if (ps->bb == from->bb && known_nonzero(ps->phi_src, 0))
			return cbr->bb_true;
	} END_FOR_EACH_PTR(src);
	return NULL;
}

/* The only side of @cbr a path in @w can take, or NULL: both. */
static struct basic_block *decided_side(const struct walk *w,
					struct instruction *cbr,
					struct instruction *from)
{
	int value = test_value(w, cbr->cond, 0);

	if (value >= 0)
		return value ? cbr->bb_true : cbr->bb_false;
	return phi_decides(cbr, from);
}

/*
 * Whether a path from @bb reaches the return with nothing that handles
 * the pages; @from is the instruction that entered @bb.
 */
static int leaks(struct walk *w, struct basic_block *bb,
		 struct instruction *from)
{
	pseudo_t n = w->a->call->target;
	struct instruction *insn, *last = NULL;
	struct basic_block *child, *skip = NULL;

	if (!bb || seen(w, bb))
		return 0;
	FOR_EACH_PTR(bb->insns, insn) {
		if (!insn->bb)
			continue;
		if (handles(insn, w->a))
			return 0;
		if (insn->opcode == OP_RET) {
			w->exit = from ? from->pos : insn->pos;
			return 1;
		}
		if (insn->opcode == OP_UNREACH)
			return 0;
		last = insn;
	} END_FOR_EACH_PTR(insn);
	if (last && last->opcode == OP_CBR) {
		struct basic_block *only = decided_side(w, last, from);

		if (bounded_by_count(last, n))
			return 0;
		if (only)
			return leaks(w, only, last);
		skip = empty_side(last, w->a);
	}
	FOR_EACH_PTR(bb->children, child) {
		if (child != skip && leaks(w, child, last))
			return 1;
	} END_FOR_EACH_PTR(child);
	return 0;
}

/*
 * Whether the count or the pages were handed on between the call and the
 * test (job->nr = n; before "if (job->nr != nr)"): then whoever has them
 * releases them.  Followed back from the test through blocks with one
 * parent, to the call's.
 */
static int handed_on_before(struct instruction *cbr,
			    const struct acquisition *a)
{
	struct basic_block *bb = cbr->bb;
	int steps, after_call;

	for (steps = 0; bb && steps < 16; steps++) {
		struct instruction *insn;

		after_call = bb != a->call->bb;
		FOR_EACH_PTR(bb->insns, insn) {
			if (insn == a->call)
				after_call = 1;
			else if (after_call && insn->bb && insn != cbr &&
				 handles(insn, a))
				return 1;
		} END_FOR_EACH_PTR(insn);
		if (bb == a->call->bb ||
		    bb_list_size(bb->parents) != 1)
			return 0;
		bb = first_basic_block(bb->parents);
	}
	return 0;
}

static void check_test(struct instruction *cbr, const struct acquisition *a)
{
	struct basic_block *bb = short_side(cbr, a->call->target);
	struct walk *w;

	if (!bb || handed_on_before(cbr, a))
		return;
	w = calloc(1, sizeof(*w));
	if (!w)
		die("pincheck: out of memory");
	w->a = a;
	w->test = cbr;
	w->short_true = bb == cbr->bb_true;
	if (leaks(w, bb, cbr))
		report_partial(w->exit, a->api, a->call->pos, cbr->pos,
			       cbr->bb->ep->name);
	free(w);
}

/* Asked for one page (or none), a call cannot take some but not all. */
static int count_can_be_short(struct instruction *call,
			      const struct pc_api *api)
{
	pseudo_t nr = ptr_list_nth(call->arguments, api->count_arg - 1);
	long long v;

	return !is_const(nr, &v) || v >= 2;
}

static void check_acquisition(struct entrypoint *ep,
			      const struct acquisition *a)
{
	struct basic_block *bb;

	FOR_EACH_PTR(ep->bbs, bb) {
		struct instruction *last = last_instruction(bb->insns);

		if (last && last->bb && last->opcode == OP_CBR)
			check_test(last, a);
	} END_FOR_EACH_PTR(bb);
}

void partial_check(struct entrypoint *ep)
{
	struct basic_block *bb;
	struct instruction *insn;

	loc_set_function(ep);
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			struct acquisition a = { .call = insn };
			pseudo_t arr;

			if (!insn->bb || insn->opcode != OP_CALL ||
			    insn->func->type != PSEUDO_SYM)
				continue;
			a.api = model_lookup(insn->func->sym->ident);
			if (!a.api || a.api->role != ROLE_ACQUIRE ||
			    !a.api->count_arg || a.api->shape != SHAPE_ARRAY ||
			    !insn->target || insn->target == VOID)
				continue;
			arr = ptr_list_nth(insn->arguments, a.api->arg - 1);
			if (!arr || arr == VOID || !pseudo_is_pointer(arr))
				continue;
			if (!count_can_be_short(insn, a.api))
				continue;
			a.array = loc_of_address(arr, 0);
			check_acquisition(ep, &a);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}
