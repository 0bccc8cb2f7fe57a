// SPDX-License-Identifier: GPL-2.0
/*
 * core/member_flag.c - flags that record which pages a member holds.
 *
 * A struct that holds pages of two kinds in one member often says which
 * in a flag beside it: io_uring's region stores pinned pages in
 * mr->pages and sets IO_REGION_F_USER_PROVIDED in the same breath, and
 * releases with release_pages() only where the flag is clear (its kernel
 * pages).  Member locations are one per member, so the pinned pages
 * reach that release; the flag tells they cannot.
 *
 * After the file's fixpoint, every store of pages (or of an array of
 * them) into a struct member is read with the flags set in the same
 * block on the same struct (base->flags |= MASK).  An origin whose
 * pages every such store puts there with a flag set is "recorded" by
 * it; a release of what it reads from that member, under that flag
 * clear, is not reached by it.  A store of pages the file cannot name
 * (a parameter's) without the flag, or too many to keep, records
 * nothing for the member.
 */
#include <stdlib.h>
#include <string.h>

#include "fresh.h"
#include "loc.h"
#include "member_flag.h"
#include "track.h"
#include "util.h"

#define MAX_RECORDS	256
#define MAX_FLAGS	4

struct flag_set {
	int nr;
	const struct loc *loc[MAX_FLAGS];
	long long mask[MAX_FLAGS];
};

struct record {
	const struct loc *cell;		/* the member the pages are stored in */
	const struct origin *o;		/* NULL: pages of unknown origin */
	struct flag_set flags;		/* set with every store of them */
};

static struct record records[MAX_RECORDS];
static int nr_records, records_lost;

/* @st stores base->member = base->member | MASK: the mask, or 0. */
static long long flag_mask(const struct pc_insn *st)
{
	struct pc_value *v = pc_uncast(st->src);
	struct pc_insn *or = v && v->kind == PC_VAL_REG ? v->def : NULL;
	struct pc_value *k;

	if (st->op != PC_OP_STORE || st->addr.kind != PC_ADDR_MEMBER ||
	    !or || or->op != PC_OP_OR)
		return 0;
	k = or->src2->kind == PC_VAL_CONST ? or->src2 : or->src1;
	return k->kind == PC_VAL_CONST ? k->cval : 0;
}

/* The flags set in @st's block on the struct @st stores into. */
static void flags_beside(const struct pc_insn *st, struct flag_set *fs)
{
	struct pc_bb *bb = st->bb;
	int i;

	fs->nr = 0;
	for (i = 0; i < bb->nr_insns && fs->nr < MAX_FLAGS; i++) {
		struct pc_insn *in = bb->insns[i];
		long long mask = flag_mask(in);

		if (!mask || pc_uncast(in->addr_base) != pc_uncast(st->addr_base))
			continue;
		fs->loc[fs->nr] = loc_rep(loc_of(&in->addr));
		fs->mask[fs->nr++] = mask;
	}
}

/* Only the flags set with both. */
static void flags_meet(struct flag_set *dst, const struct flag_set *src)
{
	int i, j, n = 0;

	for (i = 0; i < dst->nr; i++) {
		for (j = 0; j < src->nr; j++) {
			if (dst->loc[i] != src->loc[j] ||
			    !(dst->mask[i] & src->mask[j]))
				continue;
			dst->loc[n] = dst->loc[i];
			dst->mask[n++] = dst->mask[i] & src->mask[j];
			break;
		}
	}
	dst->nr = n;
}

static void record(const struct loc *cell, const struct origin *o,
		   const struct flag_set *fs)
{
	int i;

	for (i = 0; i < nr_records; i++) {
		if (records[i].cell == cell && records[i].o == o) {
			flags_meet(&records[i].flags, fs);
			return;
		}
	}
	if (nr_records == MAX_RECORDS) {
		records_lost = 1;
		return;
	}
	records[nr_records].cell = cell;
	records[nr_records].o = o;
	records[nr_records++].flags = *fs;
}

/* What a store into a member puts there: the pages, or the array's. */
static void scan_store(struct fn_info *fi, struct pc_insn *st)
{
	const struct loc *cell = loc_rep(loc_of(&st->addr));
	const struct fact *f = track_value_fact(st->src);
	struct flag_set fs;
	struct fact fresh;
	int i;

	if (st->src->points_to_pointer) {
		f = fresh_content(fi->fn, st->src, st, &fresh) ? &fresh :
			loc_content(loc_pointed(st->src));
	}
	if (fact_empty(f))
		return;
	flags_beside(st, &fs);
	for (i = 0; i < f->nr_origins; i++)
		record(cell, f->origins[i], &fs);
	if (f->overflow || f->param[LEVEL_VALUE] || f->param[LEVEL_ELEM] ||
	    f->param[LEVEL_DEREF])
		record(cell, NULL, &fs);
}

void member_flags_scan(struct fn_info *functions)
{
	struct fn_info *fi;
	int i, j;

	for (fi = functions; fi; fi = fi->next) {
		for (i = 0; i < fi->fn->nr_bbs; i++) {
			struct pc_bb *bb = fi->fn->bbs[i];

			for (j = 0; j < bb->nr_insns; j++) {
				struct pc_insn *st = bb->insns[j];

				if (st->op == PC_OP_STORE &&
				    st->addr.kind == PC_ADDR_MEMBER &&
				    !flag_mask(st))
					scan_store(fi, st);
			}
		}
	}
}

/* The guards say flag @mask of @loc is clear. */
static int clear_under(const struct guards *g, const struct loc *loc,
		       long long mask)
{
	int i;

	for (i = 0; i < g->nr; i++)
		if (g->g[i].kind == G_BIT_CLEAR && g->g[i].on_loc &&
		    loc_rep((struct loc *)g->g[i].subject) == loc &&
		    (g->g[i].vals[0] & mask))
			return 1;
	return 0;
}

static const struct record *record_of(const struct loc *cell,
				      const struct origin *o)
{
	int i;

	for (i = 0; i < nr_records; i++)
		if (records[i].cell == cell && records[i].o == o)
			return &records[i];
	return NULL;
}

/*
 * Whether origin @o's pages in @cell are recorded by a flag that @g says
 * is clear: every store of them, and of pages of unknown origin (a
 * parameter's, which may be @o's), set it.
 */
static int excluded(const struct loc *cell, const struct origin *o,
		    const struct guards *g)
{
	const struct record *r = record_of(cell, o), *unknown;
	struct flag_set fs;
	int j;

	if (!r)
		return 0;
	fs = r->flags;
	unknown = record_of(cell, NULL);
	if (unknown)
		flags_meet(&fs, &unknown->flags);
	for (j = 0; j < fs.nr; j++)
		if (clear_under(g, fs.loc[j], fs.mask[j]))
			return 1;
	return 0;
}

int member_flags_filter(const struct fact *f, struct loc *from,
			const struct guards *g, struct fact *out)
{
	const struct loc *cell;
	int i, dropped = 0;

	if (!from || records_lost || !nr_records)
		return 0;
	cell = loc_rep(from);
	memset(out, 0, sizeof(*out));
	for (i = 0; i < f->nr_origins; i++) {
		if (excluded(cell, f->origins[i], g))
			dropped = 1;
		else
			fact_add_origin(out, f->origins[i]);
	}
	if (!dropped)
		return 0;
	out->fam |= f->overflow;
	out->overflow = f->overflow;
	memcpy(out->param, f->param, sizeof(out->param));
	return 1;
}

void member_flags_reset(void)
{
	nr_records = 0;
	records_lost = 0;
}
