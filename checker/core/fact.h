/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/fact.h - what is known of a value or of a location: the families
 * of references it may hold, and where they came from.
 */
#ifndef PINCHECK_CORE_FACT_H
#define PINCHECK_CORE_FACT_H

#include "ir.h"
#include "model.h"
#include "guard.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Where references came from: the acquiring call, its family, the
 * function it is in, and the conditions it ran under.
 */
struct origin {
	struct pc_pos pos;
	const struct pc_api *api;
	unsigned fam;
	struct pc_sym *fn;
	struct guards guards;
};

/* Param markers: where the value sits relative to a parameter. */
enum pc_level {
	LEVEL_VALUE,	/* the parameter itself is the page */
	LEVEL_ELEM,	/* an element of the array it points to */
	LEVEL_DEREF,	/* an element of the array *param points to */
	NR_LEVELS
};

#define MAX_PARAMS	32
#define MAX_ORIGINS	8

/*
 * What is known of a value or of the contents of a memory location:
 * the families of references it may hold (a join is a union), their
 * origins (the first MAX_ORIGINS; @overflow has the families of any
 * more), and which parameters of the current function it derives from
 * (for summaries).
 */
struct fact {
	unsigned fam;
	unsigned overflow;
	int nr_origins;
	const struct origin *origins[MAX_ORIGINS];
	unsigned int param[NR_LEVELS];
};

static inline int fact_empty(const struct fact *f)
{
	return !f->fam && !f->param[0] && !f->param[1] && !f->param[2];
}

static inline int fact_add_origin(struct fact *f, const struct origin *o)
{
	int i;

	for (i = 0; i < f->nr_origins; i++)
		if (f->origins[i] == o)
			return 0;
	if (f->nr_origins == MAX_ORIGINS) {
		if (f->overflow & o->fam)
			return 0;
		f->overflow |= o->fam;
		return 1;
	}
	f->origins[f->nr_origins++] = o;
	f->fam |= o->fam;
	return 1;
}

/* dst |= src; returns 1 when dst changed.  Params only when @params. */
static inline int fact_merge(struct fact *dst, const struct fact *src,
			     int params)
{
	int changed = 0, i, l;

	for (i = 0; i < src->nr_origins; i++)
		changed |= fact_add_origin(dst, src->origins[i]);
	if ((src->fam | src->overflow) & ~dst->fam) {
		dst->fam |= src->fam | src->overflow;
		changed = 1;
	}
	if (src->overflow & ~dst->overflow) {
		dst->overflow |= src->overflow;
		changed = 1;
	}
	if (!params)
		return changed;
	for (l = 0; l < NR_LEVELS; l++) {
		if (src->param[l] & ~dst->param[l]) {
			dst->param[l] |= src->param[l];
			changed = 1;
		}
	}
	return changed;
}

#ifdef __cplusplus
}
#endif

#endif
