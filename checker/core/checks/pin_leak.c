// SPDX-License-Identifier: GPL-2.0
/*
 * checks/pin_leak.c - pinned (or got) pages left behind when a later step
 * fails.
 *
 *	n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
 *	if (n <= 0)
 *		return -EFAULT;
 *	buf = kmalloc(len, GFP_KERNEL);
 *	if (!buf)
 *		return -ENOMEM;		<- the n pages stay pinned
 *	...
 *	unpin_user_pages(pages, n);
 *
 * The pages of a counted acquisition (count.c) must be released, or
 * handed on, on every path that returns an error, where the function
 * releases them on some path.  A path leaks where it leaves the others:
 * at a test of what a later call returned (the failed step), one side of
 * which meets nothing that releases, keeps or may keep the pages
 * (count.c: handling_of()) and returns an error.  Reported at that
 * return, naming the pin and the step.
 *
 * Where the function releases them on no path, or only their count was
 * kept (stored in a member), the pages may be someone else's to release:
 * such a path is judged only where it frees their array before it
 * returns (kvfree(pages): nobody can release them after that), or where
 * the array is a local variable of the function (&page) that the other
 * side of the step hands on: there it dies with the function.  And only
 * where nothing was handed the pages before the step.
 *
 * Precise before complete: the sides of tests of the count where nothing
 * was taken are not followed; the side where fewer were taken than asked
 * is the partial-pin check's; a test of anything but a call or inline
 * assembly (a flag, a member) is not a failed step, since the paths may
 * be correlated in ways not seen here; an exit that returns 0, a count
 * or a value not known is not judged; nor is one of pages maybe not the
 * function's own that neither frees their array nor loses the variable
 * that holds them (above).  Each is counted (--stats).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "../fix.h"
#include "../count.h"
#include "../stats.h"
#include "../loc.h"
#include "../util.h"
#include "../words.h"

#define MAX_ROUNDS	64	/* of the fixpoint over the blocks */

struct leak {
	struct pc_func *fn;
	const struct acquisition *a;
	/* per block: some path from it releases, keeps or may keep (a call
	 * given them: WEAK) the pages */
	char *reach_any;
	/* ... not counting calls given their table (a->table) */
	char *reach_untabled;
	/* ... keeps them, itself (not a release) */
	char *reach_keep;
	char *live;		/* per block: LIVE_* of the paths entering it */
	int released;		/* the function releases them on some path */
	int local;		/* the array is a variable of the function's */
};

/* How a path holds the pages where it enters a block */
#define LIVE_HELD	1	/* nothing released or kept them yet */
#define LIVE_COUNTED	2	/* only their count was kept (stored) */
#define LIVE_UNTOUCHED	4	/* and nothing was handed them at all */

/*
 * The sides of @bb's branch a path with the pages can take: not the one
 * where nothing was taken, nor the short one (partial_pin.c's).
 */
static int followed(const struct leak *l, struct pc_bb *bb,
		    struct pc_bb *child)
{
	struct pc_insn *last = pc_last_insn(bb);
	struct pc_value *n = l->a->count;

	if (!last || last->op != PC_OP_CBR)
		return 1;
	if (nothing_to_leak(l->a, last, child))
		return 0;
	return !count_can_be_short(l->a->call, l->a->api) ||
	       child != short_side(last, n);
}

#define STRONG	(1 << HANDLE_KEEP | 1 << HANDLE_RELEASE)
#define ANY	(STRONG | 1 << HANDLE_WEAK)
#define KEEP	(1 << HANDLE_KEEP)
#define RELEASE	(1 << HANDLE_RELEASE)

/*
 * From insn @from of @bb: 1 handled (one of the @mask handlings of the
 * pages of @a), 0 returns, -1 runs to the end.
 */
static int scan(const struct leak *l, const struct acquisition *a,
		struct pc_bb *bb, int from, unsigned mask)
{
	int i;

	for (i = from; i < bb->nr_insns; i++) {
		struct pc_insn *insn = bb->insns[i];

		/* round again to the acquisition: not followed further */
		if (insn == a->call || (mask & 1 << handling_of(insn, a)))
			return 1;
		if (insn->op == PC_OP_RET || insn->op == PC_OP_UNREACH)
			return 0;
	}
	return -1;
}

