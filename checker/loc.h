/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_LOC_H
#define PINCHECK_LOC_H

#include "linearize.h"
#include "fact.h"

/*
 * An abstract memory location that may hold page pointers.  Arrays are
 * collapsed (pages[i] is one location for every i).  Memory inside a
 * struct is named by its type and member, so that it is the same location
 * in every function of the translation unit.
 */
enum loc_kind {
	LOC_SYM,	/* a variable's own storage: struct page *pages[16] */
	LOC_PTR,	/* what a pointer value points to: kvmalloc'ed array */
	LOC_MEMBER,	/* a struct member, by type: struct foo.pages */
	LOC_DEREF,	/* what the pointer stored in @parent points to */
};

struct loc {
	enum loc_kind kind;
	const void *key;	/* symbol, pseudo, struct type or parent loc */
	long offset;		/* LOC_MEMBER: the member's offset */
	struct symbol *member;	/* LOC_MEMBER: for messages */
	struct loc *rep;	/* union-find: the alias class */
	struct loc *deref;	/* on a class's rep: the class it points to */
	int global;		/* the class outlives one function */
	struct fact content;
	struct loc *hnext;
};

struct loc *loc_of_address(pseudo_t addr, long offset);
struct loc *loc_deref(struct loc *cell);
struct loc *loc_member(struct symbol *stype, const char *member);
struct loc *loc_rep(struct loc *loc);
int loc_unify(struct loc *a, struct loc *b);
int loc_merge(struct loc *loc, const struct fact *f);
const struct fact *loc_content(struct loc *loc);
void loc_reset(void);
int loc_member_key(struct loc *loc, char *buf, size_t len);
void loc_foreach_member(void (*fn)(const struct fact *f, const char *key,
				   void *data), void *data);

/* Types */
void loc_set_function(struct entrypoint *ep);
struct symbol *pseudo_pointee(pseudo_t p);
int pseudo_is_pointer(pseudo_t p);
pseudo_t strip_casts(pseudo_t p);
struct symbol *type_strip(struct symbol *t);

#endif
