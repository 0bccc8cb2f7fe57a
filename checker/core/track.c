// SPDX-License-Identifier: GPL-2.0
/*
 * core/track.c - the family of every value, within one function.
 *
 * The IR is in SSA form, so a value's fact is flow-insensitive: it
 * is the union of what reaches its definition (phi nodes are joins).
 * Memory is named by loc.c; a location's fact is the union of what is
 * stored in it anywhere.  We sweep the instructions until nothing
 * changes; facts only grow, so this ends.  Calls to the model's APIs
 * acquire and release; calls to functions with a summary apply it.
 */
#include <stdlib.h>
#include <string.h>

#include "fresh.h"
#include "loc.h"
#include "member_flag.h"
#include "site.h"
#include "track.h"
#include "db.h"
#include "check.h"
#include "util.h"

#define MAX_SWEEPS	24

static const struct fact no_fact;
static struct fact **all_facts;		/* every value fact, to free */
static int nr_facts, max_facts;

/* Where a value's or a location's pages are, for fills and releases. */
struct place {
	struct pc_value *val;	/* level VALUE: this value */
	struct loc *loc;	/* otherwise: this location's contents */
};

/* "No value": a missing argument, a constant's place. */
static struct pc_value void_value = { .kind = PC_VAL_VOID };
#define VOID	(&void_value)

static int has_fact(const struct pc_value *p)
{
	return p->kind == PC_VAL_REG || p->kind == PC_VAL_ARG;
}

static const struct fact *val_get(const struct pc_value *p)
{
	if (!has_fact(p) || !p->priv)
		return &no_fact;
	return p->priv;
}

const struct fact *track_value_fact(const struct pc_value *p)
{
	return val_get(p);
}

static int val_merge(struct pc_value *p, const struct fact *f)
{
	if (!has_fact(p) || fact_empty(f))
		return 0;
	if (!p->priv) {
		if (nr_facts == max_facts) {
			max_facts = max_facts ? 2 * max_facts : 256;
			all_facts = pc_xrealloc(all_facts,
						max_facts * sizeof(*all_facts));
		}
		p->priv = pc_xcalloc(1, sizeof(struct fact));
		all_facts[nr_facts++] = p->priv;
	}
	return fact_merge(p->priv, f, 1);
}

static struct pc_value *call_arg(struct pc_insn *insn, int nr)
{
	struct pc_value *p = pc_arg(insn, nr);

	return p ? p : VOID;
}

static const struct fact *place_get(const struct place *pl)
{
	return pl->loc ? loc_content(pl->loc) : val_get(pl->val);
}

/* A page value also stands for the memory it was loaded from. */
static int place_merge(const struct place *pl, const struct fact *f)
{
	struct pc_insn *def;
	int changed;

	if (pl->loc)
		return loc_merge(pl->loc, f);
	changed = val_merge(pl->val, f);
	def = pl->val->kind == PC_VAL_REG ? pl->val->def : NULL;
	if (def && def->op == PC_OP_LOAD)
		changed |= loc_merge(loc_of(&def->addr), f);
	return changed;
}

/* The place @level steps from value @p: p, p[*], (*p)[*]. */
static struct place place_at(struct pc_value *p, enum pc_level level)
{
	struct place pl = { .val = p };

	if (level == LEVEL_VALUE)
		return pl;
	if (p->kind == PC_VAL_VOID || p->kind == PC_VAL_CONST) {
		pl.val = VOID;
		return pl;
	}
	pl.loc = loc_pointed(p);
	if (level == LEVEL_DEREF)
		pl.loc = loc_deref(pl.loc);
	return pl;
}

/* A place pages can be in: not a constant argument, not a missing one. */
static int place_valid(const struct place *pl)
{
	return pl->loc || pl->val != VOID;
}

static struct loc *bvec_pages(void)
{
	const struct pc_frontend *fe = tu_frontend();
	const struct pc_member *m = fe && fe->member_named ?
		fe->member_named("bio_vec", "bv_page") : NULL;