static int children_reach(const struct leak *l, struct pc_bb *bb,
			  const char *reach)
{
	int i;

	for (i = 0; i < bb->nr_children; i++) {
		int c = pc_bb_index(l->fn, bb->children[i]);

		if (c >= 0 && reach[c] && followed(l, bb, bb->children[i]))
			return 1;
	}
	return 0;
}

/*
 * Which blocks some path from their start reaches a handling of; 0 when
 * the rounds ran out first (a function too large: not judged).
 */
static int compute_reach(struct leak *l, const struct acquisition *a,
			 char *reach, unsigned mask)
{
	int changed = 1, rounds, i;

	for (rounds = 0; changed && rounds < MAX_ROUNDS; rounds++) {
		changed = 0;
		for (i = l->fn->nr_bbs - 1; i >= 0; i--) {
			struct pc_bb *bb = l->fn->bbs[i];
			int s;

			if (reach[i])
				continue;
			s = scan(l, a, bb, 0, mask);
			if (s == 1 || (s < 0 && children_reach(l, bb, reach))) {
				reach[i] = 1;
				changed = 1;
			}
		}
	}
	return !changed;
}

/*
 * How a path that enters @bb (or starts at insn @from) holding the pages
 * as @live says holds them at the end of the block, @skip aside (a failed
 * step hands nothing on); 0 where it stops (a release, a keep, a return,
 * round again to the acquisition).
 */
static int flow(const struct leak *l, struct pc_bb *bb, int from, int live,
		struct pc_insn *skip)
{
	int i;

	for (i = from; i < bb->nr_insns && live; i++) {
		struct pc_insn *insn = bb->insns[i];
		enum handling h;

		if (insn == l->a->call || insn->op == PC_OP_RET ||
		    insn->op == PC_OP_UNREACH)
			return 0;
		if (insn == skip)
			continue;
		h = handling_of(insn, l->a);
		if (h == HANDLE_WEAK)
			live &= ~LIVE_UNTOUCHED;
		else if (h != HANDLE_NONE && keeps_count(insn, l->a))
			live = (live & ~LIVE_HELD) | LIVE_COUNTED;
		else if (h != HANDLE_NONE)
			return 0;
	}
	return live;
}

/* Which blocks a path from the acquisition enters, holding the pages how. */
static void compute_live(struct leak *l, struct pc_bb *bb, int from, int live)
{
	int i;

	live = flow(l, bb, from, live, NULL);
	for (i = 0; live && i < bb->nr_children; i++) {
		struct pc_bb *c = bb->children[i];
		int ci = pc_bb_index(l->fn, c);

		if (ci < 0 || (l->live[ci] | live) == l->live[ci] ||
		    !followed(l, bb, c))
			continue;
		l->live[ci] |= live;
		compute_live(l, c, 0, l->live[ci]);
	}
}

/*
 * The value a load reads where its block stored it just before, with no
 * call between ("dma->len = dma_map_sg(...); if (!dma->len)": sparse
 * forwards the store, clang's lowering keeps the load), or NULL.
 */
static struct pc_value *stored_before(struct pc_insn *load)
{
	struct pc_bb *bb = load->bb;
	int i;

	for (i = 0; i < bb->nr_insns && bb->insns[i] != load; i++)
		;
	while (--i >= 0) {
		struct pc_insn *insn = bb->insns[i];

		if (insn->op == PC_OP_CALL)
			return NULL;
		if (insn->op == PC_OP_STORE && insn->offset == load->offset &&
		    loc_rep(loc_of(&insn->addr)) == loc_rep(loc_of(&load->addr)) &&
		    pc_same_value(insn->addr_base, load->addr_base))
			return insn->src;
	}
	return NULL;
}

/*
 * The call whose result @cond tests (through a compare with a constant,
 * casts, a store and its load): a step that can fail; not the
 * acquisition, nor a call of the model.  Or the inline assembly whose
 * output it tests: a hypercall, or get_user() on x86.  NULL when @cond
 * tests anything else.
 */
static struct pc_insn *step_call(const struct leak *l, struct pc_value *cond,
				 int depth)
{
	struct pc_insn *def;

	cond = cond ? strip_casts(cond) : cond;
	if (!cond || cond->kind != PC_VAL_REG || !cond->def || depth > 4)
		return NULL;
	def = cond->def;
	if (def->op == PC_OP_ASM)
		return def->target == cond ? def : NULL;
	if (def->op == PC_OP_CALL) {
		if (def == l->a->call || (!borrows(def) &&
		    pc_model_lookup_name(def->callee ? def->callee->name : "")))
			return NULL;
		return def;
	}
	if (pc_op_compare(def->op) && def->src2->kind == PC_VAL_CONST)
		return step_call(l, def->src1, depth + 1);
	if (def->op == PC_OP_PTRCAST)
		return step_call(l, def->src, depth + 1);
	if (def->op == PC_OP_LOAD)
		return step_call(l, stored_before(def), depth + 1);
	return NULL;
}

