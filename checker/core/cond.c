// SPDX-License-Identifier: GPL-2.0
/*
 * core/cond.c - conditional pins: what says a COND acquisition pinned.
 *
 * iov_iter_extract_pages() (6.3+) pins the pages of a user-backed
 * iterator (UBUF, IOVEC) and takes no reference at all on the others
 * (KVEC, BVEC, ...).  What decides it is the iterator's kind, and code
 * learns it in many equivalent ways, all lines of the model:
 *  - a test: iov_iter_extract_will_pin(), user_backed_iter(),
 *    iter_is_ubuf(), iov_iter_is_kvec(), ... (ITER_TEST), or
 *    iov_iter_type() compared with, or switched on, the ITER_* values of
 *    the file's own enum iter_type (ITER_TYPE);
 *  - the answer kept for later: in a variable or a struct member
 *    (dio->need_unpin = iov_iter_extract_will_pin(iter)), or as a flag set
 *    under it (bio_set_flag(bio, BIO_PAGE_PINNED));
 *  - the iterator made here: iov_iter_ubuf(&iter, ...) (ITER_MAKE);
 *  - the callers of a static function, when every call in the file
 *    passes an iterator of known kinds (assumed: a function pointer
 *    elsewhere may call it too, so it only ever silences).
 * A test becomes a G_KINDS guard of the iterator (guard.c keeps the kinds
 * of each path); cond_will_pin() and cond_wont_pin() read them.
 */
#include <stdlib.h>
#include <string.h>

#include "cond.h"
#include "guard.h"
#include "loc.h"
#include "model.h"
#include "util.h"

#define MAX_PLACES	64
#define MAX_ROUNDS	3	/* callers' kinds through this many calls */
#define MAX_SEEDED	16	/* parameters a function's callers tell of */

struct place {
	const struct loc *loc;
	unsigned kinds;		/* of the test whose answer it holds */
};

struct flag {
	const struct loc *loc;
	long long mask;
};

/* What is known on entry to a function: its made iterators, its callers'. */
struct seed {
	struct pc_sym *sym;		/* the function */
	struct guards made;
	unsigned callers[MAX_SEEDED];	/* kinds passed, or'ed over calls */
	unsigned seen;			/* parameters a call passed */
	unsigned next_callers[MAX_SEEDED], next_seen;	/* this round's */
	int pinned_callers;	/* every call runs where the answer is yes */
	int calls_yes, calls_other;	/* this round's calls of it */
	struct seed *next;
};

static struct place places[MAX_PLACES];
static int nr_places;
static struct flag flags[MAX_PLACES];		/* set when it was yes */
static int nr_flags;
static struct seed *seeds;
static long long kind_val[NR_ITER_KINDS];	/* the file's ITER_* values */
static unsigned kinds_declared;
static int kinds_read;

/* The model's entry of @role for the call that defines @p, or NULL. */
static const struct pc_api *call_api(struct pc_value *p, enum pc_role role,
				     struct pc_insn **call)
{
	const struct pc_api *api;

	p = strip_casts(p);
	if (!p || p->kind != PC_VAL_REG || !p->def ||
	    p->def->op != PC_OP_CALL || !p->def->callee)
		return NULL;
	api = pc_model_lookup_name(p->def->callee->name);
	if (!api || api->role != role)
		return NULL;
	*call = p->def;
	return api;
}

/*
 * Which iterator pointer @it is: a local variable's address, a
 * parameter, or where the pointer was loaded from.  Not the memory it
 * points to: every struct iov_iter is one location there (its members).
 */
static const void *iter_id(struct pc_value *it)
{
	it = pc_uncast(it);
	if (!it || it->kind == PC_VAL_CONST || it->kind == PC_VAL_VOID ||
	    it->kind == PC_VAL_UNDEF)
		return NULL;
	if (it->kind == PC_VAL_SYM)
		return it->sym;
	if (it->kind == PC_VAL_REG && it->def && it->def->op == PC_OP_LOAD)
		return loc_of(&it->def->addr);
	return it;
}