	return m ? loc_of_member(m) : NULL;
}

/* Where the pages of an API call's argument are. */
static int api_place(struct pc_insn *insn, const struct pc_api *api,
		     struct place *pl)
{
	struct pc_value *p = api->arg ? call_arg(insn, api->arg) :
				(insn->target ? insn->target : VOID);

	memset(pl, 0, sizeof(*pl));
	switch (api->shape) {
	case SHAPE_PAGE:
		*pl = place_at(p, LEVEL_VALUE);
		break;
	case SHAPE_ARRAY:
		*pl = place_at(p, LEVEL_ELEM);
		break;
	case SHAPE_ALLOC:
		*pl = place_at(p, LEVEL_DEREF);
		break;
	case SHAPE_BVEC:
		pl->loc = bvec_pages();
		break;
	case SHAPE_LIST:
		break;
	}
	return pl->loc || (pl->val && place_valid(pl));
}

static unsigned acquire_family(struct pc_insn *insn,
			       const struct pc_api *api)
{
	struct pc_value *flags;

	if (api->family != FAM_FLAGS)
		return api->family;
	flags = call_arg(insn, api->flags_arg);
	if (flags->kind != PC_VAL_CONST)
		return 0;	/* unknown: neither */
	return flags->cval & PC_FOLL_PIN ? FAM_PIN : FAM_GET;
}

static const struct guards *guards_of(struct fn_info *fi,
				      struct pc_insn *insn)
{
	return fn_guards_at(fi, insn->bb);
}

/* Origins, one per acquiring call: kept as long as the unit's analysis. */
struct origin_slot {
	struct pc_insn *insn;
	struct origin *o;
	struct origin_slot *next;
};

#define ORIGIN_HASH	1024
static struct origin_slot *origin_hash[ORIGIN_HASH];

static const struct origin *origin_of(struct fn_info *fi,
				      struct pc_insn *insn,
				      const struct pc_api *api, unsigned fam)
{
	unsigned h = ((unsigned long)insn >> 4) % ORIGIN_HASH;
	struct origin_slot *s;
	struct origin *o;

	for (s = origin_hash[h]; s; s = s->next)
		if (s->insn == insn)
			return s->o;
	o = pc_xcalloc(1, sizeof(*o));
	o->pos = insn->pos;
	o->api = api;
	o->fam = fam;
	o->fn = fi->sym;
	o->guards = *guards_of(fi, insn);
	s = pc_xcalloc(1, sizeof(*s));
	s->insn = insn;
	s->o = o;
	s->next = origin_hash[h];
	origin_hash[h] = s;
	return o;
}

const struct origin *track_origin_at(const struct pc_insn *insn)
{
	unsigned h = ((unsigned long)insn >> 4) % ORIGIN_HASH;
	struct origin_slot *s;

	for (s = origin_hash[h]; s; s = s->next)
		if (s->insn == insn)
			return s->o;
	return NULL;
}

#define for_each_marker(f, level, p) \
	for (level = 0; level < NR_LEVELS; level++) \
		for (p = 0; p < MAX_PARAMS; p++) \
			if ((f)->param[level] & (1u << p))

/* Pages went into @pl; if @pl is a parameter's, that is a fill. */
static int fill_place(struct fn_info *fi, const struct place *pl,
		      const struct fact *f)
{
	const struct fact *here = place_get(pl);
	int changed = 0, level, p;

	for_each_marker(here, level, p)
		changed |= summary_add_fill(fi->sum, p + 1, level, f);
	return changed | place_merge(pl, f);
}

static int do_acquire(struct fn_info *fi, struct pc_insn *insn,
		      const struct pc_api *api)
{
	struct fact f = { 0 };
	struct place pl;
	unsigned fam = acquire_family(insn, api);

	if (!fam || !api_place(insn, api, &pl))
		return 0;
	fact_add_origin(&f, origin_of(fi, insn, api, fam));
	return fill_place(fi, &pl, &f);
}

