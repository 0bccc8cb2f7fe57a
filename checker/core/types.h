/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/types.h - the types' part of addresses, walked once for every
 * front end.
 *
 * What memory an address (a value and a byte offset) names depends on
 * types: the first pointer on its way down whose target is a struct
 * makes it a member of that struct (one object per struct type and
 * offset, the same in every function), else it is a variable, what a
 * loaded pointer points to, or what a base value points to.  The walk
 * is here; a front end answers its questions about types through
 * struct pc_types, with opaque handles of its own types.
 */
#ifndef PINCHECK_CORE_TYPES_H
#define PINCHECK_CORE_TYPES_H

#include "ir.h"
#include "util.h"

#ifdef __cplusplus
extern "C" {
#endif

enum pc_type_kind {
	PC_TYPE_OTHER,
	PC_TYPE_VOID,
	PC_TYPE_PTR,
	PC_TYPE_ARRAY,
	PC_TYPE_STRUCT,		/* or a union */
};

/* A member of a struct, as the front end lays it out. */
struct pc_field {
	const void *type;
	const char *name;	/* @name_len bytes, no NUL; NULL: unnamed */
	int name_len;
	long offset;		/* in bytes, from the struct's start */
	long bytes;		/* its size; <= 0: not known, or nothing */
};

/*
 * What the walk asks a front end about its types.  A type is an opaque
 * handle (NULL: no type known); strip() gives the handle every spelling
 * of one type shares, and the other questions are asked of it.
 */
struct pc_types {
	/* the type itself: no typedef, no qualifier */
	const void *(*strip)(const void *t);
	enum pc_type_kind (*kind)(const void *t);
	/* what a pointer points to, an array's element */
	const void *(*target)(const void *t);
	long (*bytes)(const void *t);		/* 0: not known */
	/*
	 * @fn on each field of struct @s in order, until it returns
	 * nonzero (a front end whose loop goes on after that, as sparse's
	 * FOR_EACH_PTR does past a list node's break, gets later matches).
	 */
	void (*fields)(const void *s,
		       int (*fn)(const struct pc_field *f, void *arg),
		       void *arg);
	const char *(*tag)(const void *s);	/* NULL: unnamed */
	const char *(*file)(const void *s);	/* where it is declared */
	const void *(*struct_named)(const char *tag);	/* or NULL */
};

/* The walk's state for one unit: the front end's types, the members. */
struct pc_resolver {
	const struct pc_types *t;
	struct pc_arena *arena;		/* the front end's: members, keys */
	struct pc_member_slot **slots;
	unsigned int nr_slots, nr_members;
};

void pc_resolver_init(struct pc_resolver *r, const struct pc_types *t,
		      struct pc_arena *arena);
/* Forget the members (their memory is the arena's). */
void pc_resolver_end(struct pc_resolver *r);

/* A pointer (or an array), and one to pointers: from @v->type. */
void pc_value_set_flags(const struct pc_resolver *r, struct pc_value *v);
/* The address @v + @off, resolved (@v's definitions lowered already). */
struct pc_addr pc_resolve(struct pc_resolver *r, struct pc_value *v,
			  long off);
/* The member of struct @tag named @member, or NULL: pc_frontend's. */
const struct pc_member *pc_member_named(struct pc_resolver *r,
					const char *tag, const char *member);

#ifdef __cplusplus
}
#endif

#endif
