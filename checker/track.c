// SPDX-License-Identifier: GPL-2.0
/*
 * track.c - the family of every value, within one function.
 *
 * Sparse's IR is in SSA form, so a value's fact is flow-insensitive: it
 * is the union of what reaches its definition (phi nodes are joins).
 * Memory is named by loc.c; a location's fact is the union of what is
 * stored in it anywhere.  We sweep the instructions until nothing
 * changes; facts only grow, so this ends.  Calls to the model's APIs
 * acquire and release; calls to functions with a summary apply it.
 */
#include <stdlib.h>
#include <string.h>

#include "ptrmap.h"
#include "loc.h"
#include "report.h"
#include "track.h"
#include "db.h"
#include "cond.h"

#define MAX_SWEEPS	24

DECLARE_PTRMAP(origin_map, struct instruction *, struct origin *);

static struct origin_map *origins;
static const struct fact no_fact;
static struct fact **all_facts;		/* every value fact, to free */
static int nr_facts, max_facts;

/* Where a value's or a location's pages are, for fills and releases. */
struct place {
	pseudo_t val;		/* level VALUE: this value */
	struct loc *loc;	/* otherwise: this location's contents */
};

static int has_fact(pseudo_t p)
{
	return p->type == PSEUDO_REG || p->type == PSEUDO_PHI ||
	       p->type == PSEUDO_ARG;
}

static const struct fact *val_get(pseudo_t p)
{
	if (!has_fact(p) || !p->priv)
		return &no_fact;
	return p->priv;
}

static int val_merge(pseudo_t p, const struct fact *f)
{
	if (!has_fact(p) || fact_empty(f))
		return 0;
	if (!p->priv) {
		if (nr_facts == max_facts) {
			max_facts = max_facts ? 2 * max_facts : 256;
			all_facts = realloc(all_facts,
					    max_facts * sizeof(*all_facts));
			if (!all_facts)
				die("pincheck: out of memory");
		}
		p->priv = calloc(1, sizeof(struct fact));
		if (!p->priv)
			die("pincheck: out of memory");
		all_facts[nr_facts++] = p->priv;
	}
	return fact_merge(p->priv, f, 1);
}

static pseudo_t call_arg(struct instruction *insn, int nr)
{
	pseudo_t p = ptr_list_nth(insn->arguments, nr - 1);

	return p ? p : VOID;
}

static const struct fact *place_get(const struct place *pl)
{
	return pl->loc ? loc_content(pl->loc) : val_get(pl->val);
}

/* A page value also stands for the memory it was loaded from. */
static int place_merge(const struct place *pl, const struct fact *f)
{
	struct instruction *def;
	int changed;

	if (pl->loc)
		return loc_merge(pl->loc, f);
	changed = val_merge(pl->val, f);
	def = pl->val->type == PSEUDO_REG ? pl->val->def : NULL;
	if (def && def->opcode == OP_LOAD)
		changed |= loc_merge(loc_of_address(def->src, def->offset), f);
	return changed;
}

/* The place @level steps from value @p: p, p[*], (*p)[*]. */
static struct place place_at(pseudo_t p, enum pc_level level)
{
	struct place pl = { .val = p };

	if (level == LEVEL_VALUE)
		return pl;
	if (p == VOID || p->type == PSEUDO_VAL) {
		pl.val = VOID;
		return pl;
	}
	pl.loc = loc_of_address(p, 0);
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
	struct symbol *bv = lookup_symbol(built_in_ident("bio_vec"), NS_STRUCT);

	return bv ? loc_member(bv, "bv_page") : NULL;
}