const struct origin *origin_reaching(const struct fact *f, unsigned fam,
				     const struct guards *g,
				     const struct origin **any)
{
	int i;

	*any = NULL;
	for (i = 0; i < f->nr_origins; i++) {
		const struct origin *o = f->origins[i];

		if (!(o->fam & fam))
			continue;
		if (!*any)
			*any = o;
		if (!guards_exclusive(&o->guards, g))
			return o;
	}
	return f->overflow & fam ? *any : NULL;
}

/*
 * Pages of fact @f are released by @rel's call.  Parameters' pages make
 * a release event of this function's summary; families are checked.
 */
static int check_release(struct fn_info *fi, const struct release_site *rel,
			 const struct fact *f, int report)
{
	int changed = 0, level, p;

	for_each_marker(f, level, p)
		changed |= summary_add_release(fi->sum, p + 1, level, rel);
	if (report)
		checks_release(rel, f);
	return changed;
}

/* Functions have no end position here: the latest start wins. */
static int starts_before(struct pc_pos pos, struct pc_sym *fn)
{
	return pos.file_order == fn->pos.file_order && pos.line >= fn->pos.line;
}

/*
 * A release that the front end inlined from a static inline helper: the
 * helper (the latest-starting one whose body can hold @pos) and where it
 * was called, from the marker left after the inlined body.
 */
static void inlined_from(struct fn_info *fi, struct release_site *rel)
{
	struct pc_sym *best = starts_before(rel->pos, fi->sym) ? fi->sym : NULL;
	struct pc_insn *marker = NULL;
	int i, j;

	for (i = 0; i < fi->fn->nr_bbs; i++) {
		struct pc_bb *bb = fi->fn->bbs[i];

		for (j = 0; j < bb->nr_insns; j++) {
			struct pc_insn *insn = bb->insns[j];
			struct pc_sym *f = insn->callee;

			if (insn->op != PC_OP_INLINED || !f)
				continue;
			if (starts_before(rel->pos, f) &&
			    (!best || f->pos.line > best->pos.line)) {
				best = f;
				marker = insn;
			}
		}
	}
	if (!marker || best == fi->sym)
		return;
	rel->fn = best;
	rel->callee = best;
	rel->caller = fi->sym;
	rel->call_pos = marker->pos;
}

/* The load that defines @p, under its casts, or NULL. */
static struct pc_insn *load_of(struct pc_value *p)
{
	p = pc_uncast(p);
	return p && p->kind == PC_VAL_REG && p->def &&
	       p->def->op == PC_OP_LOAD ? p->def : NULL;
}

/*
 * The pages a release is given, when they are (or are read from) an
 * array made in this function that has not escaped yet (fresh.c).
 */
static int fresh_pages(struct fn_info *fi, struct pc_insn *insn,
		       const struct pc_api *api, struct fact *out)
{
	struct pc_value *p = call_arg(insn, api->arg);
	struct pc_insn *ld;

	if (api->shape == SHAPE_ARRAY)
		return fresh_content(fi->fn, p, insn, out);
	ld = api->shape == SHAPE_PAGE ? load_of(p) : NULL;
	if (!ld || !ld->addr_base)
		return 0;
	return fresh_content(fi->fn, ld->addr_base, ld, out);
}

/*
 * The struct member a release's pages are read from: the array pointer
 * (release_pages(mr->pages, n)), or the page (put_page(x->page), and
 * put_page(x->pages[i]) through the array pointer).
 */
static struct loc *pages_member(struct pc_insn *insn, const struct pc_api *api)
{
	struct pc_insn *ld = load_of(call_arg(insn, api->arg));

	if (ld && api->shape == SHAPE_PAGE && ld->addr.kind != PC_ADDR_MEMBER)
		ld = ld->addr_base ? load_of(ld->addr_base) : NULL;
	if (!ld || ld->addr.kind != PC_ADDR_MEMBER)
		return NULL;
	return loc_of(&ld->addr);
}