/*
 * The side of @cbr where @call, whose value it tests, failed by the
 * kernel's conventions (an int not 0 or below 0; a NULL or error
 * pointer): 1 the true side, 0 the false side, -1 neither for sure.
 */
static int failed_side(struct pc_insn *cbr, struct pc_insn *call)
{
	struct pc_value *cond = strip_casts(cbr->src);
	struct pc_insn *cmp = cond->def;
	int pointer = call->target && call->target->is_pointer;

	if (cond == call->target)	/* if (p): NULL failed; if (ret) */
		return !pointer;
	if (!cmp || !pc_op_compare(cmp->op) || cmp->src2->kind != PC_VAL_CONST)
		return -1;
	if (cmp->src2->cval != 0)	/* IS_ERR(): (unsigned long)p >= -4095 */
		return (cmp->op == PC_OP_SET_A || cmp->op == PC_OP_SET_AE) &&
		       cmp->src2->cval < 0 ? 1 : -1;
	switch (cmp->op) {
	case PC_OP_SET_NE: case PC_OP_SET_A:
		return !pointer;
	case PC_OP_SET_EQ: case PC_OP_SET_BE:
		return pointer;
	case PC_OP_SET_LT:
		return 1;
	case PC_OP_SET_GE:
		return 0;
	default:
		return -1;
	}
}

#define MAX_PATH	256	/* blocks of one path followed to its exit */
#define MAX_ERRNO	4095	/* the kernel's error codes: -1 .. -4095 */

/* A path from one side of a failed step to the function's exit. */
struct path {
	const struct leak *l;
	struct pc_insn *step;	/* the call that failed */
	int failed;		/* the side followed is the one where it did */
	int need_free;		/* judged only where it frees the array */
	int unfreed;		/* an error exit not judged for that */
	struct pc_bb *blocks[MAX_PATH];
	int depth;
	char *seen;
	struct pc_pos exit;
};

/* @v, its conversions stripped: ERR_PTR(ret) is ret. */
static struct pc_value *converted(struct pc_value *v)
{
	while (v && v->kind == PC_VAL_REG && v->def &&
	       (v->def->op == PC_OP_PTRCAST || v->def->op == PC_OP_CAST))
		v = v->def->src;
	return v;
}

/* The value @ret returns on the path: phis resolved along it. */
static struct pc_value *returned_on_path(const struct path *p,
					 struct pc_insn *ret)
{
	struct pc_value *v = converted(ret->src);
	int k = p->depth - 1, i;

	while (v && v->kind == PC_VAL_REG && v->def &&
	       v->def->op == PC_OP_PHI && k > 0) {
		struct pc_insn *phi = v->def;

		while (k > 0 && p->blocks[k] != phi->bb)
			k--;
		if (k <= 0)
			break;
		for (i = 0; i < phi->nr_phis; i++)
			if (phi->phis[i]->bb == p->blocks[k - 1])
				break;
		if (i == phi->nr_phis)
			return NULL;
		v = converted(phi->phis[i]->src);
		k--;
	}
	return v;
}

/* -EFAULT and the like, as an int or as a 32-bit constant of the IR. */
static int is_errno(long long v)
{
	return (v < 0 && v >= -MAX_ERRNO) ||
	       (v >= 0x100000000LL - MAX_ERRNO && v < 0x100000000LL);
}

/*
 * Whether the path returns an error: a negative constant (or its error
 * pointer), NULL from a function that returns a pointer, or what the
 * failed step returned.  A path that returns 0, a count or anything not
 * known may be one where the pages went on: not judged.
 */
static int returns_error(const struct path *p, struct pc_insn *ret)
{
	struct pc_value *v = returned_on_path(p, ret);
	int pointer = ret->src && ret->src->is_pointer;

	if (!v)
		return 0;
	if (v->kind == PC_VAL_CONST)
		return is_errno(v->cval) || (v->cval == 0 && pointer);
	return p->failed && v == p->step->target;
}