/* The iterator argument @arg of @call. */
static const void *iter_of(struct pc_insn *call, int arg)
{
	return iter_id(pc_arg(call, arg));
}

static void read_kinds(void)
{
	const struct pc_frontend *fe = tu_frontend();
	int i;

	if (kinds_read)
		return;
	kinds_read = 1;
	for (i = 0; i < NR_ITER_KINDS; i++)
		if (fe && fe->enum_value &&
		    fe->enum_value(pc_kind_enum(1u << i), &kind_val[i]))
			kinds_declared |= 1u << i;
}

/* The kinds whose ITER_* value is @v in this file. */
static unsigned kinds_valued(long long v)
{
	unsigned kinds = 0;
	int i;

	read_kinds();
	for (i = 0; i < NR_ITER_KINDS; i++)
		if ((kinds_declared & (1u << i)) && kind_val[i] == v)
			kinds |= 1u << i;
	return kinds;
}

/* @v is an iterator's kind: iov_iter_type(), or iov_iter.iter_type. */
static const void *kind_value_of(struct pc_value *v)
{
	const struct pc_frontend *fe = tu_frontend();
	const struct pc_member *m;
	const struct pc_api *api;
	struct pc_insn *call;

	api = call_api(v, ROLE_ITER_TYPE, &call);
	if (api)
		return iter_of(call, api->arg);
	v = strip_casts(v);
	if (!v || v->kind != PC_VAL_REG || !v->def || v->def->op != PC_OP_LOAD ||
	    v->def->addr.kind != PC_ADDR_MEMBER || !fe || !fe->member_named)
		return NULL;
	m = fe->member_named("iov_iter", "iter_type");
	return m && v->def->addr.member == m ? iter_id(v->def->addr_base) : NULL;
}

static int kinds_guard(const void *subject, unsigned kinds, struct guard *g)
{
	memset(g, 0, sizeof(*g));
	if (!subject)
		return 0;
	g->kind = G_KINDS;
	g->nr = 1;
	g->subject = subject;
	g->vals[0] = kinds & KIND_ALL;
	return 1;
}

int cond_kind_guard(struct pc_value *c, int truth, struct guard *g)
{
	const struct pc_api *api;
	struct pc_insn *call;
	const void *subject;

	api = call_api(c, ROLE_ITER_TEST, &call);
	if (api)
		return kinds_guard(iter_of(call, api->arg),
				   truth ? api->kinds : ~api->kinds, g);
	subject = kind_value_of(c);
	if (!subject || !kinds_valued(0))
		return 0;
	/* the kind's truth: it is not the kind whose value is 0 */
	return kinds_guard(subject, truth ? ~kinds_valued(0) : kinds_valued(0),
			   g);
}

int cond_kind_compare(struct pc_value *v, long long k, int equal,
		      struct guard *g)
{
	const void *subject = kind_value_of(v);
	unsigned kinds;

	if (!subject)
		return 0;
	kinds = kinds_valued(k);
	if (!kinds)
		return 0;
	return kinds_guard(subject, equal ? kinds : ~kinds, g);
}

struct case_kinds {
	unsigned here, all;
};

static int add_case_kinds(long long v, int here, void *data)
{
	struct case_kinds *ck = data;

	ck->all |= kinds_valued(v);
	if (here)
		ck->here |= kinds_valued(v);
	return 0;
}

int cond_switch_guard(struct pc_insn *sw, struct pc_bb *to, struct guard *g)
{
	const void *subject = kind_value_of(sw->src);
	struct case_kinds ck = { 0, 0 };
	int is_default;

	if (!subject)
		return 0;
	is_default = pc_switch_values(sw, to, NR_ITER_KINDS * 2,
				      add_case_kinds, &ck);
	if (is_default < 0)
		return 0;
	if (is_default)
		ck.here |= ~ck.all;
	return kinds_guard(subject, ck.here, g);
}

static const struct place *place_of(const void *loc)
{
	int i;

	for (i = 0; i < nr_places; i++)
		if (places[i].loc == loc)
			return &places[i];
	return NULL;
}

int cond_subject(const struct guard *g)
{
	return g->kind == G_KINDS || (g->on_loc && place_of(g->subject));
}