static int do_release(struct fn_info *fi, struct pc_insn *insn,
		      const struct pc_api *api, int report)
{
	struct release_site rel = {
		.api = api, .pos = insn->pos, .fn = fi->sym,
		.guards = *guards_of(fi, insn), .call = insn,
	};
	struct place pl;
	struct fact fresh, kept;

	if (!api_place(insn, api, &pl))
		return 0;
	if (!report)
		return check_release(fi, &rel, place_get(&pl), 0);
	inlined_from(fi, &rel);
	/* an array made here holds only what was put in it so far */
	if (fresh_pages(fi, insn, api, &fresh))
		return check_release(fi, &rel, &fresh, 1);
	/* pages a flag says are not in the member they are read from */
	if (member_flags_filter(place_get(&pl), pages_member(insn, api),
				&rel.guards, &kept))
		return check_release(fi, &rel, &kept, 1);
	return check_release(fi, &rel, place_get(&pl), 1);
}

/*
 * The caller's pages (or array) at a parameter's place, stored by the
 * callee where every function sees them; the caller's own parameters
 * make stores of its summary in turn.
 */
static int apply_store(struct fn_info *fi, struct pc_insn *insn,
		       const struct store_event *se)
{
	struct pc_value *arg = call_arg(insn, se->param);
	struct place pl;
	int changed = 0, level, p;

	if (arg->kind == PC_VAL_VOID || arg->kind == PC_VAL_CONST)
		return 0;
	if (se->array) {
		struct loc *arr = loc_pointed(arg);

		for_each_marker(loc_content(arr), level, p)
			if (level == LEVEL_ELEM)
				changed |= summary_add_store(fi->sum, p + 1,
						level, se->cell, 1);
		return changed | loc_unify(loc_deref(se->cell), arr);
	}
	pl = place_at(arg, se->level);
	for_each_marker(place_get(&pl), level, p)
		changed |= summary_add_store(fi->sum, p + 1, level, se->cell, 0);
	return changed | loc_merge(se->cell, place_get(&pl));
}

/* A call to a function of this file: apply its summary. */
static int apply_summary(struct fn_info *fi, struct pc_insn *insn,
			 struct summary *s, int report)
{
	struct fill_event *fe;
	struct release_event *re;
	struct store_event *se;
	struct fact ret;
	int changed = 0, level, p;

	for (fe = s->fills; fe; fe = fe->next) {
		struct place pl = place_at(call_arg(insn, fe->param), fe->level);

		if (place_valid(&pl))
			changed |= fill_place(fi, &pl, &fe->fact);
	}
	for (re = s->releases; re; re = re->next) {
		struct place pl = place_at(call_arg(insn, re->param), re->level);
		struct release_site rel = {
			.api = re->api, .pos = re->pos, .fn = re->fn,
			.caller = fi->sym, .callee = insn->callee,
			.call_pos = insn->pos, .via_callee = re->via_callee,
			.via = re->via, .via_fn = re->via_fn, .call = insn,
			.guards = re->guards,
		};

		if (db_is_foreign(re->pos)) {
			/* another file's release: reported at this call */
			rel.via_callee = insn->callee;
			rel.via = re->pos;
			rel.via_fn = re->fn;
			rel.pos = insn->pos;
			rel.fn = fi->sym;
			rel.caller = NULL;
		}
		guards_add_all(&rel.guards, guards_of(fi, insn));
		if (place_valid(&pl))
			changed |= check_release(fi, &rel, place_get(&pl),
						 report);
	}
	for (se = s->stores; se; se = se->next)
		changed |= apply_store(fi, insn, se);
	if (!insn->target || insn->target->kind == PC_VAL_VOID)
		return changed;
	ret = s->ret;
	memset(ret.param, 0, sizeof(ret.param));
	changed |= val_merge(insn->target, &ret);
	for_each_marker(&s->ret, level, p) {
		struct place pl = place_at(call_arg(insn, p + 1), level);

		if (place_valid(&pl))
			changed |= val_merge(insn->target, place_get(&pl));
	}
	if (s->ret_elem.fam && insn->target->is_pointer)
		changed |= fill_place(fi, &(struct place){
			.loc = loc_pointed(insn->target) }, &s->ret_elem);
	return changed;
}