/* Where the pages of an API call's argument are. */
static int api_place(struct instruction *insn, const struct pc_api *api,
		     struct place *pl)
{
	pseudo_t p = api->arg ? call_arg(insn, api->arg) : insn->target;

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

static unsigned acquire_family(struct instruction *insn,
			       const struct pc_api *api)
{
	pseudo_t flags;

	if (api->family != FAM_FLAGS)
		return api->family;
	flags = call_arg(insn, api->flags_arg);
	if (flags->type != PSEUDO_VAL)
		return 0;	/* unknown: neither */
	return flags->value & PC_FOLL_PIN ? FAM_PIN : FAM_GET;
}

static const struct guards *guards_of(struct fn_info *fi,
				      struct instruction *insn)
{
	if (!fi->guards)
		fi->guards = guards_compute(fi->ep);
	return guards_at(fi->guards, insn->bb);
}

static const struct origin *origin_of(struct fn_info *fi,
				      struct instruction *insn,
				      const struct pc_api *api, unsigned fam)
{
	struct origin *o = origin_map_lookup(origins, insn);

	if (!o) {
		o = calloc(1, sizeof(*o));
		if (!o)
			die("pincheck: out of memory");
		o->pos = insn->pos;
		o->api = api;
		o->fam = fam;
		o->fn = fi->sym;
		o->guards = *guards_of(fi, insn);
		origin_map_add(&origins, insn, o);
	}
	return o;
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

static int do_acquire(struct fn_info *fi, struct instruction *insn,
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

/*
 * The first origin of family @fam in @f that can reach a release under
 * @g: one acquired under the opposite condition cannot.  Origins past
 * MAX_ORIGINS are not known; then any reaches.
 */
static const struct origin *reaching(const struct fact *f, unsigned fam,
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
 * COND pages (pinned only when the iterator is user-backed) are released
 * right only by an unpin where the pin test said yes (cond.c).
 */
static void judge_cond(const struct release_site *rel, const struct fact *f)
{
	const struct origin *o, *any;

	if (!(f->fam & FAM_COND))
		return;
	o = reaching(f, FAM_COND, &rel->guards, &any);
	if (!o)
		return;
	if (rel->api->family == FAM_GET || !cond_will_pin(&rel->guards))
		report_cond(rel, o);
}

/* Decide whether @rel's call is wrong for pages of fact @f. */
static void judge_release(const struct release_site *rel,
			  const struct fact *f)
{
	unsigned wrong = rel->api->family == FAM_GET ? FAM_PIN : FAM_GET;
	const struct origin *bad, *good, *any;

	if (rel->api->family != FAM_GET && rel->api->family != FAM_PIN)
		return;
	judge_cond(rel, f);
	if (!(f->fam & wrong))
		return;
	bad = reaching(f, wrong, &rel->guards, &any);
	if (!bad)
		return;
	good = reaching(f, rel->api->family, &rel->guards, &any);
	report_release(rel, wrong, bad, good);
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
		judge_release(rel, f);
	return changed;
}

/* Functions have no end position in sparse: the latest start wins. */
static int starts_before(struct position pos, struct symbol *fn)
{
	return pos.stream == fn->pos.stream && pos.line >= fn->pos.line;
}

/*
 * A release that sparse inlined from a static inline helper: the helper
 * (the latest-starting one whose body can hold @pos) and where it was
 * called, from the marker sparse leaves after the inlined body.
 */
static void inlined_from(struct fn_info *fi, struct release_site *rel)
{
	struct symbol *best = starts_before(rel->pos, fi->sym) ? fi->sym : NULL;
	struct instruction *marker = NULL;
	struct basic_block *bb;

	FOR_EACH_PTR(fi->ep->bbs, bb) {
		struct instruction *insn;

		FOR_EACH_PTR(bb->insns, insn) {
			struct symbol *f;

			if (insn->opcode != OP_INLINED_CALL ||
			    insn->func->type != PSEUDO_SYM)
				continue;
			f = insn->func->sym;
			if (starts_before(rel->pos, f) &&
			    (!best || f->pos.line > best->pos.line)) {
				best = f;
				marker = insn;
			}
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	if (!marker || best == fi->sym)
		return;
	rel->fn = best;
	rel->callee = best;
	rel->caller = fi->sym;
	rel->call_pos = marker->pos;
}

static int do_release(struct fn_info *fi, struct instruction *insn,
		      const struct pc_api *api, int report)
{
	struct release_site rel = {
		.api = api, .pos = insn->pos, .fn = fi->sym,
		.guards = *guards_of(fi, insn),
	};
	struct place pl;

	if (!api_place(insn, api, &pl))
		return 0;
	if (report)
		inlined_from(fi, &rel);
	return check_release(fi, &rel, place_get(&pl), report);
}

/*
 * The caller's pages (or array) at a parameter's place, stored by the
 * callee where every function sees them; the caller's own parameters
 * make stores of its summary in turn.
 */
static int apply_store(struct fn_info *fi, struct instruction *insn,
		       const struct store_event *se)
{
	pseudo_t arg = call_arg(insn, se->param);
	struct place pl;
	int changed = 0, level, p;

	if (arg == VOID || arg->type == PSEUDO_VAL)
		return 0;
	if (se->array) {
		struct loc *arr = loc_of_address(arg, 0);

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
static int apply_summary(struct fn_info *fi, struct instruction *insn,
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
			.caller = fi->sym, .callee = insn->func->sym,
			.call_pos = insn->pos, .via_callee = re->via_callee,
			.via = re->via, .via_fn = re->via_fn,
			.guards = re->guards,
		};

		if (db_is_foreign(re->pos)) {
			/* another file's release: reported at this call */
			rel.via_callee = insn->func->sym;
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
	if (!insn->target || insn->target == VOID)
		return changed;
	ret = s->ret;
	memset(ret.param, 0, sizeof(ret.param));
	changed |= val_merge(insn->target, &ret);
	for_each_marker(&s->ret, level, p) {
		struct place pl = place_at(call_arg(insn, p + 1), level);

		if (place_valid(&pl))
			changed |= val_merge(insn->target, place_get(&pl));
	}
	if (s->ret_elem.fam && pseudo_is_pointer(insn->target))
		changed |= fill_place(fi, &(struct place){
			.loc = loc_of_address(insn->target, 0) }, &s->ret_elem);
	return changed;
}

/*
 * The file that implements a modelled call (mm/gup.c, lib/iov_iter.c) calls
 * it with flags and states that its callers never see: there its body, and
 * the summary made of it, say what it does, not its line in the model.
 * Static inline helpers from headers stay modelled: they are static.
 */
static int implemented_here(struct symbol *sym)
{
	struct symbol *def = sym->definition ? sym->definition : sym;

	if (def->ctype.modifiers & MOD_STATIC)
		return 0;
	return def->ctype.base_type && def->ctype.base_type->stmt;
}

static int do_call(struct fn_info *fi, struct instruction *insn, int report)
{
	const struct pc_api *api = NULL;
	struct summary *s;
	struct ident *name;

	if (insn->func->type != PSEUDO_SYM)
		return 0;
	name = insn->func->sym->ident;
	if (!implemented_here(insn->func->sym))
		api = model_lookup(name);
	if (api && (api->role == ROLE_ARRAY_FREE ||
		    api->role == ROLE_PIN_TEST))
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
 * variable is a pointer or an array of pointers.
 */
static int points_to_pointer(pseudo_t p)
{
	struct symbol *t;

	if (!pseudo_is_pointer(p))
		return 0;
	t = pseudo_pointee(p);
	if (t && p->type == PSEUDO_SYM && t->type == SYM_ARRAY)
		t = type_strip(t->ctype.base_type);
	return t && (t->type == SYM_PTR || t == &void_ctype);
}

static int alias(pseudo_t a, pseudo_t b)
{
	if (!points_to_pointer(a) || !points_to_pointer(b))
		return 0;
	return loc_unify(loc_of_address(a, 0), loc_of_address(b, 0));
}

/*
 * A store into memory that every function shares (a struct member) of a
 * parameter's pages, or of its array, is a store event of the summary:
 * the callers' pages go there.
 */
static int store_events(struct fn_info *fi, struct loc *cell, pseudo_t val)
{
	int changed = 0, level, p;

	if (!loc_rep(cell)->global)
		return 0;
	for_each_marker(val_get(val), level, p)
		changed |= summary_add_store(fi->sum, p + 1, level, cell, 0);
	if (points_to_pointer(val))
		for_each_marker(loc_content(loc_of_address(val, 0)), level, p)
			if (level == LEVEL_ELEM)
				changed |= summary_add_store(fi->sum, p + 1,
							     level, cell, 1);
	return changed;
}

static int do_store(struct fn_info *fi, struct instruction *insn)
{
	struct loc *loc = loc_of_address(insn->src, insn->offset);
	pseudo_t val = insn->target;
	int changed = store_events(fi, loc, val);

	if (!fact_empty(val_get(val)))
		changed |= loc_merge(loc, val_get(val));
	if (points_to_pointer(val))
		changed |= loc_unify(loc_deref(loc), loc_of_address(val, 0));
	return changed;
}

static int do_phi(struct instruction *insn)
{
	pseudo_t phi;
	int changed = 0;

	FOR_EACH_PTR(insn->phi_list, phi) {
		pseudo_t src;

		if (phi == VOID || !phi->def)
			continue;
		src = phi->def->phi_src;
		changed |= val_merge(insn->target, val_get(src));
		changed |= alias(insn->target, src);
	} END_FOR_EACH_PTR(phi);
	return changed;
}

static int do_ret(struct fn_info *fi, struct instruction *insn)
{
	pseudo_t v = insn->src;
	int changed;

	if (!v || v == VOID)
		return 0;
	changed = fact_merge(&fi->sum->ret, val_get(v), 1);
	if (v->type != PSEUDO_VAL && pseudo_is_pointer(v))
		changed |= fact_merge(&fi->sum->ret_elem,
				      loc_content(loc_of_address(v, 0)), 0);
	return changed;
}

static int transfer(struct fn_info *fi, struct instruction *insn, int report)
{
	switch (insn->opcode) {
	case OP_LOAD:
		return val_merge(insn->target, loc_content(
				loc_of_address(insn->src, insn->offset)));
	case OP_STORE:
		return do_store(fi, insn);
	case OP_PHI:
		return do_phi(insn);
	case OP_SEL:
		return val_merge(insn->target, val_get(insn->src2)) |
		       val_merge(insn->target, val_get(insn->src3)) |
		       alias(insn->target, insn->src2) |
		       alias(insn->target, insn->src3);
	case OP_COPY: case OP_PTRCAST: case OP_UTPTR: case OP_PTRTU:
	case OP_ZEXT: case OP_SEXT: case OP_TRUNC:
		return val_merge(insn->target, val_get(insn->src));
	/* page <-> pfn arithmetic keeps the page's family */
	case OP_ADD: case OP_SUB: case OP_MUL: case OP_SHL: case OP_LSR:
	case OP_ASR: case OP_DIVU: case OP_DIVS: case OP_AND: case OP_OR:
		return val_merge(insn->target, val_get(insn->src1)) |
		       val_merge(insn->target, val_get(insn->src2));
	case OP_CALL:
		return do_call(fi, insn, report);
	case OP_RET:
		return do_ret(fi, insn);
	}
	return 0;
}

/* Parameters carry markers, so that summaries can name them. */
static int mark_params(struct fn_info *fi)
{
	pseudo_t arg;
	int changed = 0;

	FOR_EACH_PTR(fi->ep->entry->arg_list, arg) {
		struct fact m = { 0 };
		unsigned bit;

		if (arg->nr < 1 || arg->nr > MAX_PARAMS)
			continue;
		bit = 1u << (arg->nr - 1);
		m.param[LEVEL_VALUE] = bit;
		changed |= val_merge(arg, &m);
		if (!points_to_pointer(arg))
			continue;
		m.param[LEVEL_VALUE] = 0;
		m.param[LEVEL_ELEM] = bit;
		changed |= loc_merge(loc_of_address(arg, 0), &m);
		m.param[LEVEL_ELEM] = 0;
		m.param[LEVEL_DEREF] = bit;
		changed |= loc_merge(loc_deref(loc_of_address(arg, 0)), &m);
	} END_FOR_EACH_PTR(arg);
	return changed;
}

static int sweep(struct fn_info *fi, int report)
{
	struct basic_block *bb;
	int changed = 0;

	FOR_EACH_PTR(fi->ep->bbs, bb) {
		struct instruction *insn;

		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb)
				continue;
			changed |= transfer(fi, insn, report);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	return changed;
}

int track_function(struct fn_info *fi, int report)
{
	int any, changed, n;

	loc_set_function(fi->ep);
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
			    show_ident(fi->sym->ident), MAX_SWEEPS);
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
	origins = NULL;
}