/* Whether the path, up to insn @upto of its last block, frees the array. */
static int path_frees(const struct path *p, int upto)
{
	int k, i;

	for (k = 1; k < p->depth; k++) {
		struct pc_bb *bb = p->blocks[k];
		int end = k == p->depth - 1 ? upto : bb->nr_insns;

		for (i = 0; i < end; i++)
			if (frees_array(bb->insns[i], p->l->a))
				return 1;
	}
	return 0;
}

/*
 * Where the path leaves by @ret, insn @upto of its last block, entered
 * from @from: exit_pos(), or where neither is in the acquisition's file
 * (the return and the jumps of "return ERR_PTR(ret);" are the inlined
 * ERR_PTR()'s, in a header), the last computation of the path that is.
 */
static struct pc_pos exit_place(const struct path *p, int upto,
				struct pc_insn *from, struct pc_insn *ret)
{
	int k, i;

	if ((from && in_home_file(from->pos, p->l->a)) ||
	    in_home_file(ret->pos, p->l->a))
		return exit_pos(from, ret, p->l->a);
	for (k = p->depth - 1; k >= 1; k--) {
		struct pc_bb *bb = p->blocks[k];

		for (i = (k == p->depth - 1 ? upto : bb->nr_insns) - 1; i >= 0; i--) {
			struct pc_insn *insn = bb->insns[i];

			/* a phi's source is placed at its variable */
			if (insn->op != PC_OP_PHISRC && insn->op != PC_OP_PHI &&
			    in_home_file(insn->pos, p->l->a))
				return insn->pos;
		}
	}
	return exit_pos(from, ret, p->l->a);
}

/*
 * Whether a path from @bb, which handles nothing, leaves the function
 * with an error (p->exit: the jump into the returning block, or the
 * return); paths that end unreachable or not in an error are not.
 */
static int exit_of(struct path *p, struct pc_bb *bb, struct pc_insn *from)
{
	int i = pc_bb_index(p->l->fn, bb);

	if (i < 0 || p->seen[i] || p->depth == MAX_PATH)
		return 0;
	p->seen[i] = 1;
	p->blocks[p->depth++] = bb;
	for (i = 0; i < bb->nr_insns; i++) {
		struct pc_insn *insn = bb->insns[i];

		if (insn->op == PC_OP_RET) {
			if (!returns_error(p, insn))
				break;
			if (p->need_free && !path_frees(p, i)) {
				p->unfreed = 1;
				break;
			}
			p->exit = exit_place(p, i, from, insn);
			return 1;
		}
		if (insn->op == PC_OP_UNREACH)
			break;
	}
	if (i < bb->nr_insns) {		/* returns, not in an error */
		p->depth--;
		return 0;
	}
	for (i = 0; i < bb->nr_children; i++) {
		if (!followed(p->l, bb, bb->children[i]))
			continue;
		if (exit_of(p, bb->children[i], pc_last_insn(bb)))
			return 1;
	}
	p->depth--;
	return 0;
}

/* An array argument's text a release can repeat: a, a->b, a.b, &a */
static int simple_place(const char *s, const char **word)
{
	const char *p;

	*word = s;
	for (p = s; *p; p++) {
		if (p == s && *p == '&')
			continue;
		if (*p == '-' && p[1] == '>') {
			*word = ++p + 1;
			continue;
		}
		if (*p == '.') {
			*word = p + 1;
			continue;
		}
		if (!(isalnum((unsigned char)*p) || *p == '_'))
			return 0;
	}
	if (**word == '&')
		(*word)++;
	return **word && !isdigit((unsigned char)**word);
}

/*
 * The fix of a leak: the release statement inserted before the exit, in
 * the block the failed step's test opens, with the array the acquisition
 * was given and the variable its count was assigned to, where nothing on
 * the lines between writes either.
 */
