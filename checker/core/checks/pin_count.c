// SPDX-License-Identifier: GPL-2.0
/*
 * checks/pin_count.c - a release of the count asked for, where fewer may
 * have been pinned.
 *
 *	n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
 *	if (n != nr) {
 *		unpin_user_pages(pages, nr);	<- pages[n..nr-1] hold no pin
 *		return -EFAULT;
 *	}
 *
 * pin_user_pages*() and get_user_pages*() return how many pages they
 * took; past that count the array holds NULL or stale pointers, and a
 * release of them unpins what was never pinned (a refcount underflow, a
 * NULL dereference).  A release of the array (every ARRAY release of the
 * model takes the array and then its count) whose count is the one asked
 * for, reached from the acquisition on a path that did not pass the side
 * of a test where the count taken is the count asked, is reported.
 * Paths where nothing was taken (n <= 0) are not followed; a path that
 * comes round again to the acquisition stops there.
 *
 * On the same paths, a release of the count taken, zero-extended: it was
 * kept unsigned ("unsigned int got = pin_user_pages_fast(...)"), so the
 * error the call returns (-EFAULT) is released as four billion pages
 * where no test of it for an error came first.  The int a call returns
 * widened as unsigned is the sign the IR keeps of that.
 */
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "../count.h"
#include "../fix.h"
#include "../stats.h"
#include "../util.h"
#include "../words.h"

struct count_walk {
	struct pc_func *fn;
	const struct acquisition *a;
	struct pc_value *asked;
	char *seen;
	struct pc_insn *test;	/* the last short test passed, if any */
	int signed_test;	/* a signed test of the count was passed */
};

/*
 * The count @insn releases the array with (every ARRAY release takes the
 * array, then its count), or NULL when it is no release of the array.
 */
static struct pc_value *released_count(const struct count_walk *w,
				       struct pc_insn *insn)
{
	const struct pc_api *api;

	if (insn->op != PC_OP_CALL || !insn->callee)
		return NULL;
	api = pc_model_lookup_name(insn->callee->name);
	if (!api || api->role != ROLE_RELEASE || api->shape != SHAPE_ARRAY ||
	    !touches_array(pc_arg(insn, api->arg), w->a->array))
		return NULL;
	return pc_arg(insn, api->arg + 1);
}

/* A count released that is the count asked for, not the one taken. */
static int is_asked(const struct count_walk *w, struct pc_value *count)
{
	return !carries_count(count, w->a->count, 0) &&
	       pc_same_value(count, w->asked);
}

/*
 * A count released that is the count taken, kept unsigned, where no
 * signed test of it came first: see the top.
 */
static int is_unsigned_taken(const struct count_walk *w,
			     struct pc_value *count)
{
	struct pc_insn *def = count->kind == PC_VAL_REG ? count->def : NULL;

	return !w->signed_test && def && def->op == PC_OP_CAST && def->zext &&
	       is_count(def->src, w->a->count);
}

/* @cbr tests the sign of the count (n < 0, n > 0 as an int): an error. */
static int tests_sign(const struct count_walk *w, struct pc_insn *cbr)
{
	struct pc_insn *cmp = compare_of(cbr->src);

	if (!cmp || (cmp->op != PC_OP_SET_LT && cmp->op != PC_OP_SET_LE &&
		     cmp->op != PC_OP_SET_GT && cmp->op != PC_OP_SET_GE))
		return 0;
	return is_count(cmp->src1, w->a->count) ||
	       is_count(cmp->src2, w->a->count);
}

/*
 * The fix of a release of the count asked: the variable the acquisition's
 * result was assigned to ("n = pin_user_pages_fast(...)"), where nothing
 * between the two lines writes it, in place of the count released.
 */
static struct pc_edit *count_fix(const struct count_walk *w,
				 struct pc_insn *rel, const struct pc_api *api)
{
	struct pc_pos at = w->a->call->pos;
	char var[128];

	if (!at.file || !rel->pos.file || strcmp(at.file, rel->pos.file) ||
	    rel->pos.line <= at.line ||
	    !fix_result_name(at, w->a->api->name, var, sizeof(var)) ||
	    fix_written_between(at.file, at.line, rel->pos.line - 1, var))
		return NULL;
	return fix_replace_arg(rel->pos, api->name, api->arg + 1, var);
}

