// SPDX-License-Identifier: GPL-2.0
/*
 * checks/over_release.c - the same pinned (or got) pages released twice
 * on one path.
 *
 *	unpin_user_pages(pages, nr);
 *	...
 *	out:
 *	unpin_user_pages(pages, nr);	<- the pins are dropped twice
 *
 * Two release calls of one function, the second reached from the first,
 * given the same pages: the same value, or a load of the same address
 * (the same base and index values; no store to it, no call that may fill
 * it again, and no new index on the way).  For puts, the pages must be
 * tracked ones (an acquisition of the model reaches them, or they are a
 * parameter's) without a get_page() of the code's own; the two releases
 * must not run under conditions that exclude each other.  A release inside a
 * helper (a summary) is not followed: only the function's own calls.
 */
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "../count.h"
#include "../loc.h"
#include "../track.h"
#include "../util.h"
#include "../words.h"

#define MAX_RELEASES	256	/* a function's releases compared */
#define MAX_VISIT	4096	/* blocks followed from one release */
#define MAX_DEPTH	8	/* of an address compared */

struct seen_release {
	struct release_site site;
	struct pc_value *pages;
	const struct origin *origin;
};

static struct seen_release releases[MAX_RELEASES];
static int nr_releases;


/*
 * What the pages' value is computed from: the instructions that, run
 * again, give another value (phis, calls, ...; not loads and arithmetic,
 * which compute the same from the same), and the loads, whose memory a
 * store may change.
 */
struct roots {
	struct pc_insn *defs[32];
	int nr_defs;
	struct loc *mem[8];
	int nr_mem;
	struct pc_value *bases[8];	/* pointers the pages are read through */
	int nr_bases;
};

static void add_roots(struct roots *r, struct pc_value *v, int depth)
{
	struct pc_insn *d;

	v = strip_casts(v);
	if (!v || v->kind != PC_VAL_REG || !v->def || depth > MAX_DEPTH)
		return;
	d = v->def;
	if (d->op == PC_OP_LOAD) {
		if (r->nr_mem < 8)
			r->mem[r->nr_mem++] = loc_rep(loc_of(&d->addr));
		if (r->nr_bases < 8)
			r->bases[r->nr_bases++] = strip_casts(d->addr_base);
		add_roots(r, d->addr_base, depth + 1);
	} else if (pc_op_binop(d->op)) {
		add_roots(r, d->src1, depth + 1);
		add_roots(r, d->src2, depth + 1);
	} else if (d->op == PC_OP_PTRCAST) {
		add_roots(r, d->src, depth + 1);
	} else if (r->nr_defs < 32) {
		r->defs[r->nr_defs++] = d;
	}
}

static int is_root_def(const struct roots *r, const struct pc_insn *insn)
{
	int i;

	for (i = 0; i < r->nr_defs; i++)
		if (r->defs[i] == insn)
			return 1;
	return 0;
}

/* A call given @v (or a pointer it is read through) may fill it again. */
static int call_touches(const struct roots *r, const struct pc_insn *call,
			struct pc_value *pages)
{
	int i, j;

	for (i = 0; i < call->nr_args; i++) {
		struct pc_value *a = strip_casts(call->args[i]);

		if (a == strip_casts(pages))
			return 1;
		for (j = 0; j < r->nr_bases; j++)
			if (a == r->bases[j])
				return 1;
	}
	return 0;
}

/* Whether @insn, met between the releases, makes the pages others. */
static int barrier(const struct roots *r, const struct pc_insn *insn,
		   struct pc_value *pages)
{
	int i;

	if (is_root_def(r, insn))
		return 1;
	if (insn->op == PC_OP_STORE) {
		struct loc *loc = loc_rep(loc_of(&insn->addr));

		for (i = 0; i < r->nr_mem; i++)
			if (r->mem[i] == loc)
				return 1;
	}
	if (insn->op == PC_OP_CALL) {
		const struct pc_api *api = insn->callee ?
			pc_model_lookup_name(insn->callee->name) : NULL;

		/* another release of them is this check's, not a barrier */
		if (!api || api->role != ROLE_RELEASE)
			return call_touches(r, insn, pages);
	}
	return 0;
}

/* The index of @insn in its block. */
static int insn_index(const struct pc_insn *insn)
{
	int i;

	for (i = 0; i < insn->bb->nr_insns; i++)
		if (insn->bb->insns[i] == insn)
			return i;
	return -1;
}

/*
 * Runs @bb from instruction @from on: 1 when @to is met, -1 at a
 * barrier, 0 at the end of the block.
 */
static int run_block(struct pc_bb *bb, int from, const struct pc_insn *to,
		     const struct roots *r, struct pc_value *pages)
{
	int i;

	for (i = from; i < bb->nr_insns; i++) {
		if (bb->insns[i] == to)
			return 1;
		if (barrier(r, bb->insns[i], pages))
			return -1;
	}
	return 0;
}