/* The kinds guard @g implies (KIND_ALL: none); @real: not assumed ones */
static unsigned guard_kinds(const struct guard *g, int real)
{
	const struct place *pl;
	int i;

	switch (g->kind) {
	case G_KINDS:
		return real && g->assumed ? KIND_ALL : (unsigned)g->vals[0];
	case G_TRUE:
	case G_FALSE:
		pl = g->on_loc ? place_of(g->subject) : NULL;
		if (!pl)
			return KIND_ALL;
		return g->kind == G_TRUE ? pl->kinds : KIND_ALL & ~pl->kinds;
	case G_BIT_SET:
	case G_BIT_CLEAR:
		for (i = 0; g->on_loc && i < nr_flags; i++) {
			if (flags[i].loc != g->subject)
				continue;
			if (g->kind == G_BIT_SET && (flags[i].mask & g->vals[0]))
				return KIND_USER;
			if (g->kind == G_BIT_CLEAR &&
			    (flags[i].mask & g->vals[0]) == flags[i].mask)
				return KIND_ALL & ~KIND_USER;
		}
		return KIND_ALL;
	}
	return KIND_ALL;
}

/* The kinds @g's subject has under all of @gs. */
static unsigned subject_kinds(const struct guards *gs, const struct guard *g,
			      int real)
{
	unsigned kinds = guard_kinds(g, real);
	int i;

	if (g->kind != G_KINDS)
		return kinds;
	for (i = 0; i < gs->nr; i++)
		if (gs->g[i].kind == G_KINDS && gs->g[i].subject == g->subject)
			kinds &= guard_kinds(&gs->g[i], real);
	return kinds;
}

int cond_will_pin(const struct guards *g)
{
	int i;

	for (i = 0; i < g->nr; i++)
		if (!(subject_kinds(g, &g->g[i], 0) & ~KIND_USER))
			return 1;
	return 0;
}

int cond_wont_pin(const struct guards *g)
{
	int i;

	for (i = 0; i < g->nr; i++)
		if (!(subject_kinds(g, &g->g[i], 1) & KIND_USER))
			return 1;
	return 0;
}

int cond_in_view(void)
{
	return nr_places || nr_flags;
}

static void add_place(const struct loc *loc, unsigned kinds)
{
	if (!place_of(loc) && nr_places < MAX_PLACES) {
		places[nr_places].loc = loc;
		places[nr_places++].kinds = kinds;
	}
}

static struct seed *seed_of(struct pc_sym *sym, int make)
{
	struct seed *s;

	for (s = seeds; s; s = s->next)
		if (s->sym == sym)
			return s;
	if (!make)
		return NULL;
	s = pc_xcalloc(1, sizeof(*s));
	s->sym = sym;
	s->next = seeds;
	seeds = s;
	return s;
}

/* An iterator made in @fn, in a local variable: its kinds, everywhere. */
static void made_here(struct pc_func *fn, struct pc_insn *insn,
		      const struct pc_api *api)
{
	struct pc_value *it = pc_arg(insn, api->arg);
	struct seed *s;
	struct guard g;
	int i;

	if (!it || it->kind != PC_VAL_SYM || !it->sym || it->sym->global)
		return;
	s = seed_of(fn->sym, 1);
	for (i = 0; i < s->made.nr; i++) {
		if (s->made.g[i].subject == it->sym) {
			s->made.g[i].vals[0] |= api->kinds;
			return;
		}
	}
	if (kinds_guard(it->sym, api->kinds, &g))
		guards_add(&s->made, &g);
}

/*
 * The places that keep an answer and the iterators made here; returns
 * whether the file has anything of the kind at all.
 */