static struct pc_edit *leak_fix(const struct leak *l, struct pc_pos exit,
				int step_line, int one, int pin)
{
	const struct pc_api *api = l->a->api;
	struct pc_pos at = l->a->call->pos;
	char arr[128], cnt[128], stmt[300];
	const char *word;

	if (api->shape != SHAPE_ARRAY || !at.file || !exit.file ||
	    strcmp(at.file, exit.file) || exit.line <= at.line ||
	    !fix_call_arg(at, api->name, api->arg, arr, sizeof(arr)) ||
	    !simple_place(arr, &word) ||
	    fix_written_between(at.file, at.line, exit.line - 1, word))
		return NULL;
	if (arr[0] == '&') {
		snprintf(stmt, sizeof(stmt), "%s(%s)",
			 pin ? "unpin_user_page" : "put_page", arr + 1);
	} else if (fix_result_name(at, api->name, cnt, sizeof(cnt)) &&
		   !fix_written_between(at.file, at.line, exit.line - 1, cnt)) {
		snprintf(stmt, sizeof(stmt), "%s(%s, %s)",
			 pin ? "unpin_user_pages" : "release_pages", arr, cnt);
	} else if (one) {
		snprintf(stmt, sizeof(stmt), "%s(%s[0])",
			 pin ? "unpin_user_page" : "put_page", arr);
	} else {
		return NULL;
	}
	return fix_insert_before_exit(exit, step_line, word, stmt);
}

static void report_leak(const struct leak *l, struct pc_insn *step,
			struct pc_pos exit, struct pc_pos jump)
{
	const struct pc_api *api = l->a->api;
	int pin = api->family == FAM_PIN;
	int one = !count_can_be_short(l->a->call, api);
	const char *cure = pin ? (one ? "unpin_user_page" : "unpin_user_pages") :
				 (one ? "put_page" : "release_pages");
	struct pc_acq acq = {
		.api = api, .fam = api->family, .pos = l->a->call->pos,
		.fn = l->fn->sym ? l->fn->sym->name : NULL,
	};
	struct pc_edit *fix;
	struct words w;

	if (!words_start(&w, PC_PIN_LEAK, exit, step))
		return;
	words_say(&w, "%s %s by %s() at line %d %s here when the step at line %d fails; %s %s first with %s()",
		  one ? "the page" : "pages", pin ? "pinned" : "got",
		  api->name, acq.pos.line, one ? "leaks" : "leak",
		  step->pos.line, pin ? "unpin" : one ? "put" : "release",
		  one ? "it" : "them", cure);
	words_json_acq(&w, "acquisition", &acq);
	words_json_place(&w, "failed_step", step->pos);
	words_json_str(&w, "cure", cure);
	fix = leak_fix(l, exit, step->pos.line, one, pin);
	if (!fix && jump.line)
		fix = leak_fix(l, jump, step->pos.line, one, pin);
	words_fix(&w, fix);
	words_end(&w);
}

/*
 * Whether the path into @side of @bb's branch meets no handling at all
 * (as @reach says).
 */
static int leaves_behind(const struct leak *l, struct pc_bb *bb,
			 struct pc_bb *side, const char *reach)
{
	int i = pc_bb_index(l->fn, side);

	return i >= 0 && !reach[i] && followed(l, bb, side);
}

/* Follows @side of the failed @step to an exit; reports a leak there. */
/*
 * The goto that ends the side of the failed test, when only the test
 * enters it: a fix can go before it when the exit is shared.
 */
static struct pc_pos side_jump(struct pc_bb *side)
{
	struct pc_insn *br = pc_last_insn(side);
	struct pc_pos none = { 0 };

	if (side->nr_parents != 1 || !br || br->op != PC_OP_BR)
		return none;
	return br->pos;
}

static void follow_side(struct leak *l, struct pc_insn *cbr,
			struct pc_insn *step, struct pc_bb *side, int failed,
			int need_free)
{
	struct path *p = pc_xcalloc(1, sizeof(*p));

	p->l = l;
	p->step = step;
	p->failed = failed;
	p->need_free = need_free;
	p->seen = pc_xcalloc(l->fn->nr_bbs, 1);
	p->blocks[p->depth++] = cbr->bb;
	if (exit_of(p, side, cbr)) {
		pc_stat(PC_STAT_EXITS_LEAK);
		report_leak(l, cbr, p->exit, side_jump(side));
	} else {
		pc_stat(p->unfreed ? PC_STAT_EXITS_UNFREED :
				     PC_STAT_EXITS_NO_ERROR);
	}
	free(p->seen);
	free(p);
}

/*
 * The leaking sides of the branch that ends @bb, entered (or left by the
 * acquisition at insn @from) holding the pages as @live says; each
 * reported.
 */
