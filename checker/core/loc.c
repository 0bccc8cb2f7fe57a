// SPDX-License-Identifier: GPL-2.0
/*
 * core/loc.c - abstract memory locations.
 *
 * The front end resolves each address to a variable, a struct member,
 * what a pointer value points to, or what a loaded pointer points to
 * (struct pc_addr); here those become locations.  Pointers that are
 * stored, merged at joins or cast are put in one alias class (union-find,
 * after Steensgaard), so that an array filled through one name is
 * released through another.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "loc.h"
#include "util.h"

#define LOC_HASH	4096
#define MAX_WALK	32

static struct loc *loc_hash[LOC_HASH];
static struct loc *all_derefs;		/* not hashed; freed by loc_reset() */

struct pc_value *strip_casts(struct pc_value *p)
{
	while (p && p->kind == PC_VAL_REG && p->def &&
	       p->def->op == PC_OP_CAST)
		p = p->def->src;
	return p;
}

static unsigned int loc_hashfn(enum loc_kind kind, const void *key)
{
	unsigned long h = (unsigned long)key >> 3;

	h ^= kind;
	return (h ^ (h >> 13)) % LOC_HASH;
}

static struct loc *loc_new(enum loc_kind kind, const void *key)
{
	struct loc *loc = pc_xcalloc(1, sizeof(*loc));

	loc->kind = kind;
	loc->key = key;
	loc->rep = loc;
	return loc;
}

static struct loc *loc_find(enum loc_kind kind, const void *key)
{
	struct loc *loc;

	for (loc = loc_hash[loc_hashfn(kind, key)]; loc; loc = loc->hnext)
		if (loc->kind == kind && loc->key == key)
			return loc;
	return NULL;
}

static struct loc *loc_get(enum loc_kind kind, const void *key, int global)
{
	unsigned int h = loc_hashfn(kind, key);
	struct loc *loc = loc_find(kind, key);

	if (loc)
		return loc;
	loc = loc_new(kind, key);
	loc->global = global;
	loc->hnext = loc_hash[h];
	loc_hash[h] = loc;
	return loc;
}

struct loc *loc_rep(struct loc *loc)
{
	while (loc->rep != loc) {
		loc->rep = loc->rep->rep;
		loc = loc->rep;
	}
	return loc;
}

const char *loc_member_key(const struct loc *loc)
{
	return loc->kind == LOC_MEMBER && loc->member ? loc->member->key : NULL;
}

/*
 * What other files stored in a member (--db), keyed "struct tag.member",
 * and in the array a pointer member points to, "struct tag.member[]".
 */
static void seed_from_db(struct loc *member, struct loc *into,
			 const char *suffix)
{
	const char *key = loc_member_key(member);
	char buf[512];

	if (!db_enabled() || !key)
		return;
	if (snprintf(buf, sizeof(buf), "%s%s", key, suffix) >= (int)sizeof(buf))
		return;
	db_member(buf, &into->content);
}

struct loc *loc_of_member(const struct pc_member *m)
{
	struct loc *loc = loc_find(LOC_MEMBER, m);

	if (loc)
		return loc;
	loc = loc_get(LOC_MEMBER, m, 1);
	loc->member = m;
	seed_from_db(loc, loc, "");
	return loc;
}

/*
 * Every named member location, with what its alias class holds, and what
 * the array it points to holds ("[]").
 */
void loc_foreach_member(void (*fn)(const struct fact *f, const char *key,
				   void *data), void *data)
{
	struct loc *loc;
	char buf[512];
	int i;

	for (i = 0; i < LOC_HASH; i++) {
		for (loc = loc_hash[i]; loc; loc = loc->hnext) {
			struct loc *r = loc_rep(loc);
			const char *key = loc_member_key(loc);

			if (!key)
				continue;
			fn(&r->content, key, data);
			if (!r->deref)
				continue;
			if (snprintf(buf, sizeof(buf), "%s[]", key) <
			    (int)sizeof(buf))
				fn(&loc_rep(r->deref)->content, buf, data);
		}
	}
}

/* Each alias class points to at most one class: its DEREF. */
struct loc *loc_deref(struct loc *cell)
{
	struct loc *r = loc_rep(cell);

	if (!r->deref) {
		r->deref = loc_new(LOC_DEREF, r);
		r->deref->global = r->global;
		r->deref->hnext = all_derefs;
		all_derefs = r->deref;
		seed_from_db(r, r->deref, "[]");
	}
	return loc_rep(r->deref);
}

static int loc_set_global(struct loc *r)
{
	int changed = 0;

	while (r && !r->global) {
		r->global = 1;
		memset(r->content.param, 0, sizeof(r->content.param));
		changed = 1;
		r = r->deref ? loc_rep(r->deref) : NULL;
	}
	return changed;
}

/* Merge two alias classes (and what they point to); 1 if anything changed. */
int loc_unify(struct loc *a, struct loc *b)
{
	struct loc *da, *db;
	int depth;

	for (depth = 0; depth < MAX_WALK; depth++) {
		a = loc_rep(a);
		b = loc_rep(b);
		if (a == b)
			return depth > 0;
		if (a->global && !b->global) {
			struct loc *t = a;

			a = b;
			b = t;
		}
		/* a joins b; b, the global one if either is, stays rep */
		a->rep = b;
		if (a->global)
			loc_set_global(b);
		fact_merge(&b->content, &a->content, !b->global);
		da = a->deref;
		db = b->deref;
		if (!da)
			return 1;
		if (!db) {
			b->deref = da;
			if (b->global)
				loc_set_global(loc_rep(da));
			return 1;
		}
		a = da;
		b = db;
	}
	return 1;
}

int loc_merge(struct loc *loc, const struct fact *f)
{
	struct loc *r = loc_rep(loc);

	return fact_merge(&r->content, f, !r->global);
}

const struct fact *loc_content(struct loc *loc)
{
	return &loc_rep(loc)->content;
}

struct loc *loc_of(const struct pc_addr *a)
{
	switch (a->kind) {
	case PC_ADDR_SYM:
		return loc_get(LOC_SYM, a->sym, a->sym->global);
	case PC_ADDR_MEMBER:
		return loc_of_member(a->member);
	case PC_ADDR_LOADED:
		return loc_deref(loc_of(&a->load->addr));
	case PC_ADDR_PTR:
		return loc_get(LOC_PTR, a->base, 0);
	case PC_ADDR_NONE:
		break;
	}
	return loc_get(LOC_PTR, a, 0);
}

struct loc *loc_pointed(const struct pc_value *v)
{
	return loc_of(&v->points);
}

void loc_reset(void)
{
	struct loc *loc, *next;
	int i;

	for (i = 0; i < LOC_HASH; i++) {
		for (loc = loc_hash[i]; loc; loc = next) {
			next = loc->hnext;
			free(loc);
		}
		loc_hash[i] = NULL;
	}
	for (loc = all_derefs; loc; loc = next) {
		next = loc->hnext;
		free(loc);
	}
	all_derefs = NULL;
}