/*
 * The file that implements a modelled call (mm/gup.c, lib/iov_iter.c) calls
 * it with flags and states that its callers never see: there its body, and
 * the summary made of it, say what it does, not its line in the model.
 * Static inline helpers from headers stay modelled: they are static.
 */
static int implemented_here(const struct pc_sym *sym)
{
	return !sym->is_static && sym->defined;
}

static int do_call(struct fn_info *fi, struct pc_insn *insn, int report)
{
	const struct pc_api *api = NULL;
	struct summary *s;
	const char *name;

	if (!insn->callee || !insn->callee->name)
		return 0;
	name = insn->callee->name;
	if (!implemented_here(insn->callee))
		api = pc_model_lookup_name(name);
	/* frees of arrays, iterators' kinds: nothing of their pages */
	if (api && api->role != ROLE_ACQUIRE && api->role != ROLE_RELEASE)
		return 0;
	if (api)
		return api->role == ROLE_ACQUIRE ? do_acquire(fi, insn, api) :
			do_release(fi, insn, api, report);
	s = summary_lookup(name);
	if (!s)
		s = db_summary(name);	/* another file's function */
	return s ? apply_summary(fi, insn, s, report) : 0;
}

/*
 * Only pointers to pointers (or void *, which drivers cast back) name
 * arrays of pages worth aliasing; a variable's address is one when the
 * variable is a pointer or an array of pointers (the front end says).
 */
static int points_to_pointer(const struct pc_value *p)
{
	return p->points_to_pointer;
}

static int alias(struct pc_value *a, struct pc_value *b)
{
	if (!points_to_pointer(a) || !points_to_pointer(b))
		return 0;
	return loc_unify(loc_pointed(a), loc_pointed(b));
}

/*
 * A store into memory that every function shares (a struct member) of a
 * parameter's pages, or of its array, is a store event of the summary:
 * the callers' pages go there.
 */
static int store_events(struct fn_info *fi, struct loc *cell,
			struct pc_value *val)
{
	int changed = 0, level, p;

	if (!loc_rep(cell)->global)
		return 0;
	for_each_marker(val_get(val), level, p)
		changed |= summary_add_store(fi->sum, p + 1, level, cell, 0);
	if (points_to_pointer(val))
		for_each_marker(loc_content(loc_pointed(val)), level, p)
			if (level == LEVEL_ELEM)
				changed |= summary_add_store(fi->sum, p + 1,
							     level, cell, 1);
	return changed;
}

static int do_store(struct fn_info *fi, struct pc_insn *insn)
{
	struct loc *loc = loc_of(&insn->addr);
	struct pc_value *val = insn->src;
	int changed = store_events(fi, loc, val);

	if (!fact_empty(val_get(val)))
		changed |= loc_merge(loc, val_get(val));
	if (points_to_pointer(val))
		changed |= loc_unify(loc_deref(loc), loc_pointed(val));
	return changed;
}

static int do_phi(struct pc_insn *insn)
{
	int changed = 0, i;

	for (i = 0; i < insn->nr_phis; i++) {
		struct pc_value *src = insn->phis[i]->src;

		if (!src)
			continue;
		changed |= val_merge(insn->target, val_get(src));
		changed |= alias(insn->target, src);
	}
	return changed;
}

