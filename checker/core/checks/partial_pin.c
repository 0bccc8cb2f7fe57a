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
#include "../count.h"
#include "../loc.h"
#include "../util.h"
#include "../words.h"

#define MAX_VISIT	4096	/* blocks followed from one test */

/*
 * A branch on "i < n" (against anything but a constant): the loop that
 * walks the n pages, the usual way to release them (where it does:
 * releasing_loop()).
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

/* The blocks a search met, MAX_VISIT at most: then it stops following */
struct visit {
	struct pc_bb *bb[MAX_VISIT];
	int nr;
};

static int visited(struct visit *v, struct pc_bb *bb)
{
	int i;

	for (i = 0; i < v->nr; i++)
		if (v->bb[i] == bb)
			return 1;
	if (v->nr == MAX_VISIT)
		return 1;
	v->bb[v->nr++] = bb;
	return 0;
}

/*
 * Whether a path from @bb that does not come back to @head handles the
 * pages before it returns: the body of the loop @head tests, when it
 * releases them (an emptied loop, or one that only counts, does not).
 */
static int body_handles(const struct acquisition *a, struct pc_bb *bb,
			struct pc_bb *head, struct visit *v)
{
	int i;

	if (!bb || bb == head || visited(v, bb))
		return 0;
	for (i = 0; i < bb->nr_insns; i++) {
		if (handles(bb->insns[i], a))
			return 1;
		if (bb->insns[i]->op == PC_OP_RET)
			return 0;
	}
	for (i = 0; i < bb->nr_children; i++)
		if (body_handles(a, bb->children[i], head, v))
			return 1;
	return 0;
}

/* Whether the loop on "i < n" that @bb ends releases the pages. */
static int releasing_loop(const struct acquisition *a, struct pc_bb *bb)
{
	struct visit *v = pc_xcalloc(1, sizeof(*v));
	int i, found = 0;

	for (i = 0; i < bb->nr_children && !found; i++)
		found = body_handles(a, bb->children[i], bb, v);
	free(v);
	return found;
}

struct walk {
	const struct acquisition *a;
	struct pc_insn *test;		/* the test whose short side we follow */
	int short_true;			/* the short side is its true side */
	struct visit seen;		/* blocks followed: bounded */
	struct pc_pos exit;		/* where the leaking path leaves */
};

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
	if (pc_same_value(c1->src1, c2->src1) && pc_same_value(c1->src2, c2->src2))
		op = c2->op;
	else if (pc_same_value(c1->src1, c2->src2) &&
		 pc_same_value(c1->src2, c2->src1))
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
	if (!cmp || !pc_same_value(cmp->src1, arm) ||
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
	struct pc_value *n = w->a->count;
	struct pc_insn *last = NULL;
	int cbr, i;

	if (!bb || visited(&w->seen, bb))
		return 0;
	for (i = 0; i < bb->nr_insns; i++) {
		struct pc_insn *insn = bb->insns[i];

		if (handles(insn, w->a))
			return 0;
		if (insn->op == PC_OP_RET) {
			w->exit = exit_pos(from, insn, w->a);
			return 1;
		}
		if (insn->op == PC_OP_UNREACH)
			return 0;
		last = insn;
	}
	cbr = last && last->op == PC_OP_CBR;
	if (cbr) {
		struct pc_bb *only = decided_side(w, last, from);

		if (bounded_by_count(last, n) && releasing_loop(w->a, bb))
			return 0;
		if (only)
			return leaks(w, only, last);
	}
	for (i = 0; i < bb->nr_children; i++) {
		struct pc_bb *child = bb->children[i];

		if (cbr && nothing_to_leak(w->a, last, child))
			continue;
		if (leaks(w, child, last))
			return 1;
	}
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
	struct pc_bb *bb = short_side(cbr, a->count);
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

static void check_counted(struct pc_func *fn, const struct acquisition *a)
{
	if (count_can_be_short(a->call, a->api))
		check_acquisition(fn, a);
}

static void partial_check(struct fn_info *fi)
{
	for_each_counted_acquisition(fi, check_counted);
}

void register_partial_pin(void)
{
	add_function_hook(partial_check);
}