static int scan_insns(struct pc_func *fn)
{
	const struct pc_api *api;
	struct pc_insn *call;
	int any = 0, i, j;

	for (i = 0; i < fn->nr_bbs; i++) {
		struct pc_bb *bb = fn->bbs[i];

		for (j = 0; j < bb->nr_insns; j++) {
			struct pc_insn *insn = bb->insns[j];

			if (insn->op == PC_OP_STORE &&
			    (api = call_api(insn->src, ROLE_ITER_TEST, &call)))
				add_place(loc_of(&insn->addr), api->kinds);
			if (insn->op != PC_OP_CALL || !insn->callee)
				continue;
			api = pc_model_lookup_name(insn->callee->name);
			if (!api)
				continue;
			any |= api->role == ROLE_ITER_TEST ||
			       api->role == ROLE_ITER_TYPE ||
			       api->family == FAM_COND;
			if (api->role == ROLE_ITER_MAKE)
				made_here(fn, insn, api);
		}
	}
	return any;
}

/* x->flags = x->flags | MASK, where the answer was yes. */
static void scan_flags(struct pc_func *fn, struct guard_map *map)
{
	int i, j;

	for (i = 0; i < fn->nr_bbs; i++) {
		struct pc_bb *bb = fn->bbs[i];

		if (!cond_will_pin(guards_at(map, bb)))
			continue;
		for (j = 0; j < bb->nr_insns; j++) {
			struct pc_insn *insn = bb->insns[j], *or;
			struct pc_value *k, *v;

			if (insn->op != PC_OP_STORE)
				continue;
			v = strip_casts(insn->src);
			or = v && v->kind == PC_VAL_REG ? v->def : NULL;
			if (!or || or->op != PC_OP_OR)
				continue;
			k = or->src2->kind == PC_VAL_CONST ? or->src2 : or->src1;
			if (k->kind != PC_VAL_CONST || nr_flags == MAX_PLACES)
				continue;
			flags[nr_flags].loc = loc_of(&insn->addr);
			flags[nr_flags++].mask = k->cval;
		}
	}
}

/*
 * The body of a call the model says releases only what a COND acquisition
 * pinned (6.12's __bio_release_pages(), called under BIO_PAGE_PINNED):
 * its callers keep the contract, so its releases run on pinned pages.
 */
static int contract_pinned(struct pc_func *fn, struct guard *g)
{
	const struct pc_api *api = fn->sym ?
		pc_model_lookup_name(fn->sym->name) : NULL;

	if (!api || api->role != ROLE_RELEASE || api->family != FAM_COND ||
	    !kinds_guard(fn, KIND_USER, g))
		return 0;
	g->assumed = 1;
	return 1;
}

void cond_entry_guards(struct pc_func *fn, struct guards *entry)
{
	struct seed *s = seed_of(fn->sym, 0);
	struct guard g;
	int i;

	entry->nr = 0;
	if (contract_pinned(fn, &g))
		guards_add(entry, &g);
	if (!s)
		return;
	if (s->pinned_callers && kinds_guard(fn, KIND_USER, &g)) {
		g.assumed = 1;
		guards_add(entry, &g);
	}
	guards_add_all(entry, &s->made);
	for (i = 0; i < fn->nr_args && i < MAX_SEEDED; i++) {
		unsigned kinds = s->callers[i] & KIND_ALL;

		if (!(s->seen & (1u << i)) || kinds == KIND_ALL ||
		    !fn->args[i] || !fn->args[i]->is_pointer ||
		    !kinds_guard(iter_id(fn->args[i]), kinds, &g))
			continue;
		g.assumed = 1;
		guards_add(entry, &g);
	}
}

/* The kinds the guards @gs know of the iterator @it. */
static unsigned kinds_at(const struct guards *gs, struct pc_value *it)
{
	const void *id = iter_id(it);
	unsigned kinds = KIND_ALL;
	int i;

	for (i = 0; i < gs->nr; i++)
		if (gs->g[i].kind == G_KINDS && gs->g[i].subject == id)
			kinds &= gs->g[i].vals[0];
	return kinds;
}

/* The kinds @call passes to a static function of the file, for later. */
static void pass_kinds(struct fn_info *caller, struct pc_insn *call)
{
	const struct guards *gs = guards_at(caller->guards, call->bb);
	struct seed *s;
	int i;

	if (!call->callee || !call->callee->is_static ||
	    !call->callee->defined)
		return;
	s = seed_of(call->callee, 0);
	if (!s)
		return;
	for (i = 0; i < call->nr_args && i < MAX_SEEDED; i++) {
		struct pc_value *it = call->args[i];

		if (!it->is_pointer || it->kind == PC_VAL_CONST)
			continue;
		s->next_seen |= 1u << i;
		s->next_callers[i] |= kinds_at(gs, it);
	}
}

