/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_FACT_H
#define PINCHECK_FACT_H

#include "lib.h"
#include "symbol.h"
#include "model.h"

/*
 * Where a family of references came from: the acquiring call, the
 * function it is in, and the helper it was reached through, if any.
 */
struct origin {
	struct position pos;
	const struct pc_api *api;
	struct symbol *fn;
};

/* Param markers: where the value sits relative to a parameter. */
enum pc_level {
	LEVEL_VALUE,	/* the parameter itself is the page */
	LEVEL_ELEM,	/* an element of the array it points to */
	LEVEL_DEREF,	/* an element of the array *param points to */
	NR_LEVELS
};

#define MAX_PARAMS	32

/*
 * What is known of a value or of the contents of a memory location:
 * the families of references it may hold (a join is a union), the first
 * origin of each, and which parameters of the current function it
 * derives from (for summaries).
 */
struct fact {
	unsigned fam;
	const struct origin *pin, *get, *cond;
	unsigned int param[NR_LEVELS];
};

static inline int fact_empty(const struct fact *f)
{
	return !f->fam && !f->param[0] && !f->param[1] && !f->param[2];
}

/* dst |= src; returns 1 when dst changed.  Params only when @params. */
static inline int fact_merge(struct fact *dst, const struct fact *src,
			     int params)
{
	int changed = 0, l;

	if (src->fam & ~dst->fam) {
		dst->fam |= src->fam;
		changed = 1;
	}
	if (!dst->pin)
		dst->pin = src->pin;
	if (!dst->get)
		dst->get = src->get;
	if (!dst->cond)
		dst->cond = src->cond;
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

static inline void fact_add_family(struct fact *f, unsigned fam,
				   const struct origin *o)
{
	f->fam |= fam;
	if (fam == FAM_PIN && !f->pin)
		f->pin = o;
	if (fam == FAM_GET && !f->get)
		f->get = o;
	if (fam == FAM_COND && !f->cond)
		f->cond = o;
}

#endif
