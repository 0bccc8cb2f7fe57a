/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/loc.h - abstract memory locations and their alias classes.
 */
#ifndef PINCHECK_CORE_LOC_H
#define PINCHECK_CORE_LOC_H

#include <stddef.h>

#include "fact.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * An abstract memory location that may hold page pointers.  Arrays are
 * collapsed (pages[i] is one location for every i).  Memory inside a
 * struct is named by its member (the front end's struct pc_member), so
 * that it is the same location in every function of the unit.
 */
enum loc_kind {
	LOC_SYM,	/* a variable's own storage: struct page *pages[16] */
	LOC_PTR,	/* what a pointer value points to: kvmalloc'ed array */
	LOC_MEMBER,	/* a struct member: struct foo.pages */
	LOC_DEREF,	/* what the pointer stored in @parent points to */
};

struct loc {
	enum loc_kind kind;
	const void *key;	/* symbol, value, member or parent loc */
	const struct pc_member *member;	/* LOC_MEMBER */
	struct loc *rep;	/* union-find: the alias class */
	struct loc *deref;	/* on a class's rep: the class it points to */
	int global;		/* the class outlives one function */
	struct fact content;
	struct loc *hnext;
};

/* The location an address of the IR names. */
struct loc *loc_of(const struct pc_addr *addr);
/* What value @v points to. */
struct loc *loc_pointed(const struct pc_value *v);
struct loc *loc_of_member(const struct pc_member *m);
struct loc *loc_deref(struct loc *cell);
struct loc *loc_rep(struct loc *loc);
int loc_unify(struct loc *a, struct loc *b);
int loc_merge(struct loc *loc, const struct fact *f);
const struct fact *loc_content(struct loc *loc);
void loc_reset(void);
/* "struct tag.member" of a member location, or NULL */
const char *loc_member_key(const struct loc *loc);
void loc_foreach_member(void (*fn)(const struct fact *f, const char *key,
				   void *data), void *data);

/* The value under its integer casts and copies: what a test really tests. */
struct pc_value *strip_casts(struct pc_value *p);

#ifdef __cplusplus
}
#endif

#endif
