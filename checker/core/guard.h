/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_CORE_GUARD_H
#define PINCHECK_CORE_GUARD_H

#include "ir.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The conditions that hold wherever a block runs, as far as one can tell
 * from the branches that lead to it: "flags & TEE_SHM_USER_MAPPED" is
 * set, "cmd" is one of the PIN_* commands, "write" is true.  Pages pinned
 * under a condition and released with put_page() under its opposite are
 * not reported.
 *
 * A condition names what it tests (its subject): the value, or the
 * struct member or variable it was loaded from.  Two conditions on the
 * same subject contradict by their values alone.  On different subjects
 * (a parameter here, the struct member it was saved in there) only
 * distinctive constants tell that they test the same thing: a flag mask,
 * a value of 16 or more; those guards are "strong".
 */
/*
 * G_KINDS: the iterator (the location it lives in) is of one of the
 * kinds in vals[0] (enum pc_iter_kind); "assumed" when it comes from
 * the callers of a static function, who may not be all of them.
 */
enum guard_kind {
	G_BIT_SET, G_BIT_CLEAR, G_IN, G_NOT_IN, G_TRUE, G_FALSE, G_KINDS
};

#define GUARD_VALS	8
#define MAX_GUARDS	8
#define MAX_CLAUSES	4

struct guard {
	unsigned char kind, nr;
	unsigned char strong;		/* its constants name it anywhere */
	unsigned char on_loc;		/* subject is a struct loc, not a value */
	unsigned char assumed;		/* G_KINDS: from the callers */
	const void *subject;		/* a pc_value or a struct loc */
	/*
	 * A member read through a parameter the function never stores that
	 * member of (kfp->pin): the parameter.  Such a guard holds in that
	 * function only, of the struct that parameter points to.
	 */
	const void *base;
	long long vals[GUARD_VALS];	/* G_BIT_*: vals[0] is the mask */
};

/*
 * One of two conditions holds: what a join keeps of two paths that test
 * the same thing both ways ("if (WARN_ON(a && b)) goto out;" leaves !a
 * or !b).  A later test of one says the other.
 */
struct clause {
	struct guard one, other;
};

struct guards {
	int nr;				/* -1: not reached yet */
	struct guard g[MAX_GUARDS];
	int nr_clauses;
	struct clause c[MAX_CLAUSES];
};

struct guard_map;

struct guard_map *guards_compute(struct pc_func *fn);
/* @g, and what it implies of a subject's kinds, added to @dst */
void guards_add(struct guards *dst, const struct guard *g);
const struct guards *guards_at(struct guard_map *map, struct pc_bb *bb);
void guards_free(struct guard_map *map);
void guards_add_all(struct guards *dst, const struct guards *src);
int guards_exclusive(const struct guards *a, const struct guards *b);
/* Whether @cond cannot be @truth where @gs hold. */
int guards_cond_exclusive(const struct guards *gs, struct pc_value *cond,
			  int truth);

#ifdef __cplusplus
}
#endif

#endif