static void report_count(const struct count_walk *w, struct pc_insn *rel,
			 int kept_unsigned)
{
	const struct pc_api *api = pc_model_lookup_name(rel->callee->name);
	const struct pc_api *acq_api = w->a->api;
	struct pc_rel r = {
		.api = api, .pos = rel->pos,
		.fn = w->fn->sym ? w->fn->sym->name : NULL,
	};
	struct pc_acq acq = {
		.api = acq_api, .fam = acq_api->family, .pos = w->a->call->pos,
		.fn = r.fn,
	};
	struct words w2;

	if (!words_start(&w2, PC_PIN_COUNT, rel->pos, w->a->call))
		return;
	if (kept_unsigned) {
		words_say(&w2, "%s() releases the count returned by %s() at line %d kept unsigned, which is an error code when the %s fails; test it for an error first",
			  api->name, acq_api->name, acq.pos.line,
			  acq_api->family == FAM_PIN ? "pin" : "call");
	} else {
		words_say(&w2, "%s() releases the count asked of %s() at line %d, which may have %s fewer",
			  api->name, acq_api->name, acq.pos.line,
			  acq_api->family == FAM_PIN ? "pinned" : "got");
		if (w->test)
			words_say(&w2, " (the test at line %d)",
				  w->test->pos.line);
		words_say(&w2, "; release the count it returned");
	}
	words_json_release(&w2, &r);
	words_json_acq(&w2, "acquisition", &acq);
	if (w->test)
		words_json_place(&w2, "short_test", w->test->pos);
	/* which count: the one asked, or the one taken kept unsigned */
	words_json_str(&w2, "count", kept_unsigned ? "unsigned" : "asked");
	if (!kept_unsigned)
		words_fix(&w2, count_fix(w, rel, api));
	words_end(&w2);
}

/*
 * Follows the paths from insn @from of @bb; reports a release of the
 * count asked for where the count taken may be short.
 */
static void walk(struct count_walk *w, struct pc_bb *bb, int from)
{
	struct pc_insn *last = NULL, *test = w->test;
	struct pc_bb *full = NULL, *empty = NULL, *side;
	int i, signed_test = w->signed_test;

	for (i = from; i < bb->nr_insns; i++) {
		struct pc_insn *insn = bb->insns[i];
		struct pc_value *count;

		if (insn == w->a->call)
			return;		/* round again: a new count */
		last = insn;
		count = released_count(w, insn);
		if (!count)
			continue;
		pc_stat(PC_STAT_COUNTS);
		if (is_asked(w, count)) {
			pc_stat(PC_STAT_COUNTS_ASKED);
			report_count(w, insn, 0);
			return;
		}
		if (is_unsigned_taken(w, count)) {
			pc_stat(PC_STAT_COUNTS_UNSIGNED);
			report_count(w, insn, 1);
			return;
		}
	}
	if (last && last->op == PC_OP_CBR) {
		side = short_side(last, w->a->count);
		if (side)
			full = side == last->bb_true ? last->bb_false :
						       last->bb_true;
		empty = empty_side(last, w->a);
	}
	for (i = 0; i < bb->nr_children; i++) {
		struct pc_bb *c = bb->children[i];
		int ci = pc_bb_index(w->fn, c);

		if (c == full || c == empty || ci < 0 || w->seen[ci])
			continue;
		w->seen[ci] = 1;
		w->test = full ? last : test;
		w->signed_test = signed_test || (last && last->op == PC_OP_CBR &&
						 tests_sign(w, last));
		walk(w, c, 0);
		w->test = test;
		w->signed_test = signed_test;
	}
}

static void check_acquisition(struct pc_func *fn, const struct acquisition *a)
{
	struct count_walk w = { .fn = fn, .a = a };
	struct pc_bb *home = a->call->bb;
	int from = 0;

	w.asked = pc_arg(a->call, a->api->count_arg);
	if (!w.asked || !count_can_be_short(a->call, a->api))
		return;
	while (from < home->nr_insns && home->insns[from] != a->call)
		from++;
	w.seen = pc_xcalloc(fn->nr_bbs, 1);
	walk(&w, home, from + 1);
	free(w.seen);
}

static void count_check(struct fn_info *fi)
{
	for_each_counted_acquisition(fi, check_acquisition);
}

void register_pin_count(void)
{
	add_function_hook(count_check);
}