/* Whether @second runs after @first with the same pages in between. */
static int reaches(const struct pc_insn *first, const struct pc_insn *second,
		   const struct roots *r, struct pc_value *pages)
{
	struct pc_bb **queue, **seen;
	int head = 0, tail = 0, nr_seen = 0, found = 0, i, j, res;

	res = run_block(first->bb, insn_index(first) + 1, second, r, pages);
	if (res)
		return res > 0;
	queue = pc_xcalloc(MAX_VISIT, sizeof(*queue));
	seen = pc_xcalloc(MAX_VISIT, sizeof(*seen));
	queue[tail++] = first->bb;
	while (head < tail && !found) {
		struct pc_bb *bb = queue[head++];

		for (i = 0; i < bb->nr_children && !found; i++) {
			struct pc_bb *c = bb->children[i];

			for (j = 0; j < nr_seen && seen[j] != c; j++)
				;
			if (j < nr_seen || nr_seen == MAX_VISIT)
				continue;
			seen[nr_seen++] = c;
			res = run_block(c, 0, second, r, pages);
			if (res > 0)
				found = 1;
			else if (!res && tail < MAX_VISIT)
				queue[tail++] = c;
		}
	}
	free(queue);
	free(seen);
	return found;
}

static const char *taken(unsigned fam)
{
	return fam & FAM_PIN ? "pinned" : fam & FAM_GET ? "got" : "extracted";
}

static void report_twice(const struct seen_release *first,
			 const struct seen_release *second)
{
	struct pc_rel r = site_rel(&second->site);
	struct pc_acq a;
	struct words w;

	/* once a place: an inline helper's release is in each caller */
	if (!words_start(&w, PC_OVER_RELEASE, r.pos, &nr_releases))
		return;
	words_releaser(&w, &r);
	words_say(&w, " releases %s ", words_noun(r.api, 0));
	if (second->origin) {
		a = site_acq(second->origin);
		words_say(&w, "%s by ", taken(a.fam));
		words_origin(&w, &a, &r);
		words_say(&w, " ");
	}
	words_say(&w, "that %s() at line %d already released",
		  first->site.api->name, first->site.pos.line);
	words_json_release(&w, &r);
	if (second->origin)
		words_json_acq(&w, "acquisition", &a);
	words_json_place(&w, "first_release", first->site.pos);
	words_end(&w);
}

/* The pages' references are someone's: taken here, or the caller's. */
static int tracked(const struct fact *f)
{
	int l;

	if (f->fam & (FAM_PIN | FAM_GET | FAM_COND))
		return 1;
	for (l = 0; l < NR_LEVELS; l++)
		if (f->param[l])
			return 1;
	return 0;
}

/* The function's own release calls, as the engine judges them. */
static void note_release(const struct release_site *rel, const struct fact *f)
{
	struct seen_release *s;
	const struct origin *any;
	struct pc_insn *call = rel->call;

	if (!call || !call->callee || !call->callee->name ||
	    strcmp(call->callee->name, rel->api->name) ||
	    (rel->api->shape != SHAPE_PAGE && rel->api->shape != SHAPE_ARRAY) ||
	    nr_releases == MAX_RELEASES)
		return;
	/*
	 * Pins are not taken twice but by a pin call (which the path would
	 * show): any pages unpinned twice were unpinned once too many.  A
	 * put may drop a reference the code holds twice: only tracked pages,
	 * and none where its own get_page() reaches.
	 */
	if (rel->api->family != FAM_PIN &&
	    (!tracked(f) || origin_reaching(f, FAM_OWN, &rel->guards, &any)))
		return;
	s = &releases[nr_releases];
	s->origin = origin_reaching(f, FAM_PIN | FAM_GET | FAM_COND,
				    &rel->guards, &any);
	s->site = *rel;
	s->pages = pc_arg(call, rel->api->arg);
	if (s->pages)
		nr_releases++;
}

static void judge_pairs(struct fn_info *fi)
{
	int i, j;

	for (j = 0; j < nr_releases; j++) {
		struct seen_release *second = &releases[j];
		struct roots r = { 0 };

		add_roots(&r, second->pages, 0);
		for (i = 0; i < nr_releases; i++) {
			struct seen_release *first = &releases[i];

			if (first->site.call == second->site.call ||
			    first->site.api->shape != second->site.api->shape ||
			    !pc_same_value(first->pages, second->pages) ||
			    guards_exclusive(&first->site.guards,
					     &second->site.guards) ||
			    !reaches(first->site.call, second->site.call, &r,
				     second->pages))
				continue;
			report_twice(first, second);
			break;
		}
	}
	nr_releases = 0;
	(void)fi;
}

void register_over_release(void)
{
	nr_releases = 0;
	add_release_hook(note_release);
	add_function_hook(judge_pairs);
}