static int do_ret(struct fn_info *fi, struct pc_insn *insn)
{
	struct pc_value *v = insn->src;
	int changed;

	if (!v || v->kind == PC_VAL_VOID)
		return 0;
	changed = fact_merge(&fi->sum->ret, val_get(v), 1);
	if (v->kind != PC_VAL_CONST && v->is_pointer)
		changed |= fact_merge(&fi->sum->ret_elem,
				      loc_content(loc_pointed(v)), 0);
	return changed;
}

static int transfer(struct fn_info *fi, struct pc_insn *insn, int report)
{
	switch (insn->op) {
	case PC_OP_LOAD:
		return val_merge(insn->target, loc_content(loc_of(&insn->addr)));
	case PC_OP_STORE:
		return do_store(fi, insn);
	case PC_OP_PHI:
		return do_phi(insn);
	case PC_OP_SEL:
		return val_merge(insn->target, val_get(insn->src2)) |
		       val_merge(insn->target, val_get(insn->src3)) |
		       alias(insn->target, insn->src2) |
		       alias(insn->target, insn->src3);
	case PC_OP_CAST: case PC_OP_PTRCAST:
		return val_merge(insn->target, val_get(insn->src));
	/* page <-> pfn arithmetic keeps the page's family */
	case PC_OP_ADD: case PC_OP_SUB: case PC_OP_MUL: case PC_OP_SHL:
	case PC_OP_LSR: case PC_OP_ASR: case PC_OP_DIVU: case PC_OP_DIVS:
	case PC_OP_AND: case PC_OP_OR:
		return val_merge(insn->target, val_get(insn->src1)) |
		       val_merge(insn->target, val_get(insn->src2));
	case PC_OP_CALL:
		return do_call(fi, insn, report);
	case PC_OP_RET:
		return do_ret(fi, insn);
	default:
		return 0;
	}
}

/* Parameters carry markers, so that summaries can name them. */
static int mark_params(struct fn_info *fi)
{
	int changed = 0, i;

	for (i = 0; i < fi->fn->nr_args; i++) {
		struct pc_value *arg = fi->fn->args[i];
		struct fact m = { 0 };
		unsigned bit;

		if (!arg || arg->nr < 1 || arg->nr > MAX_PARAMS)
			continue;
		bit = 1u << (arg->nr - 1);
		m.param[LEVEL_VALUE] = bit;
		changed |= val_merge(arg, &m);
		if (!points_to_pointer(arg))
			continue;
		m.param[LEVEL_VALUE] = 0;
		m.param[LEVEL_ELEM] = bit;
		changed |= loc_merge(loc_pointed(arg), &m);
		m.param[LEVEL_ELEM] = 0;
		m.param[LEVEL_DEREF] = bit;
		changed |= loc_merge(loc_deref(loc_pointed(arg)), &m);
	}
	return changed;
}

static int sweep(struct fn_info *fi, int report)
{
	int changed = 0, i, j;

	for (i = 0; i < fi->fn->nr_bbs; i++) {
		struct pc_bb *bb = fi->fn->bbs[i];

		for (j = 0; j < bb->nr_insns; j++)
			changed |= transfer(fi, bb->insns[j], report);
	}
	return changed;
}

int track_function(struct fn_info *fi, int report)
{
	int any, changed, n;

	any = mark_params(fi);
	for (n = 0; n < MAX_SWEEPS; n++) {
		changed = sweep(fi, 0);
		any |= changed;
		if (!changed)
			break;
	}
	if (n == MAX_SWEEPS)
		report_note(fi->sym->pos, "%s(): pincheck stopped after %d passes; "
			    "its findings may be incomplete",
			    fi->sym->name, MAX_SWEEPS);
	if (report)
		sweep(fi, 1);
	return any;
}

void track_reset(void)
{
	int i;

	for (i = 0; i < nr_facts; i++)
		free(all_facts[i]);
	nr_facts = 0;
	for (i = 0; i < ORIGIN_HASH; i++) {
		while (origin_hash[i]) {
			struct origin_slot *s = origin_hash[i];

			origin_hash[i] = s->next;
			free(s->o);
			free(s);
		}
	}
}
