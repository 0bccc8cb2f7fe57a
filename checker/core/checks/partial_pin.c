// SPDX-License-Identifier: GPL-2.0
/*
 * checks/partial_pin.c - partial-pin leaks.
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

#include "../check.h"
#include "../loc.h"
#include "../util.h"
#include "../words.h"

#define MAX_VISIT	4096	/* blocks followed from one test */

struct acquisition {
	struct pc_insn *call;
	const struct pc_api *api;
	struct loc *array;		/* where the pages are */
};

/* Whether @p is the count @n, through casts (n, a call's result, has none). */
static int is_count(struct pc_value *p, struct pc_value *n)
{
	return p && strip_casts(p) == n;
}

/* The comparison that computes @cond, or NULL. */
static struct pc_insn *compare_of(struct pc_value *cond)
{
	struct pc_insn *cmp;

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
static int carries_count(struct pc_value *p, struct pc_value *n, int depth)
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

static int is_const(struct pc_value *p, long long *val)
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
static struct pc_bb *short_side(struct pc_insn *cbr, struct pc_value *n)
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
 * The branch of @cbr where the count is 0 or less (nothing was taken),
 * or NULL: such a path leaks nothing.
 */
static int touches_array(struct pc_value *p, struct loc *array);

static struct pc_bb *empty_side(struct pc_insn *cbr,
				const struct acquisition *a)
{
	struct pc_value *n = a->call->target;
	struct pc_insn *cmp;
	struct pc_value *other;
	long long v;
	enum pc_op opcode;

	if (!cbr->src)
		return NULL;
	if (is_count(cbr->src, n))		/* if (n) */
		return cbr->bb_false;
	if (touches_array(cbr->src, a->array))	/* if (pages): no array */
		return cbr->bb_false;
	cmp = compare_of(cbr->src);
	if (!cmp)
		return NULL;
	opcode = cmp->op;
	if (is_count(cmp->src1, n)) {
		other = cmp->src2;
	} else if (is_count(cmp->src2, n)) {
		other = cmp->src1;
		opcode = pc_op_swap(opcode);
	} else {
		return NULL;
	}
	if (!is_const(other, &v))
		return NULL;
	/* the side where n <= 0; n > 5 failing leaves n = 3 pages */
	switch (opcode) {
	case PC_OP_SET_GT: case PC_OP_SET_A:		/* n > 0 */
		return v <= 0 ? cbr->bb_false : NULL;
	case PC_OP_SET_GE: case PC_OP_SET_AE:		/* n >= 0, n >= 1 */
		return v <= 1 ? cbr->bb_false : NULL;
	case PC_OP_SET_LE: case PC_OP_SET_BE:		/* n <= 0 */
		return v <= 0 ? cbr->bb_true : NULL;
	case PC_OP_SET_LT: case PC_OP_SET_B:		/* n < 0, n < 1 */
		return v <= 1 ? cbr->bb_true : NULL;
	case PC_OP_SET_EQ:				/* n == 0 */
		return v == 0 ? cbr->bb_true : NULL;
	case PC_OP_SET_NE:				/* n != 0 */
		return v == 0 ? cbr->bb_false : NULL;
	default:
		return NULL;
	}
}

/*
 * A branch on "i < n" (against anything but a constant): the loop that
 * walks the n pages, the usual way to release them.
 */
static int bounded_by_count(struct pc_insn *cbr, struct pc_value *n)
{
	struct pc_insn *cmp;
	long long v;

	cmp = compare_of(cbr->src);
	if (!cmp)
		return 0;
	if (is_count(cmp->src1, n))
		return !is_const(cmp->src2, &v);
	if (is_count(cmp->src2, n))
		return !is_const(cmp->src1, &v);
	return 0;
}

/* A pointer that names the array, or a page loaded from it. */
static int touches_array(struct pc_value *p, struct loc *array)
{
	if (!p || p->kind == PC_VAL_CONST || p->kind == PC_VAL_VOID)
		return 0;
	if (p->is_pointer && loc_rep(loc_pointed(p)) == loc_rep(array))
		return 1;
	if (p->kind == PC_VAL_REG && p->def && p->def->op == PC_OP_LOAD)
		return loc_rep(loc_pointed(p->def->addr_base)) ==
		       loc_rep(array);
	return 0;
}

/* Whether @insn may release the pages, or hand them, or their count, on. */
static int handles(struct pc_insn *insn, const struct acquisition *a)
{
	struct pc_value *n = a->call->target;
	int i;

	switch (insn->op) {
	case PC_OP_CALL:
		if (insn->callee) {
			const struct pc_api *api =
				pc_model_lookup_name(insn->callee->name);

			if (api && api->role == ROLE_RELEASE)
				return 1;
			if (api && api->role == ROLE_ARRAY_FREE)
				return 0;	/* the array goes, the pages stay */
		}
		for (i = 0; i < insn->nr_args; i++)
			if (carries_count(insn->args[i], n, 0) ||
			    touches_array(insn->args[i], a->array))
				return 1;
		return 0;
	case PC_OP_STORE:
	case PC_OP_PHISRC:
	case PC_OP_RET:
		return carries_count(insn->src, n, 0);
	default:
		return 0;
	}
}

struct walk {
	const struct acquisition *a;
	struct pc_insn *test;		/* the test whose short side we follow */
	int short_true;			/* the short side is its true side */
	struct pc_bb *seen[MAX_VISIT];
	int nr_seen;
	struct pc_pos exit;		/* where the leaking path leaves */
};

static int seen(struct walk *w, struct pc_bb *bb)
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
static int same_value(struct pc_value *p, struct pc_value *q)
{
	p = p ? strip_casts(p) : p;
	q = q ? strip_casts(q) : q;
	if (!p || !q)
		return 0;
	if (p == q)
		return 1;
	if (p->kind == PC_VAL_CONST && q->kind == PC_VAL_CONST)
		return p->cval == q->cval;
	if (p->kind != PC_VAL_REG || q->kind != PC_VAL_REG ||
	    !p->def || !q->def || p->def->op != PC_OP_LOAD ||
	    q->def->op != PC_OP_LOAD)
		return 0;
	return p->def->offset == q->def->offset &&
	       same_value(p->def->addr_base, q->def->addr_base);
}

/*
 * What @cond is on a path from the short side: 1 true, 0 false, -1 not
 * known.  The short test again, or its opposite (n == nr after n != nr),
 * or an "or"/"and" of them (sparse makes "a || b" of two compares an or):
 * "if (n != nr || ...)" after "if (n == nr)" goes one way only.
 */
static int test_value(const struct walk *w, struct pc_value *cond, int depth)
{
	struct pc_insn *c1 = compare_of(w->test->src);
	struct pc_insn *c2, *def;
	int a, b;
	enum pc_op op;

	if (cond == w->test->src)
		return w->short_true;
	if (!cond || cond->kind != PC_VAL_REG || !cond->def || depth > 4)
		return -1;
	def = cond->def;
	if (def->op == PC_OP_OR || def->op == PC_OP_AND) {
		a = test_value(w, def->src1, depth + 1);
		b = test_value(w, def->src2, depth + 1);
		if (def->op == PC_OP_OR)
			return a == 1 || b == 1 ? 1 : a == 0 && b == 0 ? 0 : -1;
		return a == 0 || b == 0 ? 0 : a == 1 && b == 1 ? 1 : -1;
	}
	c2 = compare_of(cond);
	if (!c1 || !c2)
		return -1;
	if (same_value(c1->src1, c2->src1) && same_value(c1->src2, c2->src2))
		op = c2->op;
	else if (same_value(c1->src1, c2->src2) &&
		 same_value(c1->src2, c2->src1))
		op = pc_op_swap(c2->op);
	else
		return -1;
	if (op == c1->op)
		return w->short_true;
	return op == pc_op_negate(c1->op) ? !w->short_true : -1;
}

static int known_nonzero(struct pc_value *p, int depth);

/*
 * Whether the arm of a select taken when its test is @taken is surely not
 * 0: a constant, or the x of "x < 0 ? x : -EFAULT" (sparse may write it
 * "x >= 0 ? -EFAULT : x").
 */
static int arm_nonzero(struct pc_insn *sel, struct pc_value *arm, int taken,
		       int depth)
{
	struct pc_insn *cmp = compare_of(sel->src1);
	long long v;
	enum pc_op opcode;

	if (known_nonzero(arm, depth + 1))
		return 1;
	if (!cmp || !same_value(cmp->src1, arm) ||
	    !is_const(cmp->src2, &v) || v != 0)
		return 0;
	opcode = taken ? cmp->op : pc_op_negate(cmp->op);
	return opcode == PC_OP_SET_LT || opcode == PC_OP_SET_GT ||
	       opcode == PC_OP_SET_NE;
}

/* Whether @p is surely not 0: a constant, or a select of such. */
static int known_nonzero(struct pc_value *p, int depth)
{
	struct pc_insn *def;
	long long v;

	p = p ? strip_casts(p) : p;
	if (is_const(p, &v))
		return v != 0;
	if (!p || p->kind != PC_VAL_REG || !p->def || depth > 4)
		return 0;
	def = p->def;
	return def->op == PC_OP_SEL &&
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
static struct pc_bb *phi_decides(struct pc_insn *cbr, struct pc_insn *from)
{
	struct pc_insn *phi;
	int i;

	if (!from || !cbr->src || cbr->src->kind != PC_VAL_REG)
		return NULL;
	phi = cbr->src->def;
	if (!phi || phi->op != PC_OP_PHI || phi->bb != cbr->bb)
		return NULL;
	for (i = 0; i < phi->nr_phis; i++) {
		struct pc_insn *ps = phi->phis[i];

		if (ps->bb == from->bb && known_nonzero(ps->src, 0))
			return cbr->bb_true;
	}
	return NULL;
}

/* The only side of @cbr a path in @w can take, or NULL: both. */
static struct pc_bb *decided_side(const struct walk *w, struct pc_insn *cbr,
				  struct pc_insn *from)
{
	int value = test_value(w, cbr->src, 0);

	if (value >= 0)
		return value ? cbr->bb_true : cbr->bb_false;
	return phi_decides(cbr, from);
}

/*
 * Whether a path from @bb reaches the return with nothing that handles
 * the pages; @from is the instruction that entered @bb.
 */
static int leaks(struct walk *w, struct pc_bb *bb, struct pc_insn *from)
{
	struct pc_value *n = w->a->call->target;
	struct pc_insn *last = NULL;
	struct pc_bb *skip = NULL;
	int i;

	if (!bb || seen(w, bb))
		return 0;
	for (i = 0; i < bb->nr_insns; i++) {
		struct pc_insn *insn = bb->insns[i];

		if (handles(insn, w->a))
			return 0;
		if (insn->op == PC_OP_RET) {
			w->exit = from ? from->pos : insn->pos;
			return 1;
		}
		if (insn->op == PC_OP_UNREACH)
			return 0;
		last = insn;
	}
	if (last && last->op == PC_OP_CBR) {
		struct pc_bb *only = decided_side(w, last, from);

		if (bounded_by_count(last, n))
			return 0;
		if (only)
			return leaks(w, only, last);
		skip = empty_side(last, w->a);
	}
	for (i = 0; i < bb->nr_children; i++)
		if (bb->children[i] != skip && leaks(w, bb->children[i], last))
			return 1;
	return 0;
}

/*
 * Whether the count or the pages were handed on between the call and the
 * test (job->nr = n; before "if (job->nr != nr)"): then whoever has them
 * releases them.  Followed back from the test through blocks with one
 * parent, to the call's.
 */
static int handed_on_before(struct pc_insn *cbr,
			    const struct acquisition *a)
{
	struct pc_bb *bb = cbr->bb;
	int steps, after_call, i;

	for (steps = 0; bb && steps < 16; steps++) {
		after_call = bb != a->call->bb;
		for (i = 0; i < bb->nr_insns; i++) {
			struct pc_insn *insn = bb->insns[i];

			if (insn == a->call)
				after_call = 1;
			else if (after_call && insn != cbr && handles(insn, a))
				return 1;
		}
		if (bb == a->call->bb || bb->nr_parents != 1)
			return 0;
		bb = bb->parents[0];
	}
	return 0;
}

static void pc_report_partial(const struct pc_acq *acq, struct pc_pos exit,
		       struct pc_pos test)
{
	int pin = acq->api->family == FAM_PIN;
	const char *cure = pin ? "unpin_user_pages" : "release_pages";
	struct words w;

	if (!words_start(&w, PC_PARTIAL_PIN, exit, acq->api))
		return;
	words_say(&w, "pages %s by %s() at line %d leak here when it %s fewer than asked (the test at line %d); %s them first with %s()",
		  pin ? "pinned" : "got", acq->api->name, acq->pos.line,
		  pin ? "pins" : "gets", test.line, pin ? "unpin" : "release",
		  cure);
	words_json_acq(&w, "acquisition", acq);
	words_json_place(&w, "short_test", test);
	words_json_str(&w, "cure", cure);
	words_end(&w);
}

static void say_partial(struct pc_pos exit, const struct pc_api *api,
			struct pc_pos call, struct pc_pos test,
			struct pc_sym *fn)
{
	struct pc_acq a = {
		.api = api, .fam = api->family, .pos = call,
		.fn = fn ? fn->name : NULL,
	};

	pc_report_partial(&a, exit, test);
}

static void check_test(struct pc_insn *cbr, const struct acquisition *a,
		       struct pc_sym *fn)
{
	struct pc_bb *bb = short_side(cbr, a->call->target);
	struct walk *w;

	if (!bb || handed_on_before(cbr, a))
		return;
	w = pc_xcalloc(1, sizeof(*w));
	w->a = a;
	w->test = cbr;
	w->short_true = bb == cbr->bb_true;
	if (leaks(w, bb, cbr))
		say_partial(w->exit, a->api, a->call->pos, cbr->pos, fn);
	free(w);
}

/* Asked for one page (or none), a call cannot take some but not all. */
static int count_can_be_short(struct pc_insn *call,
			      const struct pc_api *api)
{
	struct pc_value *nr = pc_arg(call, api->count_arg);
	long long v;

	return !is_const(nr, &v) || v >= 2;
}

static void check_acquisition(struct pc_func *fn,
			      const struct acquisition *a)
{
	int i;

	for (i = 0; i < fn->nr_bbs; i++) {
		struct pc_insn *last = pc_last_insn(fn->bbs[i]);

		if (last && last->op == PC_OP_CBR)
			check_test(last, a, fn->sym);
	}
}

static void partial_check(struct fn_info *fi)
{
	struct pc_func *fn = fi->fn;
	int i, j;

	for (i = 0; i < fn->nr_bbs; i++) {
		struct pc_bb *bb = fn->bbs[i];

		for (j = 0; j < bb->nr_insns; j++) {
			struct pc_insn *insn = bb->insns[j];
			struct acquisition a = { .call = insn };
			struct pc_value *arr;

			if (insn->op != PC_OP_CALL || !insn->callee)
				continue;
			a.api = pc_model_lookup_name(insn->callee->name);
			if (!a.api || a.api->role != ROLE_ACQUIRE ||
			    !a.api->count_arg || a.api->shape != SHAPE_ARRAY ||
			    !insn->target || insn->target->kind == PC_VAL_VOID)
				continue;
			arr = pc_arg(insn, a.api->arg);
			if (!arr || arr->kind == PC_VAL_VOID || !arr->is_pointer)
				continue;
			if (!count_can_be_short(insn, a.api))
				continue;
			a.array = loc_pointed(arr);
			check_acquisition(fn, &a);
		}
	}
}

void register_partial_pin(void)
{
	add_function_hook(partial_check);
}