/* One round: each static function's callers' kinds; whether they changed */
static int seed_callers(struct fn_info *functions)
{
	struct fn_info *fi;
	struct seed *s;
	int changed = 0, i, j;

	for (fi = functions; fi; fi = fi->next) {
		for (i = 0; i < fi->fn->nr_bbs; i++) {
			struct pc_bb *bb = fi->fn->bbs[i];

			for (j = 0; j < bb->nr_insns; j++)
				if (bb->insns[j]->op == PC_OP_CALL)
					pass_kinds(fi, bb->insns[j]);
		}
	}
	for (s = seeds; s; s = s->next) {
		if (s->next_seen != s->seen ||
		    memcmp(s->next_callers, s->callers, sizeof(s->callers))) {
			s->seen = s->next_seen;
			memcpy(s->callers, s->next_callers, sizeof(s->callers));
			changed = 1;
		}
		s->next_seen = 0;
		memset(s->next_callers, 0, sizeof(s->next_callers));
	}
	return changed;
}

/*
 * A static helper called only where the answer is yes (bio.c's
 * bvec_unpin(), called under BIO_PAGE_PINNED): its releases run on
 * pinned pages, as in a COND release's body.  Assumed, as callers'
 * kinds are: a function pointer elsewhere may call it too.  Returns
 * whether a function became one.
 */
static int seed_pinned_callers(struct fn_info *functions)
{
	struct fn_info *fi;
	struct seed *s;
	int changed = 0, i, j;

	for (s = seeds; s; s = s->next)
		s->calls_yes = s->calls_other = 0;
	for (fi = functions; fi; fi = fi->next) {
		for (i = 0; i < fi->fn->nr_bbs; i++) {
			struct pc_bb *bb = fi->fn->bbs[i];
			int yes = cond_will_pin(guards_at(fi->guards, bb));

			for (j = 0; j < bb->nr_insns; j++) {
				struct pc_insn *insn = bb->insns[j];

				if (insn->op != PC_OP_CALL || !insn->callee ||
				    !(s = seed_of(insn->callee, 0)))
					continue;
				if (yes)
					s->calls_yes++;
				else
					s->calls_other++;
			}
		}
	}
	for (s = seeds; s; s = s->next) {
		int pinned = s->sym->is_static && s->sym->defined &&
			     s->calls_yes && !s->calls_other;

		changed |= pinned && !s->pinned_callers;
		s->pinned_callers |= pinned;
	}
	return changed;
}

static void compute_all(struct fn_info *functions)
{
	struct fn_info *fi;

	for (fi = functions; fi; fi = fi->next) {
		guards_free(fi->guards);
		fi->guards = guards_compute(fi->fn);
	}
}

void cond_prescan(struct fn_info *functions)
{
	struct fn_info *fi;
	int any = 0, round;

	for (fi = functions; fi; fi = fi->next)
		any |= scan_insns(fi->fn);
	/* most files never ask: no guards to compute for them */
	if (!any && !nr_places)
		return;
	for (fi = functions; fi; fi = fi->next)
		seed_of(fi->sym, 1);
	compute_all(functions);
	for (round = 0; round < MAX_ROUNDS; round++) {
		if (!seed_callers(functions))
			break;
		compute_all(functions);
	}
	for (fi = functions; fi; fi = fi->next)
		scan_flags(fi->fn, fi->guards);
	for (round = 0; round < MAX_ROUNDS; round++) {
		if (!seed_pinned_callers(functions))
			break;
		compute_all(functions);
	}
}

void cond_reset(void)
{
	nr_places = nr_flags = 0;
	kinds_read = 0;
	kinds_declared = 0;
	while (seeds) {
		struct seed *s = seeds;

		seeds = s->next;
		free(s);
	}
}