static void check_branch(struct leak *l, struct pc_bb *bb, int from, int live)
{
	struct pc_insn *cbr = pc_last_insn(bb);
	struct pc_insn *step;
	struct pc_bb *sides[2];
	int i, given, failed, need_free;

	if (!cbr || cbr->op != PC_OP_CBR)
		return;
	sides[0] = cbr->bb_true;
	sides[1] = cbr->bb_false;
	if (!leaves_behind(l, bb, sides[0], l->reach_untabled) &&
	    !leaves_behind(l, bb, sides[1], l->reach_untabled))
		return;
	/* "if (pages)": the array, not a step */
	if (from_pages(cbr->src, l->a->array, 0))
		return;
	step = step_call(l, cbr->src, 0);
	if (!step) {
		pc_stat(PC_STAT_TESTS_NOT_STEPS);
		return;
	}
	live = flow(l, bb, from, live, step);
	/* maybe not this function's to release: see the top */
	need_free = !(live & LIVE_HELD) || !l->released;
	if (!live || (need_free && !(live & LIVE_UNTOUCHED)))
		return;
	given = !borrows(step) && handling_of(step, l->a) == HANDLE_WEAK &&
		given_pages(step, l->a);
	failed = failed_side(cbr, step);
	for (i = 0; i < 2; i++) {
		int other = pc_bb_index(l->fn, sides[!i]);
		/*
		 * Where the call that tables the pages failed, the table
		 * holds none of them: a teardown given it releases others.
		 */
		const char *reach = borrows(step) && failed == !i ?
				    l->reach_untabled : l->reach_any;

		if (!leaves_behind(l, bb, sides[i], reach) || other < 0)
			continue;
		pc_stat(PC_STAT_STEPS);
		/*
		 * A call given the pages may keep them where it succeeds; a
		 * leak only where the function keeps them itself on the
		 * other side (the call did not).
		 */
		if (given && !l->reach_keep[other]) {
			pc_stat(PC_STAT_EXITS_GIVEN);
			continue;
		}
		/* sides[0] is the true side */
		follow_side(l, cbr, step, sides[i], failed == !i, need_free &&
			    !(l->local && l->reach_any[other]));
	}
}

/* The branches of the blocks entered with the pages held. */
static void check_blocks(struct leak *l, int from, const char *reach_rel)
{
	struct pc_bb *home = l->a->call->bb;
	int i;

	/* a function that never releases them may hand them on unseen */
	l->released = children_reach(l, home, reach_rel);
	l->local = loc_rep(l->a->array)->kind == LOC_SYM &&
		   !loc_rep(l->a->array)->global;
	if (!l->released)
		pc_stat(PC_STAT_PINS_UNRELEASED);
	check_branch(l, home, from, LIVE_HELD | LIVE_UNTOUCHED);
	for (i = 0; i < l->fn->nr_bbs; i++)
		if (l->live[i] && l->fn->bbs[i] != home)
			check_branch(l, l->fn->bbs[i], 0, l->live[i]);
}

static void check_acquisition(struct pc_func *fn, const struct acquisition *a)
{
	struct leak l = { .fn = fn, .a = a };
	struct acquisition untabled = *a;
	struct pc_bb *home = a->call->bb;
	char *reach_rel;
	int from = 0;

	while (from < home->nr_insns && home->insns[from] != a->call)
		from++;
	from++;
	l.reach_any = pc_xcalloc(fn->nr_bbs, 1);
	l.reach_untabled = a->table ? pc_xcalloc(fn->nr_bbs, 1) : l.reach_any;
	l.reach_keep = pc_xcalloc(fn->nr_bbs, 1);
	reach_rel = pc_xcalloc(fn->nr_bbs, 1);
	l.live = pc_xcalloc(fn->nr_bbs, 1);
	pc_stat(PC_STAT_PINS);
	untabled.table = NULL;
	if (!compute_reach(&l, a, l.reach_any, ANY) ||
	    (a->table &&
	     !compute_reach(&l, &untabled, l.reach_untabled, ANY)) ||
	    !compute_reach(&l, a, l.reach_keep, KEEP) ||
	    !compute_reach(&l, a, reach_rel, RELEASE)) {
		pc_stat(PC_STAT_PINS_LARGE);
	} else {
		compute_live(&l, home, from, LIVE_HELD | LIVE_UNTOUCHED);
		check_blocks(&l, from, reach_rel);
	}
	if (l.reach_untabled != l.reach_any)
		free(l.reach_untabled);
	free(l.reach_any);
	free(l.reach_keep);
	free(reach_rel);
	free(l.live);
}

static void leak_check(struct fn_info *fi)
{
	for_each_counted_acquisition(fi, check_acquisition);
}

void register_pin_leak(void)
{
	add_function_hook(leak_check);
}
